package io.github.azlighthouse.rules;

import io.github.azlighthouse.findings.Severity;

/**
 * {@code $schema} names a subscription-deployment schema version Microsoft never published
 * (2019-08-01, which one of Microsoft's own samples uses). Reported by the template reader, which
 * checks such a template against 2018-05-01.
 */
public final class SchemaUnknownRule implements Rule {

    public static final String ID = "schema-unknown";

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
        return "$schema names a version Microsoft does not publish; the template is checked against the nearest"
                + " published schema";
    }
}
