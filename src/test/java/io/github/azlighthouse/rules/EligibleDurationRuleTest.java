package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.ENGINEERS;
import static io.github.azlighthouse.rules.Fixture.eligible;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link EligibleDurationRule}: fires on the mistake it names, quiet on a valid delegation. */
class EligibleDurationRuleTest {

    final Rule rule = new EligibleDurationRule();

    @Test
    void firesOutsideTheRangeAndOnGarbage() {
        for (String bad : List.of("PT9H", "PT29M", "-PT1H", "P1D")) {
            single(
                    run(
                            rule,
                            valid().eligible(eligible(ENGINEERS, "Group", "Contributor", "Azure", bad, List.of()))
                                    .build()),
                    "eligible-duration",
                    "outside PT30M..PT8H");
        }
        single(
                run(
                        rule,
                        valid().eligible(eligible(ENGINEERS, "Group", "Contributor", "Azure", "4 hours", List.of()))
                                .build()),
                "eligible-duration",
                "not an ISO 8601 duration");
    }

    @Test
    void quietOnTheBoundsAndWhenAbsent() {
        for (String ok : List.of("PT30M", "PT8H", "PT6H30M")) {
            assertThat(run(
                            rule,
                            valid().eligible(eligible(ENGINEERS, "Group", "Contributor", "Azure", ok, List.of()))
                                    .build()))
                    .as(ok)
                    .isEmpty();
        }
        assertThat(run(
                        rule,
                        valid().eligible(eligible(ENGINEERS, "Group", "Contributor", "Azure", null, List.of()))
                                .build()))
                .isEmpty();
    }
}
