package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.AuditFixture.audit;
import static io.github.azlighthouse.rules.AuditFixture.deployed;
import static io.github.azlighthouse.rules.AuditFixture.pair;
import static io.github.azlighthouse.rules.AuditFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import org.junit.jupiter.api.Test;

class DelegationFailedRuleTest {

    final AuditRule rule = new DelegationFailedRule();

    @Test
    void firesOnAStateOtherThanSucceeded() {
        Delegation d = Fixture.valid().build();
        assertThat(run(rule, audit(false, null, pair(null, deployed(d, "Failed", true)))))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.isError()).isTrue();
                    assertThat(f.position()).isEqualTo(AuditFixture.EXPORT);
                    assertThat(f.message())
                            .startsWith("provisioningState is 'Failed', not Succeeded")
                            .contains("deploy.sh");
                });
    }

    @Test
    void quietWhenSucceededInAnyCaseOrNotExported() {
        Delegation d = Fixture.valid().build();
        assertThat(run(rule, audit(true, null, pair(d, deployed(d, "succeeded", true)))))
                .isEmpty();
        assertThat(run(rule, audit(true, null, pair(d, deployed(d, null, true)))))
                .isEmpty();
    }
}
