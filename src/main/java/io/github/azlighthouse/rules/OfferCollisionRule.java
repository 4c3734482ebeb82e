package io.github.azlighthouse.rules;

import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.delegation.Delegation;
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
        super(ID, Severity.ERROR,
                "two offers with one name on one scope; duplicate customer id; a subscription under two customers");
    }

    @Override
    public void checkScope(List<Delegation> sameSubscription, RuleContext context, Reporter out) {
        Map<String, Delegation> byName = new HashMap<>();
        for (Delegation d : sameSubscription) {
            String name = Grants.key(d.offerName());
            if (name.isEmpty()) {
                continue;
            }
            Delegation first = byName.putIfAbsent(name, d);
            if (first != null) {
                out.report(d, d.offerName().at(), "offer name '" + d.offerName().value() + "' is also used by offer '"
                        + first.subject().offer() + "' on this subscription; Azure allows one assignment per offer"
                        + " name and scope: give each offer its own name");
            }
        }
    }
}
