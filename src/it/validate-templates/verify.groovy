def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()

// exact finding lines, in file order
def findings = lines.findAll { it ==~ /^\[(ERROR|WARNING)\] src\/main\/arm\/.*/ }
assert findings == [
    "[ERROR] src/main/arm/broken/trailing-brace.json:69:1: error [template-structure] not valid JSON: a '}' that closes nothing: remove it (the JSON value already ended)",
    "[WARNING] src/main/arm/eligible-2019-schema/subscription-managing-tenant-approvers.json:2:14: warning [schema-unknown] \$schema names 2019-08-01/subscriptionDeploymentTemplate.json, which Microsoft does not publish; the template is checked as a subscription deployment against 2018-05-01: use https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#",
    "[ERROR] src/main/arm/owner/subscription.parameters.json:34:31: error [role-owner] offer 'Contoso Managed Services': Owner cannot be delegated through Azure Lighthouse (Azure rejects the deployment); use Contributor, and User Access Administrator with delegatedRoles where role assignments are needed",
    "[ERROR] src/main/arm/pec-reader/subscription.parameters.json:28:31: error [pec-role-not-eligible] offer 'Contoso Managed Services': the PEC Automation Account holds only 'Reader' (acdd72a7-3385-48ef-bd42-f606fba81ae7), which is not PEC-eligible (it earns no Partner Earned Credit); give it a PEC-eligible, Lighthouse-supported role such as Contributor or Support Request Contributor (list them: mvn lighthouse:roles -Dlighthouse.roles.filter=pec)",
    "[ERROR] src/main/arm/resource-group-scope/subscription.json:2:14: error [template-structure] this is a resource-group deployment template; Lighthouse registration definitions are deployed at subscription scope (az deployment sub create): use \$schema https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json# and put resource-group assignments in nested deployments (Azure: InvalidRegistrationDefinitionUri)",
]
assert lines.contains('[INFO] Skipped src/main/arm/notes.json: not an ARM deployment template or parameter file.')
assert lines.contains('[INFO] Validated 7 Lighthouse templates: 3 passed, 4 failed, 1 other file skipped. Reports: target/lighthouse-reports/TEST-lighthouse.xml, lighthouse.sarif.')
assert log.contains('lighthouse:validate found 4 errors in 4 of 7 templates (listed above).')
assert !lines.any { it.startsWith('\tat ') || it.contains('Exception:') }

// JUnit XML, read by a real XML parser the way a CI server counts it
def suite = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/lighthouse-reports/TEST-lighthouse.xml'))
assert suite.name() == 'testsuite'
assert suite.@tests.toInteger() == 8
assert suite.@failures.toInteger() == 4
assert suite.@skipped.toInteger() == 1
assert suite.testcase.size() == 8
assert suite.testcase.findAll { it.failure.size() > 0 }*.@name*.toString() == [
    'src/main/arm/broken/trailing-brace.json', 'src/main/arm/owner/subscription.json with subscription.parameters.json',
    'src/main/arm/pec-reader/subscription.json with subscription.parameters.json',
    'src/main/arm/resource-group-scope/subscription.json with subscription.parameters.json']
assert suite.testcase.find { it.@name == 'src/main/arm/pec-reader/subscription.json with subscription.parameters.json' }.failure.@type == 'pec-role-not-eligible'
assert suite.testcase.find { it.@name == 'src/main/arm/notes.json' }.skipped.size() == 1

// SARIF 2.1.0: rules with help, results with relative file and position
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lighthouse-reports/lighthouse.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'lighthouse-maven-plugin'
assert run.tool.driver.rules*.id.contains('pec-role-not-eligible')
assert run.tool.driver.rules.every { it.shortDescription.text && it.help.text }
def pec = run.results.find { it.ruleId == 'pec-role-not-eligible' }
assert pec.level == 'error'
assert run.tool.driver.rules[pec.ruleIndex].id == 'pec-role-not-eligible'
assert pec.locations[0].physicalLocation.artifactLocation.uri == 'src/main/arm/pec-reader/subscription.parameters.json'
assert pec.locations[0].physicalLocation.artifactLocation.uriBaseId == '%SRCROOT%'
assert pec.locations[0].physicalLocation.region.startLine == 28
assert run.results.size() == 5
return true
