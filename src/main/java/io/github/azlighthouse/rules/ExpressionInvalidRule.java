package io.github.azlighthouse.rules;

import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Severity;

/**
 * An ARM expression that ARM itself rejects when the template is deployed: a syntax error, an
 * undeclared parameter or variable, a known function with wrong arguments, an index out of range.
 * Reported by the template evaluator only when certain; what it cannot judge is
 * {@code expression-unresolved}.
 */
public final class ExpressionInvalidRule extends AbstractRule {

    public static final String ID = RuleIds.EXPRESSION_INVALID;

    public ExpressionInvalidRule() {
        super(
                ID,
                Severity.ERROR,
                "an ARM expression that Azure Resource Manager rejects at deploy time (syntax,"
                        + " undeclared parameter or variable, wrong function arguments)");
    }
}
