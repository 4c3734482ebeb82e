package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.ENGINEERS;
import static io.github.azlighthouse.rules.Fixture.OPS;
import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.eligible;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link RoleOwnerRule}: fires on the mistake it names, quiet on a valid delegation. */
class RoleOwnerRuleTest {

    final Rule rule = new RoleOwnerRule();

    @Test
    void firesOnPermanentAndEligibleOwner() {
        single(run(rule, valid().add(auth(OPS, "Owner")).build()), "role-owner", "Owner");
        single(run(rule, valid().eligible(eligible(ENGINEERS, "owner")).build()), "role-owner", "Owner");
    }

    @Test
    void quietWithoutOwner() {
        assertThat(run(rule, valid().build())).isEmpty();
    }
}
