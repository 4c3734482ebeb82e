package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.AuditFixture.audit;
import static io.github.azlighthouse.rules.AuditFixture.deployed;
import static io.github.azlighthouse.rules.AuditFixture.pair;
import static io.github.azlighthouse.rules.AuditFixture.run;
import static io.github.azlighthouse.rules.AuditFixture.usage;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import org.junit.jupiter.api.Test;

class PecNotAppliedRuleTest {

    final AuditRule rule = new PecNotAppliedRule();
    final Delegation withPec = Fixture.valid().build();

    @Test
    void firesWhenTheGateHoldsButSettledUsageHasNoPec() {
        assertThat(run(rule, audit(false, usage(120.5, 120.5), pair(null, deployed(withPec)))))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.isError()).isTrue();
                    assertThat(f.position()).isEqualTo(AuditFixture.BILLING);
                    assertThat(f.message())
                            .contains(
                                    "the PEC gate holds",
                                    "120.50 of 120.50 of usage that earns PEC",
                                    "on 3 of 20 settled days between 2026-11-01 and 2026-11-03",
                                    "az managementpartner show: partnerId 1234567, state Active",
                                    "--tenant " + Fixture.MANAGING,
                                    "open a support request");
                });
    }

    @Test
    void firesWhenPecIsOnlyPartlyApplied() {
        assertThat(run(rule, audit(false, usage(100, 25), pair(null, deployed(withPec)))))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("25.00 of 100.00"));
    }

    @Test
    void quietWhenAppliedUnknownOrTheGateDoesNotHold() {
        assertThat(run(rule, audit(false, usage(100, 0), pair(null, deployed(withPec)))))
                .isEmpty();
        assertThat(run(rule, audit(false, usage(0, 0), pair(null, deployed(withPec)))))
                .isEmpty();
        assertThat(run(rule, audit(false, null, pair(null, deployed(withPec))))).isEmpty();
        Delegation noPec = Fixture.valid().without(Fixture.PEC).build(); // pec-account-missing explains it already
        assertThat(run(rule, audit(false, usage(100, 100), pair(null, deployed(noPec)))))
                .isEmpty();
    }
}
