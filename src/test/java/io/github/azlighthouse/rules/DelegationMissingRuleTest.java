package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.AuditFixture.audit;
import static io.github.azlighthouse.rules.AuditFixture.deployed;
import static io.github.azlighthouse.rules.AuditFixture.pair;
import static io.github.azlighthouse.rules.AuditFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelegationMissingRuleTest {

    final AuditRule rule = new DelegationMissingRule();

    @Test
    void firesForAPlannedOfferWithNothingDeployed() {
        Delegation planned = Fixture.valid().build();
        List<Finding> findings = run(rule, audit(true, null, pair(planned, null)));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("delegation-missing");
            assertThat(f.isError()).isTrue();
            assertThat(f.position()).isEqualTo(planned.subscriptionId().at());
            assertThat(f.subject().offer()).isEqualTo("standard");
            assertThat(f.message())
                    .contains(
                            "offer 'Contoso Managed Services' is in the customer list, but no"
                                    + " delegation of it is deployed",
                            "never deployed the kit",
                            "deploy.sh");
        });
    }

    @Test
    void namesOnlyTheMissingOfferWhenAnotherIsDeployed() {
        Delegation standard = Fixture.valid().build();
        Delegation security = Fixture.valid()
                .set(b -> b.offerKey = "security")
                .set(b -> b.offerName = "Security")
                .build();
        List<Finding> findings = run(rule, audit(true, null, pair(standard, deployed(standard)), pair(security, null)));
        assertThat(findings)
                .singleElement()
                .satisfies(f ->
                        assertThat(f.message()).contains("offer 'Security'").doesNotContain("never deployed"));
    }

    @Test
    void quietWhenDeployedOrWithoutACustomerList() {
        Delegation planned = Fixture.valid().build();
        assertThat(run(rule, audit(true, null, pair(planned, deployed(planned)))))
                .isEmpty();
        assertThat(run(rule, audit(false, null, pair(null, deployed(planned))))).isEmpty();
    }
}
