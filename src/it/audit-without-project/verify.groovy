// exact lines: the summary table, every finding at its file:line:column, the totals
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    '[INFO] 1 billed subscription has no delegation to us and is not in the customer list: not audited.',
    '[INFO] Billing: 29 lines in 1 file; 1 never carry PEC (reservations, savings plans, Spot, third-party) and 0 name no subscription, so neither was judged; usage after 2026-11-21 is inside the 48-hour settling window and not judged.',
    '[INFO] 1 registration assignment of other managing tenants ignored.',
    '[INFO] delegations/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c.json: exported with az managedservices (api 2019-06-01), which does not return eligible authorizations: just-in-time access was not audited there (collect-delegations.sh exports it)',
    '[INFO] subscription                          customer              PEC gate       PEC applied  findings',
    '[INFO] ------------------------------------  --------------------  -------------  -----------  --------',
    '[INFO] 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b  Fabrikam Ltd          ok             partly       1 error',
    '[INFO] 9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c  Fabrikam Ltd          ok             yes          none',
    '[INFO] c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f  Northwind Traders     missing        unknown      2 errors, 1 warning',
    '[ERROR] billing/daily-rated-usage-2026-11.csv:14:1: error [pec-not-applied] subscription 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b: the PEC gate holds (the PEC Automation Account 3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f holds a PEC-eligible role permanently), but 62.50 of 112.50 of usage that earns PEC was billed without Partner Earned Credit on 5 of 9 settled days between 2026-11-05 and 2026-11-09 (usage of the last 48 hours is not judged): check the PEC account\'s partner-ID link, signed in as that service principal in the managing tenant (az login --service-principal --tenant 6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181 ...; az managementpartner show: partnerId <your Associated Partner ID>, state Active; link-partner-id.sh of the onboarding archive sets it); if the link is in place, open a support request in Partner Center with this subscription and these days',
    '[ERROR] delegations/c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f.json:5:29: error [delegation-failed] subscription c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f, offer \'Contoso Managed Services (2024)\': provisioningState is \'Failed\', not Succeeded: the delegation \'Contoso Managed Services (2024)\' is not (or not yet) in effect, so its principals may have no access and the partner earns no PEC through it; if it stays so, have the customer remove it and run deploy.sh from their kit again',
    '[ERROR] delegations/c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f.json:9:30: error [pec-account-missing] subscription c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f, offer \'Contoso Managed Services (2024)\': the PEC Automation Account (principalId 3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f) has no permanent authorization, so the partner earns no Partner Earned Credit on this delegation; add it with a PEC-eligible role such as Contributor (in a customer list: pecAutomationAccount.inject: true); if it is there under another ID, the PEC account\'s principalId must be its service principal\'s object ID, not its application (client) ID: az ad sp show --id <appId> --query id -o tsv, or Microsoft Entra ID > Enterprise applications > the application > Object ID',
    '[WARNING] delegations/c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f.json:17:14: warning [pec-link-candidate] subscription c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f: the PEC Automation Account is absent here, but \'Tier 2 Engineers\' (1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d) holds \'Contributor\' (b24988ac-6180-42a0-ab88-20f7382dd24c) permanently: linking one of them (a user or service principal, not a group) to your partner ID earns PEC on this subscription without a redeployment (signed in as it in the managing tenant: az managementpartner create --partner-id <partner-id>); or have the customer redeploy the kit with the PEC account',
    '[INFO] Audited 3 subscriptions on 2026-11-24 (billed usage 2026-11-01 to 2026-11-21): PEC gate holds on 66% (2 of 3), PEC applied on all usage of 1; 62.50 billed without PEC, estimated credit not earned 9.38 (at 15%).',
    '[INFO] Reports: target/lighthouse-audit/audit.html, audit.md, audit.json, TEST-lighthouse.xml, lighthouse.sarif.'
]
expected.each { assert log.contains(it + '\n') || log.contains(it + '\r\n') : 'missing log line: ' + it }
assert log.contains('lighthouse:audit found 3 errors in 3 audited subscriptions (listed above)')
assert !log.readLines().any { it.startsWith('\tat ') || it.contains('Exception:') || it.startsWith('Caused by') } // no stack trace
def out = new File(basedir, 'target/lighthouse-audit')
['audit.json', 'audit.html', 'audit.md', 'TEST-lighthouse.xml', 'lighthouse.sarif'].each { assert new File(out, it).isFile() : it }
def odd = []
basedir.eachFileRecurse { if (it.name.contains('${')) odd << it }
assert odd.isEmpty() : 'a folder named after an unresolved expression: ' + odd
def json = new groovy.json.JsonSlurper().parse(new File(out, 'audit.json'))
assert json.subscriptions.size() == 3
def first = json.subscriptions[0]
assert first.subscriptionId == '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b' && first.customer == null
assert first.tenantId == '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a'
assert first.pecGate == 'ok' && first.pecApplied == 'partly'
assert first.pecEligibleCost == 112.5 && first.pecMissedCost == 62.5
assert first.findings*.rule == ['pec-not-applied']
assert json.subscriptions[2].pecGate == 'missing' && json.subscriptions[2].pecApplied == 'unknown'
assert json.subscriptions[2].pecEligibleCost == null
assert json.totals.subscriptions == 3 && json.totals.estimatedCreditNotEarned == 9.38
assert !(new File(out, 'audit.html').text =~ /(src|href)="https?:/) // self-contained: nothing loaded from the network
return true
