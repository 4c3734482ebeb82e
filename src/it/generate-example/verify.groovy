def log = new File(basedir, 'build.log').getText('UTF-8')
def out = new File(basedir, 'target/lighthouse')

assert log.contains('[INFO] Generated 5 delegations for 2 customers from src/main/lighthouse/customers.yaml into target/lighthouse (13 files written, 0 unchanged, 0 removed).')
assert log.contains('[INFO] Customer list src/main/lighthouse/customers.yaml unchanged since the last run; templates in target/lighthouse are up to date (skipped).')
assert log.contains('''[INFO] lighthouse:generate summary
[INFO]   customers              2
[INFO]   delegations            5
[INFO]   templates              10 (13 files written, 0 unchanged)
[INFO]   findings               0
[INFO]   time                   ''')
assert !log.contains('[WARNING] src/main/lighthouse')
assert !log.contains('[ERROR]')

def files = []
out.eachFileRecurse(groovy.io.FileType.FILES) { files << out.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
assert files.sort() == [
    '.generate-default.sha256',
    'fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/security.json',
    'fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/security.parameters.json',
    'fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/standard.json',
    'fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/standard.parameters.json',
    'fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/security.json',
    'fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/security.parameters.json',
    'fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/standard.json',
    'fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/standard.parameters.json',
    'lighthouse-summary.json',
    'northwind/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.json',
    'northwind/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.parameters.json',
    'report.html',
    'report.md',
]
def report = new File(out, 'report.html').getText('UTF-8')
assert report.contains('<div><b>100% (5 of 5)</b>PEC coverage</div>')
assert !(report =~ /(src|href)=["']?https?:/) : 'the report is self-contained'
assert new File(out, 'report.md').getText('UTF-8').contains('| 2 | 3 | 5 | 4 | 100% (5 of 5) | 0 |')


def json = new groovy.json.JsonSlurper()
def params = json.parse(new File(out, 'fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/standard.parameters.json'))
assert params.parameters.resourceGroups.value == ['rg-web', 'rg-data']
def pec = params.parameters.authorizations.value.find { it.principalId == '3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f' }
assert pec.roleDefinitionId == 'b24988ac-6180-42a0-ab88-20f7382dd24c'
def template = new File(out, 'northwind/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.json').getText('UTF-8')
assert !template.contains('\r')
assert template.startsWith('{\n  "$schema": "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#",\n')
def summary = json.parse(new File(out, 'lighthouse-summary.json'))
assert summary.delegations == 5
assert summary.customers*.id == ['fabrikam', 'northwind']
return true
