package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;
import java.util.List;

/**
 * One check, named by a stable id (spec section 5). A rule looks at one delegation, or at all
 * delegations on one subscription, and reports through a {@link Reporter}; the {@link RuleSet}
 * decides the severity. Rules hold no state, so one instance serves every thread.
 */
public interface Rule {

    String id();

    Severity defaultSeverity();

    /** When the rule fires, in one sentence (README rule table, SARIF rule description). */
    String summary();

    default void check(Delegation delegation, RuleContext context, Reporter out) {}

    /** Checks that need every delegation on one subscription (one customer, all offers). */
    default void checkScope(List<Delegation> sameSubscription, RuleContext context, Reporter out) {}
}
