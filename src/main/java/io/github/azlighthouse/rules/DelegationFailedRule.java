package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.source.Located;

/** {@code audit}: a deployed definition or assignment whose provisioningState is not Succeeded. */
public final class DelegationFailedRule extends AbstractRule implements AuditRule {

    public static final String ID = "delegation-failed";

    public DelegationFailedRule() {
        super(ID, Severity.ERROR, "a deployed delegation's provisioningState is other than Succeeded");
    }

    @Override
    public void checkAudit(SubscriptionAudit s, AuditContext context, Out out) {
        for (SubscriptionAudit.Deployed deployed : s.deployed()) {
            Located state = deployed.provisioningState();
            if (state == null || state.isBlank() || state.value().equalsIgnoreCase("Succeeded")) {
                continue;
            }
            Delegation d = deployed.delegation();
            out.report(
                    d.subject(),
                    state.at(),
                    "provisioningState is '" + state.value() + "', not Succeeded: the"
                            + " delegation '" + d.offerName().value()
                            + "' is not (or not yet) in effect, so its principals may"
                            + " have no access and the partner earns no PEC through it; if it stays so, have the customer"
                            + " remove it and run deploy.sh from their kit again");
        }
    }
}
