def log = new File(basedir, 'build.log').getText('UTF-8')
def line = "[ERROR] src/main/lighthouse/customers.yaml:11:9: error [pec-role-not-eligible] customer 'fabrikam', subscription 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b, offer 'standard': the PEC Automation Account holds only 'Reader' (acdd72a7-3385-48ef-bd42-f606fba81ae7), which is not PEC-eligible (it earns no Partner Earned Credit); give it a PEC-eligible, Lighthouse-supported role such as Contributor or Support Request Contributor (list them: mvn lighthouse:roles -Dlighthouse.roles.filter=pec) (also fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/security, fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/standard, fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/security and 1 more)"
assert log.contains(line)
assert log.contains('lighthouse:generate found 1 error (5 occurrences) in customers.yaml (listed above); nothing was written to')
assert !log.readLines().any { it.startsWith('\tat ') || it.contains('Exception:') || it.startsWith('Caused by') } // no stack trace
assert !new File(basedir, 'target/lighthouse').exists()
return true
