// Build 1 installed the release's onboarding archive; build 2 diffed against it by its coordinates; build 3 named a
// version that was never released, offline.
def log = new File(basedir, 'build.log').getText('UTF-8') // the three builds' logs, one after the other
def lines = log.readLines()
assert lines.contains('[INFO] Skipping lighthouse:diff (lighthouse.diff.skip is true).') // in the kit
def archive = new File(basedir, '../../local-repo/it/lighthouse/diff-release-kit/1.0/diff-release-kit-1.0-onboarding.zip')
assert archive.isFile()
assert lines.any { it.startsWith('[INFO] Baseline it.lighthouse:diff-release-kit:1.0: ') && it.endsWith('diff-release-kit-1.0-onboarding.zip') }
assert lines.contains('[INFO] lighthouse:diff against the baseline, onboarding archive it.lighthouse:diff-release-kit:1.0: 2 customers with changes (0 added, 1 removed); the list has 1, the baseline had 2; 5 changes.')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lighthouse/diff.json'))
assert json.baseline == 'onboarding archive it.lighthouse:diff-release-kit:1.0'
assert json.changes.collect { it.kind + ' ' + it.customer + ' ' + (it.principal ?: '') + ' ' + (it.role ?: '') } == [
    'permanent-access-added fabrikam Tier 2 Engineers Security Reader',
    'permanent-access-added fabrikam Tier 2 Engineers Security Reader',
    'customer-removed northwind  ',
    'subscription-removed northwind  ',
    'offer-removed northwind  ']
assert json.changes.find { it.kind == 'customer-removed' }.before == 'Northwind Traders: 1 subscription' // the kit's README names it

def failure = lines.find { it.startsWith('[ERROR] Failed to execute goal') && it.contains('lighthouse.baseline') }
assert failure != null
assert failure.contains(': lighthouse.baseline it.lighthouse:diff-release-kit:9.9: cannot resolve the onboarding archive it.lighthouse:diff-release-kit:zip:onboarding:9.9 from the local repository ')
assert failure.contains('; Maven is offline (-o), so only the local repository was searched. Is that version released (mvn deploy attaches it, classifier onboarding)? Or give the archive\'s file, or the target branch\'s customer list.')
assert !lines.any { it.startsWith('\tat ') || it.startsWith('Caused by') } // no stack trace
return true
