package io.github.azlighthouse.rules;

import io.github.azlighthouse.findings.Severity;

/**
 * The customer list is malformed: syntax, schema, unknown keys, dangling references. Reported by
 * {@link io.github.azlighthouse.customers.CustomerListReader}; registered here for configuration and docs.
 */
public final class InputInvalidRule implements Rule {

    public static final String ID = "input-invalid";

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
        return "the customer list itself is malformed (syntax, schema, unknown keys, dangling references)";
    }
}
