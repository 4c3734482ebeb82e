package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;

/**
 * {@code audit}: an offer that the customer list plans on a subscription has no deployed delegation (the
 * customer never deployed it, or removed it), so the partner has no access and earns no PEC there.
 */
public final class DelegationMissingRule extends AbstractRule implements AuditRule {

    public static final String ID = "delegation-missing";

    public DelegationMissingRule() {
        super(ID, Severity.ERROR, "a subscription × offer of the customer list has no deployed delegation");
    }

    @Override
    public void checkAudit(SubscriptionAudit s, AuditContext context, Out out) {
        if (!s.listKnown()) {
            return;
        }
        boolean nothing = s.deployed().isEmpty();
        for (SubscriptionAudit.Match m : s.matches()) {
            if (m.planned() != null && m.deployed() == null) {
                Delegation p = m.planned();
                out.report(
                        p.subject(),
                        p.subscriptionId().at(),
                        "offer '" + p.offerName().value() + "' is in the"
                                + " customer list, but no delegation of it is deployed"
                                + (nothing
                                        ? " (nothing on this subscription is delegated to managing tenant "
                                                + context.managingTenantId()
                                                + ": the customer never deployed the kit, or removed it)"
                                        : "")
                                + "; without it the partner has no access and earns no Partner Earned Credit here: have the"
                                + " customer run deploy.sh (or deploy.ps1) from their kit in the onboarding archive, or remove"
                                + " the offer or subscription from the list");
            }
        }
    }
}
