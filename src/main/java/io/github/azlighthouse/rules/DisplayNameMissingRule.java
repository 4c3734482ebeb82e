package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Approver;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;

/** The customer sees principalIdDisplayName; without it they approve access for a bare GUID. */
public final class DisplayNameMissingRule extends AbstractRule {

    public static final String ID = "display-name-missing";

    public DisplayNameMissingRule() {
        super(ID, Severity.ERROR,
                "an authorization, eligible authorization or approver without principalIdDisplayName");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        for (Authorization a : d.authorizations()) {
            missing(d, out, "authorization", a.principalId(), a.displayName(), a.at());
        }
        for (EligibleAuthorization e : d.eligibleAuthorizations()) {
            missing(d, out, "eligible authorization", e.principalId(), e.displayName(), e.at());
            for (Approver ap : e.approvers()) {
                missing(d, out, "approver", ap.principalId(), ap.displayName(), ap.at());
            }
        }
    }

    private static void missing(Delegation d, Reporter out, String what, Located principal, Located name, Position at) {
        if (principal.value() != null && (name == null || name.isBlank())) {
            out.report(d, at, what + " for principal " + principal.value() + " has no display name; the customer"
                    + " sees it when approving the delegation: add displayName (template: principalIdDisplayName)");
        }
    }
}
