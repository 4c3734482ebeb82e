def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] src/main/lighthouse/customers.yaml:52:9: error [input-invalid] 'customers[1].id': '../../x' is not allowed here; use lower-case letters, digits and '-', starting with a letter or digit, at most 63 characters")
assert log.contains("[ERROR] src/main/lighthouse/customers.yaml:54:5: error [input-invalid] unknown key 'colour' in 'customers[1]'; check its spelling and indentation (README: customer list)")
assert !log.readLines().any { it.startsWith('\tat ') || it.contains('Exception:') || it.startsWith('Caused by') } // no stack trace
assert !new File(basedir, 'target/lighthouse').exists()
assert !new File(basedir, '../x').exists() && !new File(basedir, 'target/x').exists()
return true
