package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.source.Position;

/** Where a rule sends what it finds: the delegation it is about, the position, the message. */
@FunctionalInterface
public interface Reporter {
    void report(Delegation about, Position at, String message);
}
