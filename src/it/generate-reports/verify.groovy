// generate on a broken list with -Dlighthouse.failOnError=false: the findings go to JUnit XML and SARIF (at their
// lines in the customer list), the build goes on, and nothing is generated.
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()
assert log.contains('[INFO] BUILD SUCCESS')
assert lines.findAll { it.startsWith('[ERROR] src/') }*.replaceAll(/: error \[([a-z-]+)\].*/, ' $1') == [
    '[ERROR] src/main/lighthouse/customers.yaml:9:9 pec-role-not-eligible',
    '[ERROR] src/main/lighthouse/customers.yaml:37:35 role-unknown']
assert lines.contains('[INFO] Reports: target/lighthouse-reports/TEST-lighthouse-generate.xml, lighthouse-generate.sarif.')
assert lines.contains('[WARNING] lighthouse.failOnError is false: the build continues despite the findings above; nothing was written to target/lighthouse.')
assert !new File(basedir, 'target/lighthouse').exists()

def junit = new File(basedir, 'target/lighthouse-reports/TEST-lighthouse-generate.xml').getText('UTF-8')
assert (junit =~ /<testcase name="([^"]*)"/).collect { it[1] } == ['src/main/lighthouse/customers.yaml', 'customer fabrikam', 'customer northwind']
assert junit.contains('<testsuite name="lighthouse" tests="3" failures="2"')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lighthouse-reports/lighthouse-generate.sarif'))
def results = sarif.runs[0].results
assert results*.ruleId.unique() == ['pec-role-not-eligible', 'role-unknown']
assert results.every { it.locations[0].physicalLocation.artifactLocation.uri == 'src/main/lighthouse/customers.yaml' }
assert results.find { it.ruleId == 'role-unknown' }.locations[0].physicalLocation.region.startLine == 37
assert !new File(basedir, 'target/lighthouse-reports/TEST-lighthouse.xml').exists() // validate's names stay free
return true
