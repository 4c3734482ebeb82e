package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Approver;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;

/** Just-in-time access works for users and groups only, never for service principals. */
public final class EligibleServicePrincipalRule extends AbstractRule {

    public static final String ID = "eligible-service-principal";

    public EligibleServicePrincipalRule() {
        super(
                ID,
                Severity.ERROR,
                "a service principal (known by type, or the PEC account) as eligible principal or approver");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        for (EligibleAuthorization e : d.eligibleAuthorizations()) {
            check(d, out, "eligible principal", e.principalId(), e.principalType(), e.at());
            for (Approver ap : e.approvers()) {
                check(d, out, "approver", ap.principalId(), ap.principalType(), ap.at());
            }
        }
    }

    private static void check(Delegation d, Reporter out, String what, Located id, String type, Position at) {
        boolean pec = Grants.isPec(d, id);
        if (pec || "ServicePrincipal".equals(type)) {
            out.report(
                    d,
                    at,
                    what + " " + id.value()
                            + (pec ? " is the PEC Automation Account, a service principal" : " is a service principal")
                            + "; eligible authorizations and approvers must be users or groups:"
                            + " give it a permanent authorization instead");
        }
    }
}
