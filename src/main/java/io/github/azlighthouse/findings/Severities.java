package io.github.azlighthouse.findings;

/**
 * The configured severity of each rule id. Readers of input (the customer list, templates) report
 * through a {@link FindingSink} built on this, so they need not know the rule engine that owns it.
 */
@FunctionalInterface
public interface Severities {

    /** The severity findings of {@code ruleId} get; {@link Severity#OFF} drops them. */
    Severity severity(String ruleId);

    /** Every rule at ERROR: for tests and callers without configuration. */
    static Severities allErrors() {
        return id -> Severity.ERROR;
    }
}
