def log = new File(basedir, 'build.log').getText('UTF-8')
// build 2: generate skipped, list edited since the kits were generated
assert log.contains('[INFO] Skipping lighthouse:generate (lighthouse.generate.skip is true).')
assert log.contains('are stale: they were generated from another version of the customer list src/main/lighthouse/edited.yaml (SHA-256 ')
assert log.contains('it was edited since, or the last lighthouse:generate was skipped or failed; run lighthouse:generate, then package.')
// builds 3 and 4: generate failed, so nothing may be packaged from what is left of its output
assert log.contains('error [pec-role-not-eligible]')
assert log.contains('(lighthouse-summary.json or its up-to-date marker is missing: the last lighthouse:generate failed, or never ran): run lighthouse:generate first, and fix what it reports.')
assert !new File(basedir, 'target').listFiles().any { it.name.endsWith('.zip') } : 'no archive was written'
return true
