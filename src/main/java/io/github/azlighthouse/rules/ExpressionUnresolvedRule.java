package io.github.azlighthouse.rules;

import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Severity;

/**
 * A value is an ARM expression other than {@code parameters()}/{@code variables()} (or a parameter
 * without a value), so it could not be checked. Reported by the template reader: never a silent pass.
 */
public final class ExpressionUnresolvedRule extends AbstractRule {

    public static final String ID = RuleIds.EXPRESSION_UNRESOLVED;

    public ExpressionUnresolvedRule() {
        super(
                ID,
                Severity.WARNING,
                "a value is an ARM expression the validator cannot evaluate, so it was not checked");
    }
}
