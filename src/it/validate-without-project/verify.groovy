def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Validated 1 Lighthouse template: 1 passed, 0 failed, 0 other files skipped. Reports: reports/TEST-lighthouse.xml, lighthouse.sarif.')
assert log.contains('BUILD SUCCESS')
def suite = new groovy.xml.XmlSlurper().parse(new File(basedir, 'reports/TEST-lighthouse.xml'))
assert suite.@tests.toInteger() == 1 && suite.@failures.toInteger() == 0
return true
