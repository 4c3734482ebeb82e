package io.github.azlighthouse.rules;

import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.Position;

/**
 * A rule of {@code audit}: it judges one subscription's deployed delegations against the customer list
 * and the billed usage, rather than one delegation. Configured like every other rule.
 */
public interface AuditRule extends Rule {

    void checkAudit(SubscriptionAudit subscription, AuditContext context, Out out);

    /** Where an audit rule sends what it finds. */
    @FunctionalInterface
    interface Out {
        void report(Subject about, Position at, String message);
    }
}
