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
        assertThat(RuleSet.defaults().checkChange(new DelegationChange(d, valid().build()), Fixture.CONTEXT))
                .isEmpty();
    }

    @Test
    void diffRulesRunAtTheirConfiguredSeverity() {
        Delegation before = valid().build();
        Delegation after = valid().set(b -> b.offerName = "Renamed").build();
        RuleSet rules =
                RuleSet.defaults().configure(java.util.Map.of("offer-renamed", "error"), new java.util.ArrayList<>());
        assertThat(rules.checkChange(new DelegationChange(before, after), Fixture.CONTEXT))
                .singleElement()
                .satisfies(f -> assertThat(f.isError()).isTrue());
        rules = RuleSet.defaults().configure(java.util.Map.of("offer-renamed", "off"), new java.util.ArrayList<>());
        assertThat(rules.checkChange(new DelegationChange(before, after), Fixture.CONTEXT))
                .isEmpty();
    }

    @Test
    void everySpecRuleOfGenerateIsRegisteredOnceWithASummary() {
        List<String> ids = RuleSet.all().stream().map(Rule::id).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(44).allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
        assertThat(RuleSet.all()).allMatch(r -> !r.summary().isBlank());
    }
}
