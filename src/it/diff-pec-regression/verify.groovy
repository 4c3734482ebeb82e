// The pull request demotes the PEC Automation Account to Reader and silences pec-role-not-eligible, so generate
// passes with a warning; diff compares with the target branch's list and fails on pec-regression.
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()
assert lines.findAll { it.startsWith('[ERROR] src/') } == [
    "[ERROR] src/main/lighthouse/customers.yaml:9:9: error [pec-regression] customer 'fabrikam', subscription 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b, offer 'security': the PEC gate held in the baseline (the PEC Automation Account 3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f held 'Contributor' (b24988ac-6180-42a0-ab88-20f7382dd24c) permanently) and no longer does: the PEC Automation Account 3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f now holds only 'Reader' (acdd72a7-3385-48ef-bd42-f606fba81ae7), which earns no Partner Earned Credit; once deployed, this delegation stops earning Partner Earned Credit. Give it a PEC-eligible, Lighthouse-supported role again (pecAutomationAccount.role, e.g. Contributor or Support Request Contributor; lighthouse:roles -Dlighthouse.roles.filter=pec), or set pec-regression to warning if the loss is intended (also fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/standard, fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/security, fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/standard and 1 more)"]
assert lines.contains('[INFO] lighthouse:diff against the baseline, customer list baseline.yaml: 2 customers with changes (0 added, 0 removed); the list has 2, the baseline had 2; 15 changes.')
assert lines.contains('[INFO]   PEC gate changed                                   5')
assert lines.any { it.startsWith('[ERROR] Failed to execute goal io.github.azlighthouse:lighthouse-maven-plugin:') &&
    it.contains(':diff (diff) on project diff-pec-regression: lighthouse:diff found 1 error (5 occurrences) in customers.yaml against customer list baseline.yaml (listed above). Fix it, or set the severity of pec-regression in <rules> (README: Findings and rules).') }
assert !lines.any { it.startsWith('\tat ') || it.startsWith('Caused by') } // no stack trace

// the reports are written before the build fails, for the pull request's comment and annotations
def md = new File(basedir, 'target/lighthouse/diff.md').getText('UTF-8')
assert md.contains('| **PEC gate changed** | 5 |')
assert md.contains('**1 error (5 occurrences), 0 warnings**')
assert md.contains('| `b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e` | subscription | standard | pec-gate-changed |  |  | ok | not-eligible |')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lighthouse-reports/lighthouse-diff.sarif'))
assert sarif.runs[0].results*.ruleId == ['pec-regression'] * 5
assert sarif.runs[0].results.every { it.locations[0].physicalLocation.artifactLocation.uri == 'src/main/lighthouse/customers.yaml' }
def junit = new File(basedir, 'target/lighthouse-reports/TEST-lighthouse-diff.xml').getText('UTF-8')
assert (junit =~ /<testcase name="([^"]*)"/).collect { it[1] } == ['src/main/lighthouse/customers.yaml', 'customer fabrikam', 'customer northwind']
assert junit.contains('<testsuite name="lighthouse" tests="3" failures="2"')
return true
