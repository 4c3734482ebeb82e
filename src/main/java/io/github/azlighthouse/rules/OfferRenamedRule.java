package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code diff}: an offer keeps its key on a scope but gets a new {@code mspOfferName}. Azure treats a new
 * mspOfferName as a new, separate offer: a second registration definition appears beside the old one, which
 * stays until it is removed. Microsoft (onboard-customer): "If you use a new mspOfferName and keep any of the
 * same principalId values, you must remove access to the previous delegation before deploying the new offer."
 * The message names the principals both names share, and how to remove the old one first.
 */
public final class OfferRenamedRule extends AbstractRule implements DiffRule {

    public static final String ID = "offer-renamed";

    public OfferRenamedRule() {
        super(
                ID,
                Severity.WARNING,
                "an offer on a scope gets a new mspOfferName: Azure creates a second"
                        + " registration definition, and the old one must be removed first when principals overlap");
    }

    @Override
    public void checkChange(DelegationChange change, RuleContext context, Reporter out) {
        Delegation before = change.before();
        Delegation after = change.after();
        if (before == null
                || after == null
                || before.offerName().value() == null
                || before.offerName().value().equals(after.offerName().value())) {
            return;
        }
        String old = before.offerName().value();
        Map<String, String> shared = principals(before);
        shared.keySet().retainAll(principals(after).keySet());
        String overlap = shared.isEmpty()
                ? "no principalId is in both, so the old delegation can also be removed"
                        + " after the new one is deployed"
                : "the new offer keeps "
                        + String.join(", ", shared.values().stream().limit(5).toList())
                        + (shared.size() > 5 ? " and " + (shared.size() - 5) + " more" : "")
                        + ", so have the customer remove '" + old + "' before deploying the new offer (offboard.sh"
                        + " from their kit, or Azure portal > Service providers > Service provider offers > delete)";
        out.report(
                after,
                after.offerName().at(),
                "mspOfferName changes from '" + old + "' to '"
                        + after.offerName().value() + "': Azure treats a new mspOfferName as a new, separate offer and"
                        + " creates a second registration definition beside '" + old
                        + "', which keeps its access until it"
                        + " is removed. If you use a new mspOfferName and keep any of the same principalId values, you must"
                        + " remove access to the previous delegation before deploying the new offer: " + overlap
                        + "; or keep the old name");
    }

    /** principalId (lower case) to its description, permanent and eligible, in order. */
    private static Map<String, String> principals(Delegation d) {
        Map<String, String> ids = new LinkedHashMap<>();
        d.authorizations()
                .forEach(a -> ids.putIfAbsent(
                        Grants.key(a.principalId()), DelegationDriftRule.who(a.principalId(), a.displayName())));
        d.eligibleAuthorizations()
                .forEach(e -> ids.putIfAbsent(
                        Grants.key(e.principalId()), DelegationDriftRule.who(e.principalId(), e.displayName())));
        ids.remove("");
        return ids;
    }
}
