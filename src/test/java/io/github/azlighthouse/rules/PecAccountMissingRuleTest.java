package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.PEC;
import static io.github.azlighthouse.rules.Fixture.eligible;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.findings.Finding;
import org.junit.jupiter.api.Test;

/** {@link PecAccountMissingRule}: fires on the mistake it names, quiet on a valid delegation. */
class PecAccountMissingRuleTest {

    final Rule rule = new PecAccountMissingRule();

    @Test
    void firesWhenThePecAccountHasNoAuthorization() {
        Finding f = single(run(rule, valid().without(PEC).build()), "pec-account-missing", PEC, "Contributor");
        assertThat(f.position()).isEqualTo(Fixture.at(5));
    }

    @Test
    void quietWhenPresentOrOnlyEligible() {
        assertThat(run(rule, valid().build())).isEmpty();
        assertThat(run(
                        rule,
                        valid().without(PEC)
                                .eligible(eligible(PEC, "Contributor"))
                                .build()))
                .isEmpty();
    }
}
