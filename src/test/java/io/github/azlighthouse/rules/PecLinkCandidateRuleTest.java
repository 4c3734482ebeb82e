package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.AuditFixture.audit;
import static io.github.azlighthouse.rules.AuditFixture.deployed;
import static io.github.azlighthouse.rules.AuditFixture.pair;
import static io.github.azlighthouse.rules.AuditFixture.run;
import static io.github.azlighthouse.rules.Fixture.OPS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;
import org.junit.jupiter.api.Test;

class PecLinkCandidateRuleTest {

    final AuditRule rule = new PecLinkCandidateRule();

    @Test
    void firesNamingPrincipalsThatAlreadyHoldAPermanentPecEligibleRole() {
        Delegation d = Fixture.valid()
                .without(Fixture.PEC)
                .add(Fixture.auth(OPS, "Support Request Contributor"))
                .build();
        assertThat(run(rule, audit(false, null, pair(null, deployed(d)))))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.position()).isEqualTo(d.authorizations().get(4).at());
                    assertThat(f.message())
                            .contains(
                                    "the PEC Automation Account is absent here, but 'Name of " + OPS + "' (" + OPS
                                            + ") holds 'Support Request Contributor' (cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e) permanently",
                                    "az managementpartner create --partner-id 1234567",
                                    "without a redeployment");
                });
    }

    @Test
    void quietWhenThePecAccountIsThereOrNobodyQualifies() {
        assertThat(run(
                        rule,
                        audit(false, null, pair(null, deployed(Fixture.valid().build())))))
                .isEmpty();
        Delegation readersOnly =
                Fixture.valid().without(Fixture.PEC).build(); // Reader, Delete Role, UAA: none earns PEC
        assertThat(run(rule, audit(false, null, pair(null, deployed(readersOnly)))))
                .isEmpty();
        assertThat(run(rule, audit(false, null))).isEmpty(); // nothing deployed: delegation-missing says so
    }
}
