package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.OPS;
import static io.github.azlighthouse.rules.Fixture.PEC;
import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import org.junit.jupiter.api.Test;

/** {@link NoRegistrationDeleteRoleRule}: fires on the mistake it names, quiet on a valid delegation. */
class NoRegistrationDeleteRoleRuleTest {

    final Rule rule = new NoRegistrationDeleteRoleRule();

    @Test
    void firesWhenNobodyCanRemoveTheDelegation() {
        Delegation d = valid().authorizations(auth(OPS, "Reader"), auth(PEC, "Contributor"))
                .build();
        single(run(rule, d), "no-registration-delete-role", "only the customer can remove");
    }

    @Test
    void quietWhenSomeoneHoldsIt() {
        assertThat(run(rule, valid().build())).isEmpty();
    }
}
