package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;

/** Marketplace plans allow up to 20 authorizations; larger offers are hard to review. */
public final class AuthorizationCountRule extends AbstractRule {

    public static final String ID = "authorization-count";
    static final int MAX = 20;

    public AuthorizationCountRule() {
        super(ID, Severity.WARNING, "more than 20 authorizations");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        int count = d.authorizations().size() + d.eligibleAuthorizations().size();
        if (count > MAX) {
            out.report(
                    d,
                    d.authorizationsAt(),
                    "the offer has " + count + " authorizations (permanent and eligible);"
                            + " Marketplace plans allow at most " + MAX
                            + ": grant roles to groups instead of individuals");
        }
    }
}
