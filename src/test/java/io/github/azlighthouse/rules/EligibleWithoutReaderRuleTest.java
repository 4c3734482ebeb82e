package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.ENGINEERS;
import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import org.junit.jupiter.api.Test;

/** {@link EligibleWithoutReaderRule}: fires on the mistake it names, quiet on a valid delegation. */
class EligibleWithoutReaderRuleTest {

    final Rule rule = new EligibleWithoutReaderRule();

    @Test
    void firesWhenTheEligiblePrincipalCannotRead() {
        Delegation d = valid().without(ENGINEERS)
                .add(auth(ENGINEERS, "Log Analytics Reader"))
                .build();
        single(run(rule, d), "eligible-without-reader", ENGINEERS);
    }

    @Test
    void quietWithReaderOrAReaderIncludingRole() {
        assertThat(run(rule, valid().build())).isEmpty();
        assertThat(run(
                        rule,
                        valid().without(ENGINEERS)
                                .add(auth(ENGINEERS, "Monitoring Reader"))
                                .build()))
                .isEmpty();
    }
}
