package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.ENGINEERS;
import static io.github.azlighthouse.rules.Fixture.eligible;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link EligibleMfaProviderRule}: fires on the mistake it names, quiet on a valid delegation. */
class EligibleMfaProviderRuleTest {

    final Rule rule = new EligibleMfaProviderRule();

    @Test
    void firesOnAnythingButAzureOrNone() {
        single(
                run(
                        rule,
                        valid().eligible(eligible(ENGINEERS, "Group", "Contributor", "azure", "PT4H", List.of()))
                                .build()),
                "eligible-mfa-provider",
                "'azure'");
    }

    @Test
    void quietForAzureAndNone() {
        assertThat(run(
                        rule,
                        valid().eligible(eligible(ENGINEERS, "Group", "Contributor", "None", "PT4H", List.of()))
                                .build()))
                .isEmpty();
        assertThat(run(rule, valid().build())).isEmpty();
    }
}
