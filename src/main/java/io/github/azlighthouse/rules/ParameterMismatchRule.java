package io.github.azlighthouse.rules;

import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Severity;

/**
 * A parameter file that ARM refuses: it supplies a parameter the template does not declare ("not
 * present in the original template"), or a value of the wrong type or outside the declared
 * {@code allowedValues}, lengths or bounds. Reported by the template evaluator, at the value.
 */
public final class ParameterMismatchRule extends AbstractRule {

    public static final String ID = RuleIds.PARAMETER_MISMATCH;

    public ParameterMismatchRule() {
        super(
                ID,
                Severity.ERROR,
                "a parameter file supplies a parameter the template does not declare, or a value"
                        + " of the wrong type or outside the parameter's allowed values or bounds");
    }
}
