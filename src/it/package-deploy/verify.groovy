def log = new File(basedir, 'build.log').getText('UTF-8')
def archive = new File(basedir, 'target/package-deploy-1.0-onboarding.zip')
def first = new File(basedir, 'first/onboarding.zip')
assert archive.isFile() && first.isFile()
assert archive.bytes == first.bytes : 'two clean builds must give byte-identical archives'
assert log.contains('[INFO] Packaged 2 customer kits (25 files) into target/package-deploy-1.0-onboarding.zip.')

// deployed next to the project's main artifact (the POM), with classifier onboarding
def repo = new File(basedir, 'target/repo/it/lighthouse/package-deploy/1.0')
assert new File(repo, 'package-deploy-1.0.pom').isFile()
def deployed = new File(repo, 'package-deploy-1.0-onboarding.zip')
assert deployed.isFile() && deployed.bytes == archive.bytes

// manifest: every other entry, with its SHA-256
def zip = new java.util.zip.ZipFile(archive)
def manifest = new groovy.json.JsonSlurper().parse(zip.getInputStream(zip.getEntry('manifest.json')))
def names = zip.entries().collect { it.name }.findAll { it != 'manifest.json' }
assert manifest.files*.path == names
manifest.files.each { f ->
    def bytes = zip.getInputStream(zip.getEntry(f.path)).bytes
    assert f.size == bytes.length
    assert f.sha256 == java.security.MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString()
}
assert names.containsAll(['collect-delegations.sh', 'collect-delegations.ps1']) // for lighthouse:audit
zip.close()
return true
