package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.AuditFixture.audit;
import static io.github.azlighthouse.rules.AuditFixture.deployed;
import static io.github.azlighthouse.rules.AuditFixture.pair;
import static io.github.azlighthouse.rules.AuditFixture.run;
import static io.github.azlighthouse.rules.Fixture.ENGINEERS;
import static io.github.azlighthouse.rules.Fixture.OPS;
import static io.github.azlighthouse.rules.Fixture.PEC;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.source.Located;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelegationDriftRuleTest {

    final AuditRule rule = new DelegationDriftRule();

    static Delegation withGroups(Delegation d, String... groups) {
        return new Delegation(
                d.subject(),
                d.customerTenantId(),
                d.managingTenantId(),
                d.subscriptionId(),
                d.offerName(),
                d.description(),
                d.apiVersion(),
                Arrays.stream(groups).map(g -> new Located(g, d.at())).toList(),
                d.authorizations(),
                d.eligibleAuthorizations(),
                d.pec(),
                d.authorizationsAt(),
                d.at());
    }

    @Test
    void firesNamingEachPermanentDifferenceWithPrincipalAndRole() {
        Delegation planned = Fixture.valid().build();
        Delegation deployed = Fixture.valid()
                .without(PEC)
                .add(Fixture.auth(OPS, "Contributor"))
                .build();
        List<Finding> findings = run(rule, audit(true, null, pair(planned, deployed(deployed))));
        assertThat(findings)
                .extracting(Finding::message)
                .containsExactly(
                        "the deployed delegation differs from the customer list: permanent 'Contributor'"
                                + " (b24988ac-6180-42a0-ab88-20f7382dd24c) for 'Name of " + PEC + "' (" + PEC
                                + ") is granted by"
                                + " the list but not deployed; run the customer's deploy.sh again to restore what the list"
                                + " grants, or change the list to match",
                        "the deployed delegation differs from the customer list: permanent 'Contributor'"
                                + " (b24988ac-6180-42a0-ab88-20f7382dd24c) for 'Name of " + OPS + "' (" + OPS
                                + ") is deployed"
                                + " but the list does not grant it; run the customer's deploy.sh again to restore what the list"
                                + " grants, or change the list to match");
        assertThat(findings.get(0).position())
                .isEqualTo(planned.authorizations().get(4).at());
        assertThat(findings.get(1).position())
                .isEqualTo(deployed.authorizations().get(4).at());
        assertThat(findings).allMatch(Finding::isError);
    }

    @Test
    void firesNamingEligibleDifferencesAndJustInTimePolicyChanges() {
        Delegation planned = Fixture.valid().build();
        Delegation deployed = Fixture.valid()
                .eligible(
                        Fixture.eligible(ENGINEERS, "Group", "Contributor", "None", "PT8H", List.of()),
                        Fixture.eligible(OPS, "Contributor"))
                .build();
        List<Finding> findings = run(rule, audit(true, null, pair(planned, deployed(deployed))));
        assertThat(findings)
                .extracting(Finding::message)
                .satisfiesExactly(
                        m -> assertThat(m)
                                .contains("eligible 'Contributor' (b24988ac-6180-42a0-ab88-20f7382dd24c) for 'Name of "
                                        + ENGINEERS + "' (" + ENGINEERS
                                        + ") has the just-in-time policy (up to PT4H, MFA Azure, approvers "
                                        + Fixture.APPROVERS
                                        + ") in the list, but (up to PT8H, MFA None, no approvers) as deployed"),
                        m -> assertThat(m)
                                .contains(
                                        "eligible 'Contributor'",
                                        "for 'Name of " + OPS + "'",
                                        "is deployed but the list does not grant it"));
    }

    @Test
    void eligibleAccessIsNotComparedWhenTheExportCannotShowIt() {
        Delegation planned = Fixture.valid().build();
        Delegation deployed = Fixture.valid().eligible().build(); // api 2019-06-01: no eligible authorizations
        assertThat(run(rule, audit(true, null, pair(planned, deployed(deployed, "Succeeded", false)))))
                .isEmpty();
        assertThat(run(rule, audit(true, null, pair(planned, deployed(deployed, "Succeeded", true)))))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("is granted by the list but not deployed"));
    }

    @Test
    void firesNamingResourceGroupDifferences() {
        Delegation planned = withGroups(Fixture.valid().build(), "rg-web", "rg-data");
        Delegation deployed = withGroups(Fixture.valid().build(), "RG-WEB");
        assertThat(run(rule, audit(true, null, pair(planned, deployed(deployed)))))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .contains("the list delegates resource groups rg-data, rg-web,"
                                + " but resource groups rg-web is delegated"));
    }

    @Test
    void quietWhenTheDeployedDelegationMatchesTheList() {
        Delegation planned = Fixture.valid().build();
        Delegation same = Fixture.valid().build(); // same grants, other positions and case of nothing
        assertThat(run(rule, audit(true, null, pair(planned, deployed(same))))).isEmpty();
        assertThat(run(rule, audit(false, null, pair(null, deployed(same))))).isEmpty();
    }
}
