package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.findings.Subject;

/** {@code audit}: a delegation to our managing tenant is deployed that the customer list does not plan. */
public final class DelegationUnexpectedRule extends AbstractRule implements AuditRule {

    public static final String ID = "delegation-unexpected";

    public DelegationUnexpectedRule() {
        super(
                ID,
                Severity.WARNING,
                "a deployed delegation for our managing tenant that the customer list does not have");
    }

    @Override
    public void checkAudit(SubscriptionAudit s, AuditContext context, Out out) {
        if (!s.listKnown()) {
            return;
        }
        for (SubscriptionAudit.Match m : s.matches()) {
            if (m.planned() == null && m.deployed() != null) {
                Delegation d = m.deployed().delegation();
                out.report(
                        new Subject(
                                s.subject().customerId(),
                                s.subject().subscriptionId(),
                                d.offerName().value()),
                        d.at(),
                        "a delegation '" + d.offerName().value() + "' (registration definition "
                                + m.deployed().definitionName() + ") to managing tenant " + context.managingTenantId()
                                + " is deployed here, but the customer list does not plan it on this subscription: add the"
                                + " customer, subscription or offer to the list, or remove the delegation"
                                + " (az managedservices assignment delete, or the customer's offboard.sh)");
            }
        }
    }
}
