package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.APPROVERS;
import static io.github.azlighthouse.rules.Fixture.DEPLOYER;
import static io.github.azlighthouse.rules.Fixture.ENGINEERS;
import static io.github.azlighthouse.rules.Fixture.OPS;
import static io.github.azlighthouse.rules.Fixture.approver;
import static io.github.azlighthouse.rules.Fixture.eligible;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link EligiblePolicyConflictRule}: fires on the mistake it names, quiet on a valid delegation. */
class EligiblePolicyConflictRuleTest {

    final Rule rule = new EligiblePolicyConflictRule();

    @Test
    void firesOnOneRoleWithTwoPolicies() {
        Delegation d = valid().eligible(
                        eligible(ENGINEERS, "Group", "Contributor", "Azure", "PT4H", List.of()),
                        eligible(OPS, "Group", "Contributor", "Azure", "PT2H", List.of()))
                .build();
        single(run(rule, d), "eligible-policy-conflict", "different just-in-time policies");
    }

    @Test
    void quietWhenPoliciesMatchAfterDefaultsAndApproverOrder() {
        var a1 = approver(APPROVERS);
        var a2 = approver(OPS);
        Delegation d = valid().eligible(
                        eligible(ENGINEERS, "Group", "Contributor", null, null, List.of(a1, a2)),
                        eligible(DEPLOYER, "Group", "Contributor", "None", "PT8H", List.of(a2, a1)))
                .build();
        assertThat(run(rule, d)).isEmpty();
    }
}
