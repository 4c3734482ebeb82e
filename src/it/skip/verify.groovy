def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Skipping lighthouse:generate (lighthouse.skip is true).')
assert !new File(basedir, 'target/lighthouse').exists()
return true
