package io.github.azlighthouse.rules;

import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Severity;

/**
 * {@code $schema} names a subscription-deployment schema version Microsoft never published
 * (2019-08-01, which one of Microsoft's own samples uses). Reported by the template reader, which
 * checks such a template against 2018-05-01.
 */
public final class SchemaUnknownRule extends AbstractRule {

    public static final String ID = RuleIds.SCHEMA_UNKNOWN;

    public SchemaUnknownRule() {
        super(
                ID,
                Severity.WARNING,
                "$schema names a version Microsoft does not publish; the template is checked against the nearest"
                        + " published schema");
    }
}
