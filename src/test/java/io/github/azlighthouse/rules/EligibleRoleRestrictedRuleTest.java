package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.ENGINEERS;
import static io.github.azlighthouse.rules.Fixture.eligible;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link EligibleRoleRestrictedRule}: fires on the mistake it names, quiet on a valid delegation. */
class EligibleRoleRestrictedRuleTest {

    final Rule rule = new EligibleRoleRestrictedRule();

    @Test
    void firesOnEligibleOwnerAndUaa() {
        single(run(rule, valid().eligible(eligible(ENGINEERS, "Owner")).build()), "eligible-role-restricted", "Owner");
        single(
                run(
                        rule,
                        valid().eligible(eligible(ENGINEERS, "User Access Administrator"))
                                .build()),
                "eligible-role-restricted",
                "User Access Administrator");
    }

    @Test
    void quietForContributor() {
        assertThat(run(rule, valid().build())).isEmpty();
    }
}
