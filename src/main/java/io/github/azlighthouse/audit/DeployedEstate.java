package io.github.azlighthouse.audit;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.rules.SubscriptionAudit.Deployed;
import io.github.azlighthouse.source.Located;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The registration assignments of our managing tenant read from the exports, grouped per subscription
 * and registration definition (a definition assigned to several resource groups is one delegation).
 * Assignments of other managing tenants are counted and dropped.
 */
final class DeployedEstate {

    /** Microsoft.ManagedServices api of the REST export, and of {@code az managedservices}. */
    static final String REST_API = "2022-10-01";

    static final String CLI_API = "2019-06-01";

    private final String managingTenantId;
    private final Map<String, Map<String, List<DeployedAssignment>>> bySubscription = new LinkedHashMap<>();
    int assignments;
    int otherTenants;

    /** {@code managingTenantId} null: every assignment counts as ours. */
    DeployedEstate(String managingTenantId) {
        this.managingTenantId = managingTenantId;
    }

    void add(DeployedAssignment a) {
        assignments++;
        if (managingTenantId != null
                && (a.managedByTenantId().value() == null
                        || !a.managedByTenantId().value().equalsIgnoreCase(managingTenantId))) {
            otherTenants++;
            return;
        }
        bySubscription
                .computeIfAbsent(a.subscriptionId(), k -> new LinkedHashMap<>())
                .computeIfAbsent(a.definitionName().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(a);
    }

    Set<String> subscriptions() {
        return bySubscription.keySet();
    }

    /** The subscription's definitions, each with every assignment of it (in export order). */
    List<List<DeployedAssignment>> definitions(String subscription) {
        return new ArrayList<>(
                bySubscription.getOrDefault(subscription, Map.of()).values());
    }

    /** The customer tenant a subscription's delegations name, or null. */
    String tenant(String subscription) {
        for (List<DeployedAssignment> d : definitions(subscription)) {
            if (!d.get(0).manageeTenantId().isBlank()) {
                return d.get(0).manageeTenantId().value().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** The customer tenant's name as a subscription's delegations give it (manageeTenantName), or null. */
    String tenantName(String subscription) {
        for (List<DeployedAssignment> d : definitions(subscription)) {
            if (d.get(0).manageeTenantName() != null) {
                return d.get(0).manageeTenantName();
            }
        }
        return null;
    }

    /**
     * One definition as a delegation for the rules: its resource groups (none when it is also assigned to the
     * whole subscription), the worst state of its assignments, and the given subject and PEC account.
     */
    static Deployed delegation(List<DeployedAssignment> assignments, Subject subject, Delegation.PecAccount pec) {
        DeployedAssignment first = assignments.get(0);
        List<Located> groups = new ArrayList<>();
        boolean wholeSubscription = false;
        Located state = first.state();
        boolean eligibleKnown = true;
        for (DeployedAssignment a : assignments) {
            if (a.resourceGroup() == null) {
                wholeSubscription = true;
            } else {
                groups.add(a.resourceGroup());
            }
            if (a.state() != null
                    && !a.state().value().equalsIgnoreCase("Succeeded")
                    && (state == null || state.value().equalsIgnoreCase("Succeeded"))) {
                state = a.state();
            }
            eligibleKnown &= a.eligibleKnown();
        }
        Delegation d = new Delegation(
                subject,
                first.manageeTenantId(),
                first.managedByTenantId(),
                new Located(first.subscriptionId(), first.at()),
                first.offerName(),
                first.description(),
                new Located(eligibleKnown ? REST_API : CLI_API, first.at()),
                wholeSubscription ? List.of() : groups,
                first.authorizations(),
                first.eligibleAuthorizations(),
                pec,
                first.authorizationsAt(),
                first.at());
        return new Deployed(d, first.definitionName(), state, eligibleKnown);
    }
}
