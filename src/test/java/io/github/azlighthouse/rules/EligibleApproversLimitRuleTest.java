package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.ENGINEERS;
import static io.github.azlighthouse.rules.Fixture.approver;
import static io.github.azlighthouse.rules.Fixture.eligible;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link EligibleApproversLimitRule}: fires on the mistake it names, quiet on a valid delegation. */
class EligibleApproversLimitRuleTest {

    final Rule rule = new EligibleApproversLimitRule();

    private Delegation withApprovers(int n) {
        var approvers = IntStream.range(0, n)
                .mapToObj(i -> approver(String.format("2c3d4e5f-6a7b-4c8d-9e0f-%012d", i)))
                .toList();
        return valid().eligible(eligible(ENGINEERS, "Group", "Contributor", "Azure", "PT4H", approvers))
                .build();
    }

    @Test
    void firesAboveTen() {
        single(run(rule, withApprovers(11)), "eligible-approvers-limit", "11 approvers");
    }

    @Test
    void quietAtTen() {
        assertThat(run(rule, withApprovers(10))).isEmpty();
    }
}
