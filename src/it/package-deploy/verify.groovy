def log = new File(basedir, 'build.log').getText('UTF-8')
def customers = ['fabrikam', 'northwind']
def archive = new File(basedir, 'target/package-deploy-1.0-onboarding.zip')
def first = new File(basedir, 'first/onboarding.zip')
assert archive.isFile() && first.isFile()
assert archive.bytes == first.bytes : 'two clean builds must give byte-identical archives'
customers.each { c ->
    def kit = new File(basedir, "target/package-deploy-1.0-onboarding-${c}.zip")
    assert kit.isFile() && kit.bytes == new File(basedir, "first/onboarding-${c}.zip").bytes : "${c}: two builds, one archive"
}
assert log.contains('[INFO] Packaged 2 customer kits (29 files): one archive per customer, target/package-deploy-1.0-onboarding-<customer-id>.zip, and the partner\'s target/package-deploy-1.0-onboarding.zip.')

// deployed next to the project's main artifact (the POM): the partner's archive with classifier onboarding,
// each customer's with classifier onboarding-<customer-id>
def repo = new File(basedir, 'target/repo/it/lighthouse/package-deploy/1.0')
assert new File(repo, 'package-deploy-1.0.pom').isFile()
def deployed = new File(repo, 'package-deploy-1.0-onboarding.zip')
assert deployed.isFile() && deployed.bytes == archive.bytes
customers.each { c ->
    def kit = new File(repo, "package-deploy-1.0-onboarding-${c}.zip")
    assert kit.isFile() && kit.bytes == new File(basedir, "target/package-deploy-1.0-onboarding-${c}.zip").bytes
}

// the partner's manifest: its own entries, and every customer's archive with its files, all with their SHA-256
def sha = { bytes -> java.security.MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString() }
def zip = new java.util.zip.ZipFile(archive)
def manifest = new groovy.json.JsonSlurper().parse(zip.getInputStream(zip.getEntry('manifest.json')))
def names = zip.entries().collect { it.name }.findAll { it != 'manifest.json' }
assert names == ['collect-delegations.ps1', 'collect-delegations.sh', 'link-partner-id.ps1', 'link-partner-id.sh',
                 'report.html', 'report.md']
assert manifest.files*.path == names
manifest.files.each { f ->
    def bytes = zip.getInputStream(zip.getEntry(f.path)).bytes
    assert f.size == bytes.length && f.sha256 == sha(bytes)
}
zip.close()
assert manifest.customers*.id == customers
manifest.customers.each { c ->
    def file = new File(basedir, "target/package-deploy-1.0-${c.archive.classifier}.zip")
    assert c.archive.classifier == "onboarding-${c.id}"
    assert c.archive.sha256 == sha(file.bytes)
    def kit = new java.util.zip.ZipFile(file)
    assert c.files*.path == kit.entries().collect { it.name }
    assert kit.entries().every { it.name.startsWith("${c.id}/") } : 'a customer archive holds its own folder only'
    kit.close()
}
return true
