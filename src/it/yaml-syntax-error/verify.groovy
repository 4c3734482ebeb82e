def log = new File(basedir, 'build.log').getText('UTF-8')
def errors = log.readLines().findAll { it.startsWith('[ERROR] src/main/lighthouse') }
assert errors.size() == 1
assert errors[0] == "[ERROR] src/main/lighthouse/customers.yaml:4:4: error [input-invalid] while parsing a block collection: expected <block end>, but found '<block mapping start>'"
assert !log.readLines().any { it.startsWith('\tat ') || it.contains('Exception:') || it.startsWith('Caused by') } // no stack trace
assert !new File(basedir, 'target/lighthouse').exists()
return true
