def log = new File(basedir, 'build.log').getText('UTF-8')
// README's command without a project: reports land in ./target/lighthouse-reports, never in a folder named ${...}
assert log.contains('[INFO] Validated 1 Lighthouse template: 1 passed, 0 failed, 0 other files skipped. Reports: target/lighthouse-reports/TEST-lighthouse.xml, lighthouse.sarif.')
assert log.contains('BUILD SUCCESS')
def suite = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/lighthouse-reports/TEST-lighthouse.xml'))
assert suite.@tests.toInteger() == 1 && suite.@failures.toInteger() == 0
assert new File(basedir, 'target/lighthouse-reports/lighthouse.sarif').isFile()
def strays = []
basedir.eachFileRecurse { if (it.name.contains('${')) strays << it }
assert strays.isEmpty() : "folders named after an uninterpolated expression: ${strays}"
return true
