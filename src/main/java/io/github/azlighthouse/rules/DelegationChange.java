package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;

/**
 * What {@code diff} hands its rules ({@link DiffRule}): one delegation (customer × subscription × offer key)
 * as the baseline had it and as the current customer list has it. {@code before} is null for a delegation the
 * change adds, {@code after} null for one it removes. {@code after}'s values carry their places in the current
 * list; {@code before}'s stand at the baseline.
 */
public record DelegationChange(Delegation before, Delegation after) {

    public DelegationChange {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs a delegation before or after it");
        }
    }
}
