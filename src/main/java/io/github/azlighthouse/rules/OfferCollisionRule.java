package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One scope cannot hold two assignments of one offer name. The customer-list checks (a customer id
 * or a subscription listed twice) report under this id too, from the planner.
 */
public final class OfferCollisionRule extends AbstractRule {

    public static final String ID = RuleIds.OFFER_COLLISION;

    public OfferCollisionRule() {
        super(
                ID,
                Severity.ERROR,
                "two offers with one name on one scope; duplicate customer id; a subscription under two customers");
    }

    @Override
    @SuppressWarnings("ReferenceEquality") // identity: an equal but distinct delegation (a duplicate) still collides
    public void checkScope(List<Delegation> sameSubscription, RuleContext context, Reporter out) {
        // a scope is the subscription, or one resource group: one offer name per scope
        Map<String, Delegation> byNameAndScope = new HashMap<>();
        for (Delegation d : sameSubscription) {
            String name = Grants.key(d.offerName());
            if (name.isEmpty()) {
                continue;
            }
            for (String scope : scopes(d)) {
                Delegation first = byNameAndScope.putIfAbsent(name + "|" + scope, d);
                if (first != null && first != d) {
                    out.report(
                            d,
                            d.offerName().at(),
                            "offer name '" + d.offerName().value() + "' is also used by offer '"
                                    + first.subject().offer() + "' on "
                                    + (scope.isEmpty() ? "this subscription" : "resource group '" + scope + "'")
                                    + "; Azure allows one assignment per offer"
                                    + " name and scope: give each offer its own name");
                    break;
                }
            }
        }
    }

    /** The scopes a delegation is assigned at: "" for the whole subscription, else its resource groups (known ones). */
    private static List<String> scopes(Delegation d) {
        if (d.resourceGroups().isEmpty()) {
            return List.of("");
        }
        return d.resourceGroups().stream()
                .filter(g -> g.value() != null)
                .map(g -> g.value().toLowerCase(java.util.Locale.ROOT))
                .distinct()
                .toList();
    }
}
