package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.PEC;
import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PecRoleNotEligibleRule}: fires on the mistake it names, quiet on a valid delegation. */
class PecRoleNotEligibleRuleTest {

    final Rule rule = new PecRoleNotEligibleRule();

    @Test
    void firesWhenThePecAccountHasOnlyReaderWhichIsNotPecEligible() {
        Delegation d = valid().without(PEC).add(auth(PEC, "Reader")).build();
        single(
                run(rule, d),
                "pec-role-not-eligible",
                "holds only 'Reader' (acdd72a7-3385-48ef-bd42-f606fba81ae7),"
                        + " which is not PEC-eligible (it earns no Partner Earned Credit); give it a PEC-eligible,"
                        + " Lighthouse-supported role such as Contributor or Support Request Contributor");
    }

    @Test
    void firesOnPecEligibleRolesLighthouseRefusesSayingWhyNotThatTheyEarnNoCredit() {
        Finding owner = single(
                run(rule, valid().without(PEC).add(auth(PEC, "Owner")).build()),
                "pec-role-not-eligible",
                "'Owner' (8e3af657-a8ff-443c-a75c-2fe8c4bcb635), which is PEC-eligible, but Azure Lighthouse never"
                        + " accepts Owner;");
        Finding uaa = single(
                run(
                        rule,
                        valid().without(PEC)
                                .add(auth(PEC, "ServicePrincipal", "User Access Administrator", List.of("Contributor")))
                                .build()),
                "pec-role-not-eligible",
                "which is PEC-eligible, but Azure Lighthouse accepts User Access Administrator only in its limited form"
                        + " (to assign delegatedRoles to managed identities), which does not count for Partner Earned Credit");
        Finding data = single(
                run(
                        rule,
                        valid().without(PEC)
                                .add(auth(PEC, "Storage Blob Data Contributor"))
                                .build()),
                "pec-role-not-eligible",
                "which is PEC-eligible, but Azure Lighthouse rejects roles with DataActions");
        for (Finding f : List.of(owner, uaa, data)) {
            assertThat(f.message())
                    .doesNotContain("earns no Partner Earned Credit")
                    .doesNotContain("not PEC-eligible");
        }
    }

    @Test
    void firesNamingEachRoleWithItsOwnReason() {
        Delegation d = valid().without(PEC)
                .add(auth(PEC, "Reader"))
                .add(auth(PEC, "Owner"))
                .build();
        single(
                run(rule, d),
                "pec-role-not-eligible",
                "'Reader' (acdd72a7-3385-48ef-bd42-f606fba81ae7), which is not"
                        + " PEC-eligible (it earns no Partner Earned Credit), and 'Owner' (8e3af657-a8ff-443c-a75c-2fe8c4bcb635),"
                        + " which is PEC-eligible, but Azure Lighthouse never accepts Owner;");
    }

    @Test
    void quietWhenOneRoleEarnsPec() {
        assertThat(run(rule, valid().add(auth(PEC, "Reader")).build())).isEmpty();
        assertThat(run(
                        rule,
                        valid().without(PEC)
                                .add(auth(PEC, "Support Request Contributor"))
                                .build()))
                .isEmpty();
        assertThat(run(rule, valid().without(PEC).build()))
                .as("missing is another rule's")
                .isEmpty();
    }
}
