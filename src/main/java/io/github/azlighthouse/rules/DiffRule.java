package io.github.azlighthouse.rules;

/**
 * A rule of {@code diff}: it judges what a change of the customer list does to one delegation (before and
 * after), rather than a delegation on its own. Configured like every other rule.
 */
public interface DiffRule extends Rule {

    void checkChange(DelegationChange change, RuleContext context, Reporter out);
}
