// Build 1 packaged the baseline list into baseline/onboarding.zip; build 2 diffed the current list against it.
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()
assert new File(basedir, 'baseline/onboarding.zip').isFile()
assert lines.contains('[INFO] lighthouse:diff against the baseline, onboarding archive baseline/onboarding.zip: 2 customers with changes (0 added, 1 removed); the list has 1, the baseline had 2; 5 changes.')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lighthouse/diff.json'))
assert json.compared && json.notes == [] // link-partner-id.sh in the archive names the PEC account
assert json.changes*.kind == ['permanent-access-added', 'permanent-access-added', 'customer-removed', 'subscription-removed', 'offer-removed']
def added = json.changes[0]
assert added.customer == 'fabrikam' && added.subscription == '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b' && added.scope == 'subscription'
assert added.offer == 'security' && added.principalId == '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' && added.principal == 'Tier 2 Engineers'
assert added.roleId == '39bc4728-0917-49c7-9d2c-d95423bc2eb4' && added.role == 'Security Reader' && added.after == 'permanent'
assert json.changes[1].scope == 'resource groups rg-data, rg-web'
def md = new File(basedir, 'target/lighthouse/diff.md').getText('UTF-8')
assert md.contains('compared with the baseline, onboarding archive `baseline/onboarding.zip`.')
assert md.contains('### northwind (Northwind Traders)')
return true
