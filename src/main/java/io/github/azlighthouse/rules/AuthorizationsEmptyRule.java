package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;

/** Every registration definition needs at least one permanent authorization. */
public final class AuthorizationsEmptyRule extends AbstractRule {

    public static final String ID = "authorizations-empty";

    public AuthorizationsEmptyRule() {
        super(ID, Severity.ERROR, "no permanent authorization");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        if (d.authorizations().isEmpty()) {
            out.report(
                    d,
                    d.authorizationsAt(),
                    "the offer has no permanent authorization; an offer with only"
                            + " eligible authorizations cannot be deployed: add at least one (e.g. Reader for the eligible"
                            + " principals)");
        }
    }
}
