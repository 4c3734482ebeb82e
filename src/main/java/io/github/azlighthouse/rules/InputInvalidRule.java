package io.github.azlighthouse.rules;

import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Severity;

/**
 * The customer list is malformed: syntax, schema, unknown keys, dangling references. Reported by
 * {@link io.github.azlighthouse.customers.CustomerListReader}; registered here for configuration and docs.
 */
public final class InputInvalidRule extends AbstractRule {

    public static final String ID = RuleIds.INPUT_INVALID;

    public InputInvalidRule() {
        super(
                ID,
                Severity.ERROR,
                "the customer list itself is malformed (syntax, schema, unknown keys, dangling references)");
    }
}
