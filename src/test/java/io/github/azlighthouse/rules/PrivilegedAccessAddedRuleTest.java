package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.DEPLOYER;
import static io.github.azlighthouse.rules.Fixture.ENGINEERS;
import static io.github.azlighthouse.rules.Fixture.OPS;
import static io.github.azlighthouse.rules.Fixture.PEC;
import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.eligible;
import static io.github.azlighthouse.rules.Fixture.runChange;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PrivilegedAccessAddedRule}: User Access Administrator or a '*' role newly granted permanently. */
class PrivilegedAccessAddedRuleTest {

    final DiffRule rule = new PrivilegedAccessAddedRule();

    @Test
    void firesOnContributorNewlyGrantedPermanently() {
        Delegation after = valid().add(auth(OPS, "Contributor")).build();
        Finding f = single(
                runChange(rule, valid().build(), after),
                "privileged-access-added",
                "permanent 'Contributor' (b24988ac-6180-42a0-ab88-20f7382dd24c) for 'Name of " + OPS + "' (" + OPS
                        + ") is newly granted: its actions include '*': every action on every resource");
        assertThat(f.position()).isEqualTo(after.authorizations().get(5).at());
    }

    @Test
    void firesOnUserAccessAdministratorInANewDelegationButNotOnThePecAccount() {
        List<Finding> found = runChange(rule, null, valid().build());
        single(
                found,
                "privileged-access-added",
                "permanent 'User Access Administrator'",
                "for 'Name of " + DEPLOYER,
                "it may assign roles to managed identities");
    }

    @Test
    void firesWhenThePecAccountsRoleBecomesContributorOnAnExistingDelegation() {
        Delegation before = valid().without(PEC)
                .add(auth(PEC, "ServicePrincipal", "Support Request Contributor", null))
                .build();
        single(runChange(rule, before, valid().build()), "privileged-access-added", "for 'Name of " + PEC);
    }

    @Test
    void quietOnUnchangedEligibleNarrowOrRemovedGrants() {
        assertThat(runChange(rule, valid().build(), valid().build())).isEmpty();
        assertThat(runChange(
                        rule,
                        valid().build(),
                        valid().eligible(eligible(OPS, "Contributor")).build()))
                .isEmpty();
        assertThat(runChange(
                        rule,
                        valid().build(),
                        valid().add(auth(ENGINEERS, "Security Reader")).build()))
                .isEmpty();
        assertThat(runChange(rule, valid().build(), null)).isEmpty();
    }
}
