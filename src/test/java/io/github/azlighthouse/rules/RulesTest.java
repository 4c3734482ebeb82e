package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.APPROVERS;
import static io.github.azlighthouse.rules.Fixture.DEPLOYER;
import static io.github.azlighthouse.rules.Fixture.ENGINEERS;
import static io.github.azlighthouse.rules.Fixture.MANAGING;
import static io.github.azlighthouse.rules.Fixture.OPS;
import static io.github.azlighthouse.rules.Fixture.PEC;
import static io.github.azlighthouse.rules.Fixture.approver;
import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.eligible;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Finding;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every rule, on its own: it fires on the mistake it names and stays quiet on a valid delegation. */
class RulesTest {

    /** The asserted rule fired exactly once, and its message contains every fragment. */
    private static Finding single(List<Finding> findings, String ruleId, String... fragments) {
        assertThat(findings).as("findings of %s", ruleId).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.ruleId()).isEqualTo(ruleId);
        assertThat(f.message()).contains(fragments);
        assertThat(f.subject().customerId()).isEqualTo("fabrikam");
        return f;
    }

    @Test
    void validDelegationPassesEveryRule() {
        Delegation d = valid().build();
        for (Rule rule : RuleSet.all()) {
            assertThat(run(rule, d)).as(rule.id()).isEmpty();
        }
        assertThat(RuleSet.defaults().check(List.of(d), Fixture.CONTEXT)).isEmpty();
    }

    @Test
    void everySpecRuleOfGenerateIsRegisteredOnceWithASummary() {
        List<String> ids = RuleSet.all().stream().map(Rule::id).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(36).allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
        assertThat(RuleSet.all()).allMatch(r -> !r.summary().isBlank());
    }

    @Nested
    class PecAccountMissing {
        final Rule rule = new PecAccountMissingRule();

        @Test
        void firesWhenThePecAccountHasNoAuthorization() {
            Finding f = single(run(rule, valid().without(PEC).build()), "pec-account-missing", PEC, "Contributor");
            assertThat(f.position()).isEqualTo(Fixture.at(5));
        }

        @Test
        void quietWhenPresentOrOnlyEligible() {
            assertThat(run(rule, valid().build())).isEmpty();
            assertThat(run(rule, valid().without(PEC).eligible(eligible(PEC, "Contributor")).build())).isEmpty();
        }
    }

    @Nested
    class PecRoleNotEligible {
        final Rule rule = new PecRoleNotEligibleRule();

        @Test
        void firesWhenThePecAccountHasOnlyReader() {
            Delegation d = valid().without(PEC).add(auth(PEC, "Reader")).build();
            single(run(rule, d), "pec-role-not-eligible", "'Reader'", "Support Request Contributor");
        }

        @Test
        void firesForUserAccessAdministratorWhosePecCreditIsUncertain() {
            Delegation d = valid().without(PEC).add(auth(PEC, "ServicePrincipal", "User Access Administrator",
                    List.of("Contributor"))).build();
            single(run(rule, d), "pec-role-not-eligible", "User Access Administrator");
        }

        @Test
        void quietWhenOneRoleEarnsPec() {
            assertThat(run(rule, valid().add(auth(PEC, "Reader")).build())).isEmpty();
            assertThat(run(rule, valid().without(PEC).add(auth(PEC, "Support Request Contributor")).build())).isEmpty();
            assertThat(run(rule, valid().without(PEC).build())).as("missing is another rule's").isEmpty();
        }
    }

    @Nested
    class PecAccountOnlyEligible {
        final Rule rule = new PecAccountOnlyEligibleRule();

        @Test
        void firesWhenThePecAccountIsOnlyEligible() {
            Delegation d = valid().without(PEC).eligible(eligible(PEC, "Contributor")).build();
            single(run(rule, d), "pec-account-only-eligible", "permanent");
        }

        @Test
        void quietWhenPermanent() {
            Delegation d = valid().eligible(eligible(PEC, "Contributor")).build();
            assertThat(run(rule, d)).isEmpty();
        }
    }

    @Nested
    class RoleOwner {
        final Rule rule = new RoleOwnerRule();

        @Test
        void firesOnPermanentAndEligibleOwner() {
            single(run(rule, valid().add(auth(OPS, "Owner")).build()), "role-owner", "Owner");
            single(run(rule, valid().eligible(eligible(ENGINEERS, "owner")).build()), "role-owner", "Owner");
        }

        @Test
        void quietWithoutOwner() {
            assertThat(run(rule, valid().build())).isEmpty();
        }
    }

    @Nested
    class RoleDataActions {
        final Rule rule = new RoleDataActionsRule();

        @Test
        void firesOnDataActionsAndOnNotDataActionsOnly() {
            single(run(rule, valid().add(auth(OPS, "Storage Blob Data Contributor")).build()), "role-data-actions",
                    "DataActions");
            single(run(rule, valid().add(auth(OPS, "360cab3d-4340-4c96-816d-682fbd52b3e2")).build()),
                    "role-data-actions", "NotDataActions");
        }

        @Test
        void quietForPlainRoles() {
            assertThat(run(rule, valid().build())).isEmpty();
        }
    }

    @Nested
    class RoleRestrictedActions {
        final Rule rule = new RoleRestrictedActionsRule();

        @Test
        void firesOnRoleBasedAccessControlAdministrator() {
            single(run(rule, valid().add(auth(OPS, "Role Based Access Control Administrator")).build()),
                    "role-restricted-actions", "Microsoft.Authorization/roleAssignments/write");
        }

        @Test
        void quietForUserAccessAdministratorAndContributor() {
            assertThat(run(rule, valid().build())).isEmpty();
        }
    }

    @Nested
    class RoleUnknown {
        final Rule rule = new RoleUnknownRule();

        @Test
        void firesOnATypoWithASuggestion() {
            single(run(rule, valid().add(auth(OPS, "Contributer")).build()), "role-unknown", "'Contributer'",
                    "did you mean 'Contributor'");
        }

        @Test
        void firesOnACustomRoleGuidAndOnAnUnknownDelegatedRole() {
            single(run(rule, valid().add(auth(OPS, "11111111-2222-4333-8444-555555555555")).build()), "role-unknown",
                    "not an Azure built-in role");
            single(run(rule, valid().add(auth(DEPLOYER, "ServicePrincipal", "User Access Administrator",
                    List.of("My Custom Role"))).build()), "role-unknown", "My Custom Role");
        }

        @Test
        void quietForBuiltInRolesAndBrokenGuids() {
            assertThat(run(rule, valid().build())).isEmpty();
            assertThat(run(rule, valid().add(auth(OPS, "b24988ac-6180-42a0-ab88-20f7382dd24")).build())).isEmpty();
        }
    }

    @Nested
    class UaaWithoutDelegatedRoles {
        final Rule rule = new UaaWithoutDelegatedRolesRule();

        @Test
        void firesWithoutOrWithEmptyDelegatedRoles() {
            single(run(rule, valid().without(DEPLOYER).add(auth(DEPLOYER, "User Access Administrator")).build()),
                    "uaa-without-delegated-roles", "delegatedRoles");
            single(run(rule, valid().without(DEPLOYER).add(auth(DEPLOYER, "ServicePrincipal",
                    "User Access Administrator", List.of())).build()), "uaa-without-delegated-roles", "delegatedRoles");
        }

        @Test
        void quietWithDelegatedRoles() {
            assertThat(run(rule, valid().build())).isEmpty();
        }
    }

    @Nested
    class DelegatedRolesInvalid {
        final Rule rule = new DelegatedRolesInvalidRule();

        @Test
        void firesOnANonUaaAuthorizationWithDelegatedRoles() {
            single(run(rule, valid().add(auth(OPS, "Group", "Contributor", List.of("Reader"))).build()),
                    "delegated-roles-invalid", "only allowed with User Access Administrator");
        }

        @Test
        void firesOnOwnerUaaOrDataActionRolesAsDelegatedRoles() {
            for (String bad : List.of("Owner", "User Access Administrator", "Log Analytics Contributor")) {
                single(run(rule, valid().without(DEPLOYER).add(auth(DEPLOYER, "ServicePrincipal",
                        "User Access Administrator", List.of("Contributor", bad))).build()), "delegated-roles-invalid",
                        "cannot delegate");
            }
        }

        @Test
        void quietForSupportedDelegatedRoles() {
            assertThat(run(rule, valid().build())).isEmpty();
        }
    }

    @Nested
    class GuidFormat {
        final Rule rule = new GuidFormatRule();

        @Test
        void firesOnNonHexAndOn37CharacterIds() {
            single(run(rule, valid().add(auth("3kl47fff-5655-4779-b726-2cf02b05c7c4", "Reader")).build()),
                    "guid-format", "3kl47fff");
            single(run(rule, valid().set(b -> b.subscription = "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b0").build()),
                    "guid-format", "subscriptionId");
        }

        @Test
        void firesOnThePlaceholderAndOnABrokenRoleGuid() {
            single(run(rule, valid().set(b -> b.managing = "00000000-0000-0000-0000-000000000000").build()),
                    "guid-format", "placeholder");
            single(run(rule, valid().add(auth(OPS, "b24988ac-6180-42a0-ab88-20f7382dd24")).build()), "guid-format",
                    "roleDefinitionId");
        }

        @Test
        void quietForCanonicalIdsInAnyCase() {
            assertThat(run(rule, valid().build())).isEmpty();
            assertThat(run(rule, valid().set(b -> b.managing = MANAGING.toUpperCase()).build())).isEmpty();
        }
    }

    @Nested
    class TenantSelf {
        final Rule rule = new TenantSelfRule();

        @Test
        void firesWhenTheCustomerIsThePartner() {
            single(run(rule, valid().set(b -> b.customerTenant = MANAGING.toUpperCase()).build()), "tenant-self",
                    "cannot delegate to itself");
        }

        @Test
        void quietForDistinctOrUnknownTenants() {
            assertThat(run(rule, valid().build())).isEmpty();
            assertThat(run(rule, valid().set(b -> b.customerTenant = null).build())).isEmpty();
        }
    }

    @Nested
    class AuthorizationsEmpty {
        final Rule rule = new AuthorizationsEmptyRule();

        @Test
        void firesWithoutPermanentAuthorizations() {
            single(run(rule, valid().authorizations().build()), "authorizations-empty", "no permanent authorization");
        }

        @Test
        void quietWithOne() {
            assertThat(run(rule, valid().authorizations(auth(OPS, "Reader")).build())).isEmpty();
        }
    }

    @Nested
    class AuthorizationDuplicate {
        final Rule rule = new AuthorizationDuplicateRule();

        @Test
        void firesOnTheSamePrincipalAndRoleTwice() {
            single(run(rule, valid().add(auth(OPS.toUpperCase(), "reader")).build()), "authorization-duplicate",
                    "twice in authorizations");
            single(run(rule, valid().eligible(eligible(ENGINEERS, "Contributor"), eligible(ENGINEERS, "Contributor"))
                    .build()), "authorization-duplicate", "twice in eligibleAuthorizations");
        }

        @Test
        void quietForOnePrincipalWithTwoRoles() {
            assertThat(run(rule, valid().build())).isEmpty();
        }
    }

    @Nested
    class DisplayNameMissing {
        final Rule rule = new DisplayNameMissingRule();

        @Test
        void firesForAuthorizationsEligibleAndApprovers() {
            var a = auth(OPS, "Reader");
            var nameless = new Delegation.Authorization(a.principalId(), null, null, a.roleDefinitionId(), null, a.at());
            single(run(rule, valid().add(nameless).build()), "display-name-missing", "authorization for principal");
            var ap = new Delegation.Approver(Fixture.located(APPROVERS), Fixture.located(" "), "Group", Fixture.at(90));
            single(run(rule, valid().eligible(eligible(ENGINEERS, "Group", "Contributor", "Azure", "PT4H", List.of(ap)))
                    .build()), "display-name-missing", "approver");
        }

        @Test
        void quietWhenNamed() {
            assertThat(run(rule, valid().build())).isEmpty();
        }
    }

    @Nested
    class EligibleRoleRestricted {
        final Rule rule = new EligibleRoleRestrictedRule();

        @Test
        void firesOnEligibleOwnerAndUaa() {
            single(run(rule, valid().eligible(eligible(ENGINEERS, "Owner")).build()), "eligible-role-restricted",
                    "Owner");
            single(run(rule, valid().eligible(eligible(ENGINEERS, "User Access Administrator")).build()),
                    "eligible-role-restricted", "User Access Administrator");
        }

        @Test
        void quietForContributor() {
            assertThat(run(rule, valid().build())).isEmpty();
        }
    }

    @Nested
    class EligibleDuration {
        final Rule rule = new EligibleDurationRule();

        @Test
        void firesOutsideTheRangeAndOnGarbage() {
            for (String bad : List.of("PT9H", "PT29M", "-PT1H", "P1D")) {
                single(run(rule, valid().eligible(eligible(ENGINEERS, "Group", "Contributor", "Azure", bad, List.of()))
                        .build()), "eligible-duration", "outside PT30M..PT8H");
            }
            single(run(rule, valid().eligible(eligible(ENGINEERS, "Group", "Contributor", "Azure", "4 hours", List.of()))
                    .build()), "eligible-duration", "not an ISO 8601 duration");
        }

        @Test
        void quietOnTheBoundsAndWhenAbsent() {
            for (String ok : List.of("PT30M", "PT8H", "PT6H30M")) {
                assertThat(run(rule, valid().eligible(eligible(ENGINEERS, "Group", "Contributor", "Azure", ok,
                        List.of())).build())).as(ok).isEmpty();
            }
            assertThat(run(rule, valid().eligible(eligible(ENGINEERS, "Group", "Contributor", "Azure", null, List.of()))
                    .build())).isEmpty();
        }
    }

    @Nested
    class EligibleMfaProvider {
        final Rule rule = new EligibleMfaProviderRule();

        @Test
        void firesOnAnythingButAzureOrNone() {
            single(run(rule, valid().eligible(eligible(ENGINEERS, "Group", "Contributor", "azure", "PT4H", List.of()))
                    .build()), "eligible-mfa-provider", "'azure'");
        }

        @Test
        void quietForAzureAndNone() {
            assertThat(run(rule, valid().eligible(eligible(ENGINEERS, "Group", "Contributor", "None", "PT4H", List.of()))
                    .build())).isEmpty();
            assertThat(run(rule, valid().build())).isEmpty();
        }
    }

    @Nested
    class EligibleApproversLimit {
        final Rule rule = new EligibleApproversLimitRule();

        private Delegation withApprovers(int n) {
            var approvers = IntStream.range(0, n)
                    .mapToObj(i -> approver(String.format("2c3d4e5f-6a7b-4c8d-9e0f-%012d", i))).toList();
            return valid().eligible(eligible(ENGINEERS, "Group", "Contributor", "Azure", "PT4H", approvers)).build();
        }

        @Test
        void firesAboveTen() {
            single(run(rule, withApprovers(11)), "eligible-approvers-limit", "11 approvers");
        }

        @Test
        void quietAtTen() {
            assertThat(run(rule, withApprovers(10))).isEmpty();
        }
    }

    @Nested
    class EligiblePolicyConflict {
        final Rule rule = new EligiblePolicyConflictRule();

        @Test
        void firesOnOneRoleWithTwoPolicies() {
            Delegation d = valid().eligible(eligible(ENGINEERS, "Group", "Contributor", "Azure", "PT4H", List.of()),
                    eligible(OPS, "Group", "Contributor", "Azure", "PT2H", List.of())).build();
            single(run(rule, d), "eligible-policy-conflict", "different just-in-time policies");
        }

        @Test
        void quietWhenPoliciesMatchAfterDefaultsAndApproverOrder() {
            var a1 = approver(APPROVERS);
            var a2 = approver(OPS);
            Delegation d = valid().eligible(eligible(ENGINEERS, "Group", "Contributor", null, null, List.of(a1, a2)),
                    eligible(DEPLOYER, "Group", "Contributor", "None", "PT8H", List.of(a2, a1))).build();
            assertThat(run(rule, d)).isEmpty();
        }
    }

    @Nested
    class EligibleServicePrincipal {
        final Rule rule = new EligibleServicePrincipalRule();

        @Test
        void firesOnAServicePrincipalAndOnThePecAccount() {
            single(run(rule, valid().eligible(eligible(DEPLOYER, "ServicePrincipal", "Contributor", "Azure", "PT4H",
                    List.of())).build()), "eligible-service-principal", "is a service principal");
            single(run(rule, valid().eligible(eligible(ENGINEERS, "Group", "Contributor", "Azure", "PT4H",
                    List.of(approver(PEC)))).build()), "eligible-service-principal", "PEC Automation Account");
        }

        @Test
        void quietForGroupsAndUnknownTypes() {
            assertThat(run(rule, valid().build())).isEmpty();
            assertThat(run(rule, valid().eligible(eligible(ENGINEERS, null, "Contributor", "Azure", "PT4H", List.of()))
                    .build())).isEmpty();
        }
    }

    @Nested
    class ApiVersion {
        final Rule rule = new ApiVersionRule();

        @Test
        void firesOnAnUnpublishedVersionAndOnEligibleBelow2020() {
            single(run(rule, valid().set(b -> b.apiVersion = "2019-04-01").build()), "api-version", "does not exist");
            single(run(rule, valid().set(b -> b.apiVersion = "2019-09-01").build()), "api-version",
                    "2020-02-01-preview");
        }

        @Test
        void quietForOldVersionsWithoutEligibleAndForCurrentOnes() {
            assertThat(run(rule, valid().eligible().set(b -> b.apiVersion = "2019-06-01").build())).isEmpty();
            assertThat(run(rule, valid().set(b -> b.apiVersion = "2020-02-01-preview").build())).isEmpty();
        }
    }

    @Nested
    class TemplateStructure {
        final Rule rule = new TemplateStructureRule();

        @Test
        void firesWithoutManagingTenantOrOfferName() {
            single(run(rule, valid().set(b -> b.managing = null).build()), "template-structure", "managedByTenantId");
            single(run(rule, valid().set(b -> b.offerName = "").build()), "template-structure",
                    "registrationDefinitionName");
        }

        @Test
        void quietWhenBothPresent() {
            assertThat(run(rule, valid().build())).isEmpty();
        }
    }

    @Nested
    class OfferCollision {
        final Rule rule = new OfferCollisionRule();

        @Test
        void firesOnTwoOffersWithOneNameOnOneSubscription() {
            Delegation a = valid().build();
            Delegation b = valid().set(x -> x.offerKey = "premium").set(x -> x.offerName = "contoso managed services")
                    .build();
            Finding f = single(Fixture.runScope(rule, List.of(a, b)), "offer-collision", "also used by offer 'standard'");
            assertThat(f.subject().offer()).isEqualTo("premium");
        }

        @Test
        void quietForDistinctNames() {
            Delegation b = valid().set(x -> x.offerKey = "premium").set(x -> x.offerName = "Premium").build();
            assertThat(Fixture.runScope(rule, List.of(valid().build(), b))).isEmpty();
        }
    }

    @Nested
    class NoRegistrationDeleteRole {
        final Rule rule = new NoRegistrationDeleteRoleRule();

        @Test
        void firesWhenNobodyCanRemoveTheDelegation() {
            Delegation d = valid().authorizations(auth(OPS, "Reader"), auth(PEC, "Contributor")).build();
            single(run(rule, d), "no-registration-delete-role", "only the customer can remove");
        }

        @Test
        void quietWhenSomeoneHoldsIt() {
            assertThat(run(rule, valid().build())).isEmpty();
        }
    }

    @Nested
    class EligibleWithoutReader {
        final Rule rule = new EligibleWithoutReaderRule();

        @Test
        void firesWhenTheEligiblePrincipalCannotRead() {
            Delegation d = valid().without(ENGINEERS).add(auth(ENGINEERS, "Log Analytics Reader")).build();
            single(run(rule, d), "eligible-without-reader", ENGINEERS);
        }

        @Test
        void quietWithReaderOrAReaderIncludingRole() {
            assertThat(run(rule, valid().build())).isEmpty();
            assertThat(run(rule, valid().without(ENGINEERS).add(auth(ENGINEERS, "Monitoring Reader")).build())).isEmpty();
        }
    }

    @Nested
    class AuthorizationCount {
        final Rule rule = new AuthorizationCountRule();

        private Delegation withReaders(int n) {
            var b = valid().eligible();
            b.authorizations = new java.util.ArrayList<>(Collections.nCopies(0, null));
            for (int i = 0; i < n; i++) {
                b.authorizations.add(auth(String.format("0b9c8d7e-6f5a-4b3c-8d2e-%012d", i), "Reader"));
            }
            return b.build();
        }

        @Test
        void firesAboveTwenty() {
            single(run(rule, withReaders(21)), "authorization-count", "21 authorizations");
        }

        @Test
        void quietAtTwenty() {
            assertThat(run(rule, withReaders(20))).isEmpty();
        }
    }

    @Nested
    class RoleCatalogStale {
        final Rule rule = new RoleCatalogStaleRule();

        @Test
        void firesOnARoleWhoseDataActionsChangedRecently() {
            single(run(rule, valid().add(auth(OPS, "Log Analytics Contributor")).build()), "role-catalog-stale",
                    "Log Analytics Contributor");
        }

        @Test
        void firesOnAnOldCatalogOnce() {
            RuleContext old = new RuleContext(Fixture.CATALOG, Fixture.CATALOG.asOf().plusDays(181), 180);
            Finding f = RoleCatalogStaleRule.catalogAge(RuleSet.defaults(), old, Fixture.at(1));
            assertThat(f).isNotNull();
            assertThat(f.message()).contains("181 days old");
        }

        @Test
        void quietForStableRolesAndAFreshCatalog() {
            assertThat(run(rule, valid().build())).isEmpty();
            RuleContext fresh = new RuleContext(Fixture.CATALOG, Fixture.CATALOG.asOf().plusDays(180), 180);
            assertThat(RoleCatalogStaleRule.catalogAge(RuleSet.defaults(), fresh, Fixture.at(1))).isNull();
        }
    }
}
