// A benign pull request: a new customer, a resource group, a shorter just-in-time window, an offer renamed and keys
// reordered. diff reports every change, warns about the rename and the new User Access Administrator, and passes.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()
assert log.contains('[INFO] BUILD SUCCESS')
assert lines.findAll { it.startsWith('[WARNING] src/') }*.replaceAll(/: warning \[([a-z-]+)\].*/, ' $1') == [
    '[WARNING] src/main/lighthouse/customers.yaml:26:9 privileged-access-added',
    '[WARNING] src/main/lighthouse/customers.yaml:34:11 offer-renamed']
def summary = lines.dropWhile { !it.startsWith('[INFO] lighthouse:diff against') }.take(9)
assert summary == [
    '[INFO] lighthouse:diff against the baseline, customer list baseline.yaml: 3 customers with changes (1 added, 0 removed); the list has 3, the baseline had 2; 15 changes.',
    '[INFO]   customers added                                    1',
    '[INFO]   subscriptions added                                1',
    '[INFO]   resource groups added                              1',
    '[INFO]   offers added                                       1',
    '[INFO]   offers renamed                                     2',
    '[INFO]   permanent access added                             5',
    '[INFO]   eligible access added                              1',
    '[INFO]   just-in-time durations changed                     3']
assert lines.contains('[INFO] Reports: target/lighthouse/diff.md, diff.json; target/lighthouse-reports/TEST-lighthouse-diff.xml, lighthouse-diff.sarif.')

// diff.json: every change with the same eleven keys
def json = new JsonSlurper().parse(new File(basedir, 'target/lighthouse/diff.json'))
assert json.baseline == 'customer list baseline.yaml' && json.compared
assert json.summary.changes == 15 && json.summary.warnings == 3 && json.summary.errors == 0
assert json.changes.every { it.keySet() as List == ['kind', 'customer', 'subscription', 'scope', 'offer', 'principalId', 'principal', 'roleId', 'role', 'before', 'after'] }
assert json.changes.findAll { it.customer == 'northwind' }*.kind == ['jit-duration-changed'] // reordered keys are no change
def uaa = json.changes.find { it.kind == 'permanent-access-added' && it.role == 'User Access Administrator' }
assert uaa.customer == 'woodgrove' && uaa.principalId == '4e5f6a7b-8c9d-4e0f-8a1b-2c3d4e5f6a7b' && uaa.principal == 'Policy Deploy SP'
assert uaa.roleId == '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9' && uaa.before == null && uaa.after == "permanent, may assign 'Contributor'"

// diff.md: what README shows as "a real diff.md" is this file, line for line
def md = new File(basedir, 'target/lighthouse/diff.md').getText('UTF-8')
def readme = new File(basedir, '../../../README.md').getText('UTF-8')
def excerpt = readme.substring(readme.indexOf('<!-- diff.md of the diff-pull-request IT -->'))
excerpt = excerpt.substring(excerpt.indexOf('````markdown\n') + 13, excerpt.indexOf('\n````\n'))
def shown = excerpt.readLines().findAll { it != '…' }
assert shown.size() > 30
def mdLines = md.readLines()
int at = 0
shown.each { line ->
    while (at < mdLines.size() && mdLines[at] != line) { at++ }
    assert at < mdLines.size() : "README's diff.md excerpt has a line that diff.md (in this order) does not: " + line
}

// JUnit and SARIF of generate and diff side by side; validate did not run, so its reports are absent
def reports = new File(basedir, 'target/lighthouse-reports')
assert reports.list().sort() == ['TEST-lighthouse-diff.xml', 'TEST-lighthouse-generate.xml', 'lighthouse-diff.sarif', 'lighthouse-generate.sarif']
def junit = new File(reports, 'TEST-lighthouse-diff.xml').getText('UTF-8')
assert (junit =~ /<testcase name="([^"]*)"/).collect { it[1] } == ['src/main/lighthouse/customers.yaml', 'customer fabrikam', 'customer woodgrove']
assert junit.contains('<testsuite name="lighthouse" tests="3" failures="0"')
return true
