def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] tampered/northwind/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.parameters.json:42:31: error [pec-role-not-eligible] customer 'northwind', subscription b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e, offer 'Contoso Managed Services': the PEC Automation Account holds only 'Reader'")
assert log.contains('lighthouse:package: the generated templates in ')
assert log.contains('no longer pass the rules (edited after lighthouse:generate?); refusing to package them.')
assert !new File(basedir, 'target').listFiles()?.any { it.name.endsWith('.zip') }
return true
