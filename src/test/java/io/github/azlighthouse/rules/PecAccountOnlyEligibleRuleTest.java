package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.PEC;
import static io.github.azlighthouse.rules.Fixture.eligible;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import org.junit.jupiter.api.Test;

/** {@link PecAccountOnlyEligibleRule}: fires on the mistake it names, quiet on a valid delegation. */
class PecAccountOnlyEligibleRuleTest {

    final Rule rule = new PecAccountOnlyEligibleRule();

    @Test
    void firesWhenThePecAccountIsOnlyEligible() {
        Delegation d =
                valid().without(PEC).eligible(eligible(PEC, "Contributor")).build();
        single(run(rule, d), "pec-account-only-eligible", "permanent");
    }

    @Test
    void quietWhenPermanent() {
        Delegation d = valid().eligible(eligible(PEC, "Contributor")).build();
        assertThat(run(rule, d)).isEmpty();
    }
}
