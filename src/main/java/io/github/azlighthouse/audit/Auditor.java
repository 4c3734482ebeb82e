package io.github.azlighthouse.audit;

import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.customers.CustomerList.Customer;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.DelegationPlanner;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.FindingSink;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.rules.AuditContext;
import io.github.azlighthouse.rules.PecGateState;
import io.github.azlighthouse.rules.RoleCatalogStaleRule;
import io.github.azlighthouse.rules.RuleContext;
import io.github.azlighthouse.rules.SubscriptionAudit;
import io.github.azlighthouse.rules.SubscriptionAudit.Deployed;
import io.github.azlighthouse.rules.SubscriptionAudit.Match;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The {@code audit} run: read the exports of deployed delegations and the billing files, plan the customer
 * list, pair what is planned with what is deployed per subscription, run every rule on each deployed
 * definition and the audit rules on each subscription, and sum up. Nothing is written here.
 */
public final class Auditor {

    private final ExportReader exports = new ExportReader();
    private final BillingReader billing = new BillingReader();

    /** What the customer list plans on one subscription. */
    private record Planned(Customer customer, List<Delegation> delegations) {}

    public AuditResult run(AuditRequest r) throws IOException {
        CustomerList list = r.customers();
        String managing = list != null ? list.managingTenantId().value() : blankToNull(r.managingTenantId());
        String pec = list != null
                ? list.pecAutomationAccount().principal().principalId().value()
                : r.pecPrincipalId();
        Inputs inputs = new Inputs(r.basedir());
        FindingSink general = new FindingSink(r.rules());
        List<String> notes = new ArrayList<>();

        DeployedEstate estate = new DeployedEstate(managing);
        for (Inputs.File f : inputs.find(r.delegations(), Inputs.EXPORTS, general)) {
            if (exports.read(f.path(), f.shown(), estate::add, general).cliShape()) {
                notes.add(f.shown() + ": exported with az managedservices (api 2019-06-01), which does not return"
                        + " eligible authorizations: just-in-time access was not audited there (collect-delegations.sh"
                        + " exports it)");
            }
        }
        UsageTable usage = new UsageTable();
        for (Inputs.File f : inputs.find(r.billing(), Inputs.BILLING, general)) {
            billing.read(f.path(), f.shown(), usage, general);
        }
        Map<String, UsageTable.Billed> billed = usage.bySubscription(r.auditDate());

        RuleContext context = new RuleContext(r.catalog(), r.auditDate(), r.catalogMaxAgeDays());
        Finding age = RoleCatalogStaleRule.catalogAge(
                r.rules(), context, Position.startOf(r.catalog().source()));
        if (age != null) {
            general.addAll(List.of(age));
        }
        String partnerId = list == null ? null : list.partnerId();
        AuditContext auditContext = new AuditContext(context, managing, pec, partnerId, r.auditDate());
        Delegation.PecAccount pecAccount = list != null
                ? planPec(r, list)
                : new Delegation.PecAccount(new Located(pec, Position.startOf("lighthouse.pecPrincipalId")), null);

        Map<String, Planned> planned = plan(r, list);
        Map<String, List<Delegation>> viaGroups = planGroups(r, list);
        Map<String, Customer> byTenant = new HashMap<>();
        if (list != null) {
            list.customers()
                    .forEach(c -> byTenant.putIfAbsent(c.tenantId().value().toLowerCase(Locale.ROOT), c));
        }
        List<String> subscriptions = new ArrayList<>(planned.keySet());
        new TreeSet<>(estate.subscriptions())
                .stream().filter(s -> !planned.containsKey(s)).forEach(subscriptions::add);

        List<AuditResult.SubscriptionResult> results = new ArrayList<>();
        for (String sub : subscriptions) {
            Planned p = planned.get(sub);
            String deployedTenant = estate.tenant(sub);
            Customer customer = p != null ? p.customer() : deployedTenant == null ? null : byTenant.get(deployedTenant);
            String customerId = customer == null ? null : customer.id().value();
            List<Match> matches = DelegationMatcher.match(
                    p == null ? List.of() : p.delegations(),
                    viaGroups.getOrDefault(customerId, List.of()),
                    estate.definitions(sub),
                    managing,
                    sub,
                    customerId,
                    pecAccount);
            UsageTable.Billed bill = billed.get(sub);
            Position at = p != null
                    ? p.delegations().get(0).subscriptionId().at()
                    : estate.definitions(sub).get(0).get(0).at();
            SubscriptionAudit audit = new SubscriptionAudit(
                    new Subject(customerId, sub, null), at, list != null, matches, bill == null ? null : bill.usage());
            List<Finding> findings = new ArrayList<>(r.rules().check(audit.deployedDelegations(), context));
            findings.addAll(r.rules().checkAudit(audit, auditContext));
            String tenant = customer != null
                    ? customer.tenantId().value().toLowerCase(Locale.ROOT)
                    : deployedTenant != null
                            ? deployedTenant
                            : bill != null && !bill.tenantId().equals(ZERO) ? bill.tenantId() : null;
            results.add(new AuditResult.SubscriptionResult(
                    sub,
                    tenant,
                    customerId,
                    customer != null ? customer.name() : estate.tenantName(sub),
                    describe(audit.deployed()),
                    PecGateState.of(audit.deployedDelegations(), context).label(),
                    bill == null ? "unknown" : bill.usage().applied(),
                    bill == null ? null : bill.usage().eligibleCost(),
                    bill == null ? null : bill.usage().missedCost(),
                    List.copyOf(findings)));
        }
        notes(notes, r, managing, estate, usage, billed, subscriptions);
        return new AuditResult(
                managing,
                pec,
                r.auditDate(),
                r.pecRate(),
                results,
                List.copyOf(general.findings()),
                List.copyOf(notes),
                Summary.totals(results, usage.settledPeriod(r.auditDate()), general.findings(), r.pecRate()));
    }

    static final String ZERO = "00000000-0000-0000-0000-000000000000";

    private static Delegation.PecAccount planPec(AuditRequest r, CustomerList list) {
        CustomerList.PecAutomationAccount account = list.pecAutomationAccount();
        Located role = account.role();
        Located resolved = role == null || role.value() == null
                ? role
                : r.catalog()
                        .resolve(role.value())
                        .map(x -> new Located(x.id(), role.at()))
                        .orElse(role);
        return new Delegation.PecAccount(account.principal().principalId(), resolved);
    }

    private static Map<String, Planned> plan(AuditRequest r, CustomerList list) {
        Map<String, Planned> planned = new LinkedHashMap<>();
        if (list == null) {
            return planned;
        }
        DelegationPlanner planner = new DelegationPlanner(r.catalog());
        for (Customer c : list.customers()) {
            for (List<Delegation> onSubscription : planner.plan(list, c)) {
                if (!onSubscription.isEmpty()) {
                    String sub = onSubscription.get(0).subscriptionId().value().toLowerCase(Locale.ROOT);
                    planned.putIfAbsent(sub, new Planned(c, onSubscription));
                }
            }
        }
        return planned;
    }

    /** Each customer's delegations through management groups (the subscriptions under them are not listed). */
    private static Map<String, List<Delegation>> planGroups(AuditRequest r, CustomerList list) {
        Map<String, List<Delegation>> groups = new HashMap<>();
        if (list == null) {
            return groups;
        }
        DelegationPlanner planner = new DelegationPlanner(r.catalog());
        for (Customer c : list.customers()) {
            List<Delegation> all = new ArrayList<>();
            planner.planManagementGroups(list, c).forEach(all::addAll);
            if (!all.isEmpty()) {
                groups.putIfAbsent(c.id().value(), all);
            }
        }
        return groups;
    }

    private static List<String> describe(List<Deployed> deployed) {
        List<String> lines = new ArrayList<>();
        for (Deployed d : deployed) {
            Delegation g = d.delegation();
            lines.add("'" + g.offerName().value() + "' on "
                    + (g.resourceGroups().isEmpty()
                            ? "the subscription"
                            : "resource groups "
                                    + String.join(
                                            ", ",
                                            g.resourceGroups().stream()
                                                    .map(Located::value)
                                                    .toList()))
                    + (g.subject().managementGroupId() == null
                            ? ""
                            : ", through management group '" + g.subject().managementGroupId() + "' (Azure Policy)")
                    + ", "
                    + (d.provisioningState() == null
                            ? "state not exported"
                            : d.provisioningState().value())
                    + (d.eligibleKnown() ? "" : " (eligible access not exported)"));
        }
        return lines;
    }

    private static void notes(
            List<String> notes,
            AuditRequest r,
            String managing,
            DeployedEstate estate,
            UsageTable usage,
            Map<String, UsageTable.Billed> billed,
            List<String> audited) {
        if (managing == null) {
            notes.add(
                    0,
                    "No managing tenant given (customer list, or lighthouse.managingTenantId): every delegation in"
                            + " the exports was taken as ours.");
        }
        if (estate.otherTenants > 0) {
            notes.add(estate.otherTenants + " registration assignment" + (estate.otherTenants == 1 ? "" : "s")
                    + " of other managing tenants ignored.");
        }
        if (usage.files().isEmpty()) {
            notes.add("No billing files (lighthouse.billing): whether PEC was applied is unknown.");
        } else {
            notes.add("Billing: " + usage.lines + " lines in " + usage.files().size() + " file"
                    + (usage.files().size() == 1 ? "" : "s") + "; " + usage.neverPecLines + " never carry PEC"
                    + " (reservations, savings plans, Spot, third-party) and " + usage.skippedLines + " name no"
                    + " subscription, so neither was judged; usage after "
                    + r.auditDate().minusDays(3)
                    + " is inside the 48-hour settling window and not judged.");
            java.util.Set<String> seen = new java.util.HashSet<>(audited);
            long outside =
                    billed.keySet().stream().filter(s -> !seen.contains(s)).count();
            if (outside > 0) {
                notes.add(outside + " billed subscription" + (outside == 1 ? " has" : "s have") + " no delegation to"
                        + " us and " + (outside == 1 ? "is" : "are") + " not in the customer list: not audited.");
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
