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

// the plugin jar this build installed ships the runtime export reader, not the maintainers' importer
def installed = new File(localRepositoryPath, 'io/github/azlighthouse/lighthouse-maven-plugin')
def jars = []
installed.eachFileRecurse(groovy.io.FileType.FILES) { if (it.name ==~ /lighthouse-maven-plugin-.*\.jar/) jars << it }
assert !jars.isEmpty() : "no plugin jar under ${installed}"
jars.each { jar ->
    def names = new java.util.zip.ZipFile(jar).withCloseable { z -> z.entries().collect { it.name } }
    assert names.contains('io/github/azlighthouse/roles/RoleExport.class')
    assert !names.any { it.contains('RoleCatalogImporter') } : "${jar.name} must not ship the role-catalog importer"
    assert names.contains('io/github/azlighthouse/pack/deploy.sh.mustache')
}
return true
