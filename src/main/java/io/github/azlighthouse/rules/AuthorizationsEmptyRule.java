package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;

/** Every registration definition needs at least one permanent authorization. */
public final class AuthorizationsEmptyRule implements Rule {

    public static final String ID = "authorizations-empty";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "no permanent authorization";
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        if (d.authorizations().isEmpty()) {
            out.report(d, d.authorizationsAt(), "the offer has no permanent authorization; an offer with only"
                    + " eligible authorizations cannot be deployed: add at least one (e.g. Reader for the eligible"
                    + " principals)");
        }
    }
}
