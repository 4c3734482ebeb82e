package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link ApiVersionRule}: fires on the mistake it names, quiet on a valid delegation. */
class ApiVersionRuleTest {

    final Rule rule = new ApiVersionRule();

    @Test
    void firesOnAnUnpublishedVersionAndOnEligibleBelow2020() {
        single(run(rule, valid().set(b -> b.apiVersion = "2019-04-01").build()), "api-version", "does not exist");
        single(run(rule, valid().set(b -> b.apiVersion = "2019-09-01").build()), "api-version", "2020-02-01-preview");
    }

    @Test
    void quietForOldVersionsWithoutEligibleAndForCurrentOnes() {
        assertThat(run(
                        rule,
                        valid().eligible().set(b -> b.apiVersion = "2019-06-01").build()))
                .isEmpty();
        assertThat(run(
                        rule,
                        valid().set(b -> b.apiVersion = "2020-02-01-preview").build()))
                .isEmpty();
    }
}
