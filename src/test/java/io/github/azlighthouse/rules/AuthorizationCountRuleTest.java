package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** {@link AuthorizationCountRule}: fires on the mistake it names, quiet on a valid delegation. */
class AuthorizationCountRuleTest {

    final Rule rule = new AuthorizationCountRule();

    private Delegation withReaders(int n) {
        var b = valid().eligible();
        b.authorizations = new java.util.ArrayList<>(Collections.nCopies(0, null));
        for (int i = 0; i < n; i++) {
            b.authorizations.add(auth(String.format("0b9c8d7e-6f5a-4b3c-8d2e-%012d", i), "Reader"));
        }
        return b.build();
    }

    @Test
    void firesAboveTwenty() {
        single(run(rule, withReaders(21)), "authorization-count", "21 authorizations");
    }

    @Test
    void quietAtTwenty() {
        assertThat(run(rule, withReaders(20))).isEmpty();
    }
}
