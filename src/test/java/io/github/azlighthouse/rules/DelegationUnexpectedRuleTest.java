package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.AuditFixture.audit;
import static io.github.azlighthouse.rules.AuditFixture.deployed;
import static io.github.azlighthouse.rules.AuditFixture.pair;
import static io.github.azlighthouse.rules.AuditFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;
import org.junit.jupiter.api.Test;

class DelegationUnexpectedRuleTest {

    final AuditRule rule = new DelegationUnexpectedRule();

    @Test
    void firesForADeployedDelegationTheListDoesNotPlan() {
        Delegation d =
                Fixture.valid().set(b -> b.offerName = "Old Contoso Offer").build();
        assertThat(run(rule, audit(true, null, pair(null, deployed(d)))))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.subject().offer()).isEqualTo("Old Contoso Offer");
                    assertThat(f.position()).isEqualTo(d.at());
                    assertThat(f.message())
                            .contains(
                                    "a delegation 'Old Contoso Offer' (registration definition 5b1c2d3e-",
                                    "to managing tenant " + Fixture.MANAGING,
                                    "does not plan it",
                                    "az managedservices assignment delete");
                });
    }

    @Test
    void quietWhenPlannedOrWithoutACustomerList() {
        Delegation d = Fixture.valid().build();
        assertThat(run(rule, audit(true, null, pair(d, deployed(d))))).isEmpty();
        assertThat(run(rule, audit(false, null, pair(null, deployed(d))))).isEmpty();
    }
}
