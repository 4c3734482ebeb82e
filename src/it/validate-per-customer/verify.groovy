// One template, three customers' parameter files: each pair is its own verdict and test case.
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()

def findings = lines.findAll { it ==~ /^\[(ERROR|WARNING)\] src\/main\/arm\/.*/ }
assert findings == [
    "[ERROR] src/main/arm/offer.fabrikam.parameters.json:26:41: error [pec-role-not-eligible] offer 'Contoso Managed Services': the PEC Automation Account holds only 'Reader' (acdd72a7-3385-48ef-bd42-f606fba81ae7), which is not PEC-eligible (it earns no Partner Earned Credit); give it a PEC-eligible, Lighthouse-supported role such as Contributor or Support Request Contributor (list them: mvn lighthouse:roles -Dlighthouse.roles.filter=pec)",
]
assert lines.contains('[INFO] Validated 3 Lighthouse templates: 2 passed, 1 failed, 0 other files skipped. Reports: target/lighthouse-reports/TEST-lighthouse.xml, lighthouse.sarif.')
assert !lines.any { it.contains('without a template') }
assert !lines.any { it.startsWith('\tat ') || it.contains('Exception:') }

def suite = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/lighthouse-reports/TEST-lighthouse.xml'))
assert suite.@tests.toInteger() == 3
assert suite.@failures.toInteger() == 1
assert suite.testcase*.@name*.toString() == [
    'src/main/arm/offer.json with offer.contoso.parameters.json',
    'src/main/arm/offer.json with offer.fabrikam.parameters.json',
    'src/main/arm/offer.json with offer.woodgrove.parameters.json']
assert suite.testcase.find { it.failure.size() > 0 }.@name == 'src/main/arm/offer.json with offer.fabrikam.parameters.json'
assert suite.testcase.find { it.failure.size() > 0 }.failure.@type == 'pec-role-not-eligible'
return true
