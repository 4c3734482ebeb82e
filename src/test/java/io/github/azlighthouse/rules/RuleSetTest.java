package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine as a whole: every rule registered once, and none fires on a valid delegation. */
class RuleSetTest {

    @Test
    void validDelegationPassesEveryRule() {
        Delegation d = valid().build();
        for (Rule rule : RuleSet.all()) {
            assertThat(run(rule, d)).as(rule.id()).isEmpty();
        }
        assertThat(RuleSet.defaults().check(List.of(d), Fixture.CONTEXT)).isEmpty();
    }

    @Test
    void everySpecRuleOfGenerateIsRegisteredOnceWithASummary() {
        List<String> ids = RuleSet.all().stream().map(Rule::id).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(41).allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
        assertThat(RuleSet.all()).allMatch(r -> !r.summary().isBlank());
    }
}
