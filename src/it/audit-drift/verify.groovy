// exact lines: the summary table, every finding at its file:line:column, the totals
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    '[INFO] Billing: 29 lines in 1 file; 1 never carry PEC (reservations, savings plans, Spot, third-party) and 0 name no subscription, so neither was judged; usage after 2026-11-21 is inside the 48-hour settling window and not judged.',
    '[INFO] 1 registration assignment of other managing tenants ignored.',
    '[INFO] delegations/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c.json: exported with az managedservices (api 2019-06-01), which does not return eligible authorizations: just-in-time access was not audited there (collect-delegations.sh exports it)',
    '[INFO] subscription                          customer              PEC gate       PEC applied  findings',
    '[INFO] ------------------------------------  --------------------  -------------  -----------  --------',
    '[INFO] 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b  fabrikam (Fabrika...  ok             partly       2 errors',
    '[INFO] 9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c  fabrikam (Fabrika...  ok             yes          2 errors',
    '[INFO] b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e  northwind (Northw...  no-delegation  no           1 error',
    '[INFO] c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f  northwind (Northw...  missing        unknown      2 errors, 2 warnings',
    '[ERROR] billing/daily-rated-usage-2026-11.csv:14:1: error [pec-not-applied] customer \'fabrikam\', subscription 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b: the PEC gate holds (the PEC Automation Account 3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f holds a PEC-eligible role permanently), but 62.50 of 112.50 of usage that earns PEC was billed without Partner Earned Credit on 5 of 9 settled days between 2026-11-05 and 2026-11-09 (usage of the last 48 hours is not judged): check the PEC account\'s partner-ID link, signed in as that service principal in the managing tenant (az login --service-principal --tenant 6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181 ...; az managementpartner show: partnerId 1234567, state Active; link-partner-id.sh of the onboarding archive sets it); if the link is in place, open a support request in Partner Center with this subscription and these days',
    '[ERROR] delegations/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b.json:30:14: error [delegation-drift] customer \'fabrikam\', subscription 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b, offer \'standard\': the deployed delegation differs from the customer list: permanent \'Contributor\' (b24988ac-6180-42a0-ab88-20f7382dd24c) for \'Tier 1 Support\' (0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e) is deployed but the list does not grant it; run the customer\'s deploy.sh again to restore what the list grants, or change the list to match',
    '[ERROR] delegations/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c.json:1:3: error [delegation-drift] customer \'fabrikam\', subscription 9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c, offer \'standard\': the deployed delegation differs from the customer list: the list delegates resource groups rg-data, rg-web, but resource groups rg-web is delegated; run the customer\'s deploy.sh again to restore what the list grants, or change the list to match',
    '[WARNING] delegations/c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f.json:2:15: warning [delegation-unexpected] customer \'northwind\', subscription c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f, offer \'Contoso Managed Services (2024)\': a delegation \'Contoso Managed Services (2024)\' (registration definition 5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b) to managing tenant 6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181 is deployed here, but the customer list does not plan it on this subscription: add the customer, subscription or offer to the list, or remove the delegation (az managedservices assignment delete, or the customer\'s offboard.sh)',
    '[ERROR] delegations/c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f.json:5:29: error [delegation-failed] customer \'northwind\', subscription c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f, offer \'Contoso Managed Services (2024)\': provisioningState is \'Failed\', not Succeeded: the delegation \'Contoso Managed Services (2024)\' is not (or not yet) in effect, so its principals may have no access and the partner earns no PEC through it; if it stays so, have the customer remove it and run deploy.sh from their kit again',
    '[ERROR] delegations/c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f.json:9:30: error [pec-account-missing] customer \'northwind\', subscription c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f, offer \'Contoso Managed Services (2024)\': the PEC Automation Account (principalId 3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f) has no permanent authorization, so the partner earns no Partner Earned Credit on this delegation; add it with a PEC-eligible role such as Contributor (in a customer list: pecAutomationAccount.inject: true); if it is there under another ID, the PEC account\'s principalId must be its service principal\'s object ID, not its application (client) ID: az ad sp show --id <appId> --query id -o tsv, or Microsoft Entra ID > Enterprise applications > the application > Object ID',
    '[WARNING] delegations/c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f.json:17:14: warning [pec-link-candidate] customer \'northwind\', subscription c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f: the PEC Automation Account is absent here, but \'Tier 2 Engineers\' (1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d) holds \'Contributor\' (b24988ac-6180-42a0-ab88-20f7382dd24c) permanently: linking one of them (a user or service principal, not a group) to your partner ID earns PEC on this subscription without a redeployment (signed in as it in the managing tenant: az managementpartner create --partner-id 1234567); or have the customer redeploy the kit with the PEC account',
    '[ERROR] src/main/lighthouse/customers.yaml:50:25: error [delegation-missing] customer \'fabrikam\', subscription 9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c, offer \'security\': offer \'Contoso Security Operations\' is in the customer list, but no delegation of it is deployed; without it the partner has no access and earns no Partner Earned Credit here: have the customer run deploy.sh (or deploy.ps1) from their kit in the onboarding archive, or remove the offer or subscription from the list',
    '[ERROR] src/main/lighthouse/customers.yaml:57:25: error [delegation-missing] customer \'northwind\', subscription b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e, offer \'standard\': offer \'Contoso Managed Services\' is in the customer list, but no delegation of it is deployed (nothing on this subscription is delegated to managing tenant 6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181: the customer never deployed the kit, or removed it); without it the partner has no access and earns no Partner Earned Credit here: have the customer run deploy.sh (or deploy.ps1) from their kit in the onboarding archive, or remove the offer or subscription from the list',
    '[INFO] Audited 4 subscriptions on 2026-11-24 (billed usage 2026-11-01 to 2026-11-21): PEC gate holds on 50% (2 of 4), PEC applied on all usage of 1; 242.50 billed without PEC, estimated credit not earned 36.38 (at 15%).',
    '[INFO] Reports: target/lighthouse-audit/audit.html, audit.md, audit.json, TEST-lighthouse.xml, lighthouse.sarif.'
]
expected.each { assert log.contains(it + '\n') || log.contains(it + '\r\n') : 'missing log line: ' + it }
assert log.contains('lighthouse:audit found 7 errors in 4 audited subscriptions (listed above)')
assert !log.readLines().any { it.startsWith('\tat ') || it.contains('Exception:') || it.startsWith('Caused by') } // no stack trace
def out = new File(basedir, 'target/lighthouse-audit')
['audit.json', 'audit.html', 'audit.md', 'TEST-lighthouse.xml', 'lighthouse.sarif'].each { assert new File(out, it).isFile() : it }
def odd = []
basedir.eachFileRecurse { if (it.name.contains('${')) odd << it }
assert odd.isEmpty() : 'a folder named after an unresolved expression: ' + odd
def json = new groovy.json.JsonSlurper().parse(new File(out, 'audit.json'))
assert json.subscriptions*.customer == ['fabrikam', 'fabrikam', 'northwind', 'northwind']
assert json.subscriptions*.pecGate == ['ok', 'ok', 'no-delegation', 'missing']
assert json.subscriptions*.pecApplied == ['partly', 'yes', 'no', 'unknown']
assert json.subscriptions[0].findings*.rule == ['delegation-drift', 'pec-not-applied']
assert json.subscriptions[1].findings*.rule.sort() == ['delegation-drift', 'delegation-missing']
assert json.totals.subscriptions == 4 && json.totals.pecCoverage == 0.5 && json.totals.errors == 7 && json.totals.warnings == 2
assert json.totals.estimatedCreditNotEarned == 36.38 && json.totals.periodFrom == '2026-11-01' && json.totals.periodTo == '2026-11-21'
def suite = new groovy.xml.XmlSlurper().parse(new File(out, 'TEST-lighthouse.xml'))
assert suite.@tests.toInteger() == 4 && suite.@failures.toInteger() == 4
def sarif = new groovy.json.JsonSlurper().parse(new File(out, 'lighthouse.sarif'))
assert sarif.runs[0].results.size() == 9
assert sarif.runs[0].results.find { it.ruleId == 'delegation-missing' }.locations[0].physicalLocation.artifactLocation.uri == 'src/main/lighthouse/customers.yaml'
return true
