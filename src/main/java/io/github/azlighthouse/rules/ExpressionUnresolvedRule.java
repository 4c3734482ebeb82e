package io.github.azlighthouse.rules;

import io.github.azlighthouse.findings.Severity;

/**
 * A value is an ARM expression other than {@code parameters()}/{@code variables()} (or a parameter
 * without a value), so it could not be checked. Reported by the template reader: never a silent pass.
 */
public final class ExpressionUnresolvedRule implements Rule {

    public static final String ID = "expression-unresolved";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "a value is an ARM expression the validator cannot evaluate, so it was not checked";
    }
}
