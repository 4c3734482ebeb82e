import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').getText('UTF-8')
def customers = ['fabrikam', 'northwind']
def repo = new File(basedir, 'target/repo/it/lighthouse/package-msp/1.0')
def text = { File zip -> def z = new ZipFile(zip); def all = z.entries().collect { e -> e.name + '\n' + z.getInputStream(e).getText('UTF-8') }.join('\n'); z.close(); all }

// attached: one archive per customer (classifier onboarding-<id>) and the partner's (onboarding), the same in both builds
assert log.contains('[INFO] Packaged 2 customer kits (29 files): one archive per customer, target/package-msp-1.0-onboarding-<customer-id>.zip, and the partner\'s target/package-msp-1.0-onboarding.zip.')
(customers.collect { "-${it}" } + ['']).each { suffix ->
    def built = new File(basedir, "target/package-msp-1.0-onboarding${suffix}.zip")
    assert built.bytes == new File(basedir, "first/onboarding${suffix}.zip").bytes : "onboarding${suffix}: two builds, one archive"
    assert new File(repo, "package-msp-1.0-onboarding${suffix}.zip").bytes == built.bytes : "onboarding${suffix} deployed"
}

// each key ends up only where it belongs
def fabrikam = text(new File(basedir, 'target/package-msp-1.0-onboarding-fabrikam.zip'))
def northwind = text(new File(basedir, 'target/package-msp-1.0-onboarding-northwind.zip'))
assert fabrikam.contains('fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/backup.json') // the subscription's own offer
assert !fabrikam.contains('fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/backup.json')
assert !northwind.contains('backup')
assert fabrikam.contains('5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d') && !northwind.contains('5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d') // Fabrikam Team
assert northwind.contains('7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f') && !fabrikam.contains('7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f') // Northwind Tier 1
assert !northwind.contains('0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e') // the shared tier1, which northwind overrides
assert northwind.contains('northwind/management-groups/northwind-prod/standard.json')
['fabrikam', 'Fabrikam', '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a', '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b', 'rg-fabrikam-web'].each {
    assert !northwind.contains(it) : "northwind's archive names ${it}"
}
['northwind', 'Northwind', 'a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d', 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e'].each {
    assert !fabrikam.contains(it) : "fabrikam's archive names ${it}"
}

// unpack the kits (.ci/run parses their .ps1 with tree-sitter's PowerShell grammar) and run the scripts
def kits = new File(basedir, 'kits')
(customers.collect { "-${it}" } + ['']).each { suffix ->
    def z = new ZipFile(new File(basedir, "target/package-msp-1.0-onboarding${suffix}.zip"))
    z.entries().each { e ->
        def f = new File(kits, e.name)
        f.parentFile.mkdirs()
        f.bytes = z.getInputStream(e).bytes
        if (e.name.endsWith('.sh')) f.setExecutable(true)
    }
    z.close()
}
def run = { File dir, Map env, List command ->
    def pb = new ProcessBuilder(command).directory(dir).redirectErrorStream(true)
    pb.environment().putAll(env)
    def p = pb.start()
    def out = p.inputStream.getText('UTF-8')
    p.waitFor()
    [p.exitValue(), out]
}
def scripts = []
kits.eachFileRecurse(groovy.io.FileType.FILES) { if (it.name.endsWith('.sh')) scripts << it }
assert scripts.size() == 6
def shellcheck = run(kits, [:], ['sh', '-c', 'command -v shellcheck'])[0] == 0
assert shellcheck || System.getenv('CI') == null : 'CI must have shellcheck (.ci/run installs it)'
scripts.sort().each { s ->
    def (status, out) = run(kits, [:], ['bash', '-n', s.path])
    assert status == 0 : "${s}: ${out}"
    if (shellcheck) {
        def (lint, lintOut) = run(kits, [:], ['shellcheck', s.path])
        assert lint == 0 : "${s}: ${lintOut}"
    }
}
['fabrikam', 'northwind'].each { c ->
    assert new File(kits, "${c}/deploy.ps1").isFile() && new File(kits, "${c}/offboard.ps1").isFile()
}

def bin = new File(basedir, 'bin')
bin.mkdirs()
def az = new File(bin, 'az')
az.text = new File(basedir, '../../../src/test/resources/kit/az-stand-in.sh').getText('UTF-8')
az.setExecutable(true)
def azLog = new File(basedir, 'az.log')
def env = [PATH: bin.path + ':' + System.getenv('PATH'), AZ_LOG: azLog.path, AZ_TENANT: 'a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d',
           AZ_UNDER_MG: 'd4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a']
def (deployStatus, deployOut) = run(new File(kits, 'northwind'), env, ['./deploy.sh'])
assert deployStatus == 0 : deployOut
def calls = azLog.readLines()
assert calls.contains('deployment sub create --subscription b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e --location westeurope --name lighthouse-standard-55075e13 --template-file b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.json --parameters @b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.parameters.json --output none')
assert calls.contains('deployment mg create --management-group-id northwind-prod --location westeurope --name lighthouse-standard-001a8bed --template-file management-groups/northwind-prod/standard.json --parameters @management-groups/northwind-prod/standard.parameters.json --output none')
assert calls.any { it ==~ /policy remediation create --name lighthouse-standard-001a8bed-[0-9]{14} --management-group northwind-prod --policy-assignment \/providers\/Microsoft.Management\/managementGroups\/northwind-prod\/providers\/Microsoft.Authorization\/policyAssignments\/lighthouse-4deb2660a5a33 --output none/ }
assert calls.contains('provider show --namespace Microsoft.ManagedServices --subscription d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a --query registrationState --output tsv')
assert calls.findIndexOf { it.startsWith('role assignment list') } < calls.findIndexOf { it.startsWith('deployment') } : 'preflight first'
azLog.delete()
def (offStatus, offOut) = run(new File(kits, 'northwind'), env, ['./offboard.sh'])
assert offStatus == 0 : offOut
calls = azLog.readLines()
assert calls.contains('policy assignment delete --name lighthouse-4deb2660a5a33 --scope /providers/Microsoft.Management/managementGroups/northwind-prod')
assert calls.contains('managedservices definition delete --subscription b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e --definition 55075e13-eec2-3843-ae9e-61441ebc5d98')
assert calls.contains('managedservices definition delete --subscription d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a --definition 001a8bed-6e5b-3163-a6c6-87a703894b78')
return true
