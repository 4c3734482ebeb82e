def log = new File(basedir, 'build.log').getText('UTF-8')
def errors = log.readLines().findAll { it.startsWith('[ERROR] src/main/lighthouse') }
assert errors.size() == 1
assert errors[0] == "[ERROR] src/main/lighthouse/customers.yaml:4:4: error [input-invalid] this line is not indented like the lines above it: the keys of one entry start in the same column, and so do the '- ' items of one list"
assert !log.readLines().any { it.startsWith('\tat ') || it.contains('Exception:') || it.startsWith('Caused by') } // no stack trace
assert !new File(basedir, 'target/lighthouse').exists()
return true
