package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.PEC;
import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.eligible;
import static io.github.azlighthouse.rules.Fixture.runChange;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Finding;
import org.junit.jupiter.api.Test;

/** {@link PecRegressionRule}: a delegation that held the PEC gate and no longer does. */
class PecRegressionRuleTest {

    final DiffRule rule = new PecRegressionRule();

    @Test
    void firesWhenThePecRoleBecomesOneThatEarnsNoPec() {
        Delegation after = valid().without(PEC)
                .add(auth(PEC, "ServicePrincipal", "Reader", null))
                .build();
        Finding f = single(
                runChange(rule, valid().build(), after),
                "pec-regression",
                "the PEC gate held in the baseline (the PEC Automation Account " + PEC + " held 'Contributor'"
                        + " (b24988ac-6180-42a0-ab88-20f7382dd24c) permanently) and no longer does: the PEC Automation"
                        + " Account " + PEC + " now holds only 'Reader' (acdd72a7-3385-48ef-bd42-f606fba81ae7), which"
                        + " earns no Partner Earned Credit",
                "Give it a PEC-eligible, Lighthouse-supported role again (pecAutomationAccount.role");
        assertThat(f.position()).isEqualTo(after.authorizations().get(4).at());
    }

    @Test
    void firesWhenThePecAccountLeavesTheDelegation() {
        Delegation after = valid().without(PEC).build(); // inject: false
        Finding f = single(
                runChange(rule, valid().build(), after),
                "pec-regression",
                "is no longer among the delegation's permanent authorizations",
                "Set pecAutomationAccount.inject to true");
        assertThat(f.position()).isEqualTo(after.authorizationsAt());
    }

    @Test
    void firesWhenThePecAccountBecomesOnlyEligible() {
        Delegation after =
                valid().without(PEC).eligible(eligible(PEC, "Contributor")).build();
        Finding f = single(runChange(rule, valid().build(), after), "pec-regression", "is now only eligible");
        assertThat(f.position()).isEqualTo(after.eligibleAuthorizations().get(0).at());
    }

    @Test
    void quietWhenTheGateStillHoldsNeverHeldOrTheDelegationIsAddedOrRemoved() {
        Delegation held = valid().build();
        Delegation lost = valid().without(PEC).build();
        assertThat(runChange(
                        rule,
                        held,
                        valid().add(auth(Fixture.OPS, "Contributor")).build()))
                .isEmpty();
        assertThat(runChange(rule, lost, lost)).isEmpty();
        assertThat(runChange(rule, null, lost)).isEmpty();
        assertThat(runChange(rule, held, null)).isEmpty();
        Delegation supportRequest = valid().without(PEC)
                .add(auth(PEC, "ServicePrincipal", "Support Request Contributor", null))
                .build();
        assertThat(runChange(rule, held, supportRequest)).isEmpty(); // another PEC-eligible role
    }
}
