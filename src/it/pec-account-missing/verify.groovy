def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] src/main/lighthouse/customers.yaml:24:5: error [pec-account-missing] customer 'fabrikam', subscription 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b, offer 'standard': the PEC Automation Account (principalId 3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f) has no permanent authorization, so the partner earns no Partner Earned Credit on this delegation; add it with a PEC-eligible role such as Contributor (in a customer list: pecAutomationAccount.inject: true) (also fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/standard, northwind/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard)")
assert log.contains("[ERROR] src/main/lighthouse/customers.yaml:38:5: error [pec-account-missing] customer 'fabrikam', subscription 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b, offer 'security':")
assert !log.readLines().any { it.startsWith('\tat ') || it.contains('Exception:') || it.startsWith('Caused by') } // no stack trace
assert !new File(basedir, 'target/lighthouse').exists()
return true
