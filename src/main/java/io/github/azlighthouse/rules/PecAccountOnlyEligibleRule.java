package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;

/** A just-in-time authorization does not count for PEC: the PEC role must be permanent. */
public final class PecAccountOnlyEligibleRule extends AbstractRule {

    public static final String ID = "pec-account-only-eligible";

    public PecAccountOnlyEligibleRule() {
        super(ID, Severity.ERROR, "the PEC Automation Account appears only in eligibleAuthorizations");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        if (Grants.hasPec(d)
                && Grants.pecPermanent(d).isEmpty()
                && !Grants.pecEligible(d).isEmpty()
                && !Grants.anyUnknownPermanentPrincipal(d)) {
            out.report(
                    d,
                    Grants.pecEligible(d).get(0).at(),
                    "the PEC Automation Account is only eligible"
                            + " (just-in-time); PEC needs a permanent authorization: move it from eligibleAuthorizations to"
                            + " authorizations");
        }
    }
}
