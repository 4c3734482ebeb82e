def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def row = { name -> lines.find { it ==~ /\[INFO\] ${java.util.regex.Pattern.quote(name)} +[0-9a-f-]{36}  .*/ } }
def contributor = row('Contributor')
assert contributor != null : 'Contributor is listed'
assert contributor.contains('b24988ac-6180-42a0-ab88-20f7382dd24c  yes  yes')
assert row('Support Request Contributor') != null
assert row('Reader') == null : 'Reader is not PEC-eligible'
assert row('Owner') == null : 'Owner is PEC-eligible but never Lighthouse-supported'
assert lines.contains('[INFO] 71 of 928 roles match \'pec\'; 71 can hold the PEC Automation Account\'s role (filter pec).')
assert lines.any { it.startsWith('[INFO] Role catalog as of 2026-08-22 (') }
assert lines.any { it.contains('-Dlighthouse.roleCatalog=roles.json') }
return true
