package io.github.azlighthouse.diff;

import static io.github.azlighthouse.diff.Lists.BASE;
import static io.github.azlighthouse.diff.Lists.FABRIKAM_1;
import static io.github.azlighthouse.diff.Lists.FABRIKAM_2;
import static io.github.azlighthouse.diff.Lists.NORTHWIND_1;
import static io.github.azlighthouse.diff.Lists.diff;
import static io.github.azlighthouse.diff.Lists.edit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Differ} on pairs of customer lists: one test per kind of change, and the rules' findings. */
class DifferTest {

    @TempDir
    Path dir;

    static final String NO_OP = """
            # the same list, rewritten: comments, key order, flow and block style, list order
            customers:   # customers first: read again, header first
              - name: Northwind Traders
                id: northwind
                subscriptions: [{ subscriptionId: b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e }]
                offers: [standard]
                tenantId: a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d
              - id: fabrikam
                tenantId: 7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a
                name: Fabrikam Ltd
                offers:
                  - standard
                subscriptions:
                  - resourceGroups: [rg-data, rg-web]
                    subscriptionId: 9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c
                  - subscriptionId: 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b
            offers:
              standard:
                eligibleAuthorizations:
                  - principal: tier2
                    role: contributor          # names match case-insensitively
                    approvers: [approvers]
                    multiFactorAuth: true
                    maximumActivationDuration: PT240M
                authorizations:
                  - { principal: tier2, role: acdd72a7-3385-48ef-bd42-f606fba81ae7 }   # Reader by GUID
                  - { principal: tier1, role: Managed Services Registration assignment Delete Role }
                  - { principal: tier1, role: Reader }
                name: Contoso Managed Services
            principals:
              approvers: { displayName: PIM Approvers, principalId: 2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f, type: Group }
              tier2: { principalId: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d, displayName: Tier 2 Engineers, type: Group }
              tier1: { principalId: 0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e, displayName: Tier 1 Support, type: Group }
            pecAutomationAccount: { role: Contributor, principalId: 3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f, displayName: PEC Automation Account }
            partnerId: "1234567"
            managingTenantId: 6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181
            """;

    @Test
    void aRewriteThatGrantsTheSameIsNoChange() throws IOException {
        Lists.Outcome o = diff(dir, BASE, NO_OP);
        assertThat(o.result().compared()).isTrue();
        assertThat(o.lines()).isEmpty();
        assertThat(o.findings()).isEmpty();
        assertThat(o.result().baselineCustomers()).isEqualTo(2);
        assertThat(o.result().currentCustomers()).isEqualTo(2);
        assertThat(diff(dir, NO_OP, BASE).lines()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("baseline.yaml", "customers.yaml"); // scratch files are gone
        }
    }

    @Test
    void aRoleChangeRemovesOneGrantAndAddsAnother() throws IOException {
        Lists.Outcome o = diff(
                dir,
                BASE,
                edit(BASE, "{ principal: tier2, role: Reader }", "{ principal: tier2, role: Monitoring Reader }"));
        assertThat(o.lines())
                .containsExactly(
                        "permanent-access-added fabrikam " + FABRIKAM_1
                                + " subscription standard Tier 2 Engineers Monitoring Reader: null -> permanent",
                        "permanent-access-removed fabrikam " + FABRIKAM_1
                                + " subscription standard Tier 2 Engineers Reader: permanent -> null",
                        "permanent-access-added fabrikam " + FABRIKAM_2
                                + " resource groups rg-data, rg-web standard Tier 2 Engineers Monitoring Reader: null -> permanent",
                        "permanent-access-removed fabrikam " + FABRIKAM_2
                                + " resource groups rg-data, rg-web standard Tier 2 Engineers Reader: permanent -> null",
                        "permanent-access-added northwind " + NORTHWIND_1
                                + " subscription standard Tier 2 Engineers Monitoring Reader: null -> permanent",
                        "permanent-access-removed northwind " + NORTHWIND_1
                                + " subscription standard Tier 2 Engineers Reader: permanent -> null");
        Change added = o.changes().get(0);
        assertThat(added.principalId()).isEqualTo(Lists.TIER2);
        assertThat(added.roleId()).isEqualTo("43d0d8ad-25c7-4714-9337-8ba259a9fe05");
        assertThat(o.findings()).isEmpty();
        assertThat(o.result().counts())
                .isEqualTo(Map.of(ChangeKind.PERMANENT_ACCESS_ADDED, 3, ChangeKind.PERMANENT_ACCESS_REMOVED, 3));
        assertThat(o.result().changedCustomers()).isEqualTo(2);
    }

    @Test
    void justInTimePolicyChangesAreNamed() throws IOException {
        Lists.Outcome o = diff(
                dir,
                BASE,
                edit(
                        BASE,
                        "maximumActivationDuration: PT4H, multiFactorAuth: true, approvers: [approvers] }",
                        "maximumActivationDuration: PT2H, approvers: [tier1] }"));
        assertThat(o.lines())
                .filteredOn(l -> l.contains(NORTHWIND_1))
                .containsExactly(
                        "jit-duration-changed northwind " + NORTHWIND_1
                                + " subscription standard Tier 2 Engineers Contributor: PT4H -> PT2H",
                        "jit-mfa-changed northwind " + NORTHWIND_1
                                + " subscription standard Tier 2 Engineers Contributor: Azure -> None",
                        "approver-added northwind " + NORTHWIND_1
                                + " subscription standard Tier 1 Support Contributor: null -> approves"
                                + " just-in-time 'Contributor' for 'Tier 2 Engineers'",
                        "approver-removed northwind " + NORTHWIND_1
                                + " subscription standard PIM Approvers Contributor: approves"
                                + " just-in-time 'Contributor' for 'Tier 2 Engineers' -> null");
        assertThat(o.findings()).isEmpty();
    }

    @Test
    void eligibleAccessAddedAndRemoved() throws IOException {
        Lists.Outcome o = diff(
                dir,
                BASE,
                edit(BASE, "{ principal: tier2, role: Contributor,", "{ principal: tier1, role: Contributor,"));
        assertThat(o.lines())
                .filteredOn(l -> l.contains(NORTHWIND_1))
                .containsExactly(
                        "eligible-access-added northwind " + NORTHWIND_1
                                + " subscription standard Tier 1 Support Contributor: null"
                                + " -> just-in-time up to PT4H, MFA Azure, approvers 'PIM Approvers'",
                        "eligible-access-removed northwind " + NORTHWIND_1
                                + " subscription standard Tier 2 Engineers Contributor:"
                                + " just-in-time up to PT4H, MFA Azure, approvers 'PIM Approvers' -> null");
    }

    @Test
    void anOfferRenameIsAChangeAndAWarningAtTheName() throws IOException {
        String current = edit(BASE, "name: Contoso Managed Services", "name: Contoso Managed Services Plus");
        Lists.Outcome o = diff(dir, BASE, current);
        assertThat(o.lines())
                .containsExactly(
                        "offer-renamed fabrikam " + FABRIKAM_1
                                + " subscription standard: Contoso Managed Services -> Contoso Managed Services Plus",
                        "offer-renamed fabrikam " + FABRIKAM_2
                                + " resource groups rg-data, rg-web standard: Contoso Managed Services -> Contoso Managed Services Plus",
                        "offer-renamed northwind " + NORTHWIND_1
                                + " subscription standard: Contoso Managed Services -> Contoso Managed Services Plus");
        assertThat(o.findings()).hasSize(3).allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("offer-renamed");
            assertThat(f.isError()).isFalse();
            assertThat(f.position().toString()).isEqualTo("customers.yaml:13:11");
            assertThat(f.message())
                    .contains("you must remove access to the previous delegation before deploying the new"
                            + " offer: the new offer keeps 'Tier 1 Support'");
        });
    }

    @Test
    void aPecRegressionThroughTheRoleIsAnErrorAtTheRole() throws IOException {
        Lists.Outcome o = diff(dir, BASE, edit(BASE, "  role: Contributor\n", "  role: Reader\n"));
        assertThat(o.lines())
                .filteredOn(l -> l.contains(NORTHWIND_1))
                .containsExactly(
                        "permanent-access-added northwind " + NORTHWIND_1
                                + " subscription standard PEC Automation Account Reader: null -> permanent",
                        "permanent-access-removed northwind " + NORTHWIND_1
                                + " subscription standard PEC Automation Account Contributor: permanent -> null",
                        "pec-gate-changed northwind " + NORTHWIND_1 + " subscription standard: ok -> not-eligible");
        assertThat(o.findings()).hasSize(3).allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("pec-regression");
            assertThat(f.isError()).isTrue();
            assertThat(f.position().toString()).isEqualTo("customers.yaml:6:9");
            assertThat(f.message()).contains("now holds only 'Reader' (acdd72a7-3385-48ef-bd42-f606fba81ae7)");
        });
        assertThat(o.findings())
                .extracting(f -> f.subject().customerId() + "/" + f.subject().subscriptionId())
                .containsExactly("fabrikam/" + FABRIKAM_1, "fabrikam/" + FABRIKAM_2, "northwind/" + NORTHWIND_1);
    }

    @Test
    void aPecRegressionThroughInjectFalseIsAnErrorAtTheOffer() throws IOException {
        // with the PEC rules of generate at warning the list still generates; diff still says what is lost
        RuleSet rules = RuleSet.defaults().configure(Map.of("pec-account-missing", "warning"), new ArrayList<>());
        Lists.Outcome o =
                diff(dir, BASE, edit(BASE, "  role: Contributor\n", "  role: Contributor\n  inject: false\n"), rules);
        assertThat(o.lines())
                .filteredOn(l -> l.contains(NORTHWIND_1))
                .containsExactly(
                        "permanent-access-removed northwind " + NORTHWIND_1
                                + " subscription standard PEC Automation Account Contributor: permanent -> null",
                        "pec-gate-changed northwind " + NORTHWIND_1 + " subscription standard: ok -> missing");
        assertThat(o.findings()).hasSize(3).allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("pec-regression");
            assertThat(f.position().toString()).isEqualTo("customers.yaml:15:5");
            assertThat(f.message()).contains("is no longer among the delegation's permanent authorizations");
        });
    }

    @Test
    void resourceGroupsAndScopes() throws IOException {
        Lists.Outcome o = diff(
                dir,
                BASE,
                edit(
                        BASE,
                        "resourceGroups: [rg-web, rg-data]",
                        "resourceGroups: [rg-web, rg-ops]",
                        "  - subscriptionId: b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e\n",
                        "  - subscriptionId: b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e\n        resourceGroups: [rg-one]\n"));
        assertThat(o.lines())
                .containsExactly(
                        "resource-group-added fabrikam " + FABRIKAM_2 + " resource group rg-ops: null -> rg-ops",
                        "resource-group-removed fabrikam " + FABRIKAM_2 + " resource group rg-data: rg-data -> null",
                        "scope-changed northwind " + NORTHWIND_1
                                + " resource groups rg-one: subscription -> resource groups rg-one");
    }

    @Test
    void subscriptionsAddedAndRemoved() throws IOException {
        Lists.Outcome o = diff(
                dir, BASE, edit(BASE, "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e", "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f"));
        assertThat(o.lines())
                .startsWith(
                        "subscription-removed northwind " + NORTHWIND_1 + " subscription: subscription -> null",
                        "offer-removed northwind " + NORTHWIND_1
                                + " subscription standard: 'Contoso Managed Services': 4 permanent,"
                                + " 1 eligible; PEC gate ok -> null",
                        "subscription-added northwind c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f subscription: null -> subscription",
                        "offer-added northwind c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f subscription standard: null -> 'Contoso Managed"
                                + " Services': 4 permanent, 1 eligible; PEC gate ok");
        assertThat(o.lines())
                .filteredOn(l -> l.startsWith("permanent-access-added"))
                .hasSize(4);
        assertThat(o.lines())
                .filteredOn(l -> l.startsWith("eligible-access-added"))
                .hasSize(1);
        assertThat(o.findings()).isEmpty(); // the PEC account's Contributor in a new delegation is expected
    }

    @Test
    void customersAddedAndRemovedComeAfterTheChangedOnesInListOrder() throws IOException {
        Lists.Outcome o = diff(
                dir,
                BASE,
                edit(BASE, "id: northwind", "id: woodgrove", "name: Fabrikam Ltd", "name: Fabrikam Limited"));
        assertThat(o.customers()).extracting(CustomerChanges::customer).containsExactly("woodgrove", "northwind");
        assertThat(o.lines())
                .contains(
                        "customer-added woodgrove: null -> Northwind Traders: 1 subscription",
                        "customer-removed northwind: Northwind Traders: 1 subscription -> null");
        assertThat(o.customers().get(1).title()).isEqualTo("northwind (Northwind Traders)");
    }

    @Test
    void offersAddedPrivilegedAccessAndDelegatedRoles() throws IOException {
        String withSecurity = edit(
                BASE,
                "customers:\n",
                """
                  security:
                    name: Contoso Security Operations
                    authorizations:
                      - { principal: tier1, role: Security Reader }
                      - { principal: { principalId: 4e5f6a7b-8c9d-4e0f-8a1b-2c3d4e5f6a7b, displayName: Policy Deploy SP, type: ServicePrincipal }, role: User Access Administrator, delegatedRoles: [Contributor] }
                customers:
                """,
                "offers: [standard]\n    subscriptions:\n      - subscriptionId: b1c2",
                "offers: [standard, security]\n    subscriptions:\n      - subscriptionId: b1c2");
        Lists.Outcome o = diff(dir, BASE, withSecurity);
        assertThat(o.lines())
                .startsWith("offer-added northwind " + NORTHWIND_1 + " subscription security: null ->"
                        + " 'Contoso Security Operations': 3 permanent, 0 eligible; PEC gate ok");
        assertThat(o.lines())
                .contains("permanent-access-added northwind " + NORTHWIND_1 + " subscription security Policy"
                        + " Deploy SP User Access Administrator: null -> permanent, may assign 'Contributor'");
        assertThat(o.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("privileged-access-added");
            assertThat(f.message()).contains("permanent 'User Access Administrator'");
            assertThat(f.position().line()).isEqualTo(24);
        });
        Lists.Outcome roles = diff(
                dir,
                withSecurity,
                edit(
                        withSecurity,
                        "delegatedRoles: [Contributor]",
                        "delegatedRoles: [Contributor, Monitoring Contributor]"));
        assertThat(roles.lines())
                .containsExactly(
                        "delegated-roles-changed northwind " + NORTHWIND_1 + " subscription"
                                + " security Policy Deploy SP User Access Administrator: 'Contributor' -> 'Contributor', 'Monitoring Contributor'");
        Lists.Outcome removed = diff(dir, withSecurity, BASE);
        assertThat(removed.lines())
                .containsExactly("offer-removed northwind " + NORTHWIND_1 + " subscription security:"
                        + " 'Contoso Security Operations': 3 permanent, 0 eligible; PEC gate ok -> null");
    }

    @Test
    void tenantsAndThePecAccountOfTheWholeList() throws IOException {
        Lists.Outcome o = diff(
                dir,
                BASE,
                edit(
                        BASE,
                        "managingTenantId: 6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181",
                        "managingTenantId: 6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607182",
                        "principalId: 3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f",
                        "principalId: 3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e50",
                        "tenantId: a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d",
                        "tenantId: a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3e"));
        assertThat(o.customers().get(0).customer()).isNull();
        assertThat(o.customers().get(0).title()).isEqualTo("all customers");
        assertThat(o.lines())
                .startsWith(
                        "managing-tenant-changed: 6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181 -> 6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607182",
                        "pec-account-changed PEC Automation Account: 3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f -> 3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e50");
        assertThat(o.lines())
                .contains("customer-tenant-changed northwind: a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d ->"
                        + " a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3e");
        assertThat(o.lines()).filteredOn(l -> l.startsWith("pec-gate")).isEmpty(); // the new account holds the gate
    }

    @Test
    void brokenListsAreFindingsAndNoChanges() throws IOException {
        Lists.Outcome current = diff(
                dir,
                BASE,
                edit(
                        BASE,
                        "offers: [standard]\n    subscriptions:\n      - subscriptionId: b1c2",
                        "offers: [premium]\n    subscriptions:\n      - subscriptionId: b1c2"));
        assertThat(current.result().compared()).isFalse();
        assertThat(current.changes()).isEmpty();
        assertThat(current.findings()).extracting(Finding::ruleId).containsExactly("input-invalid");
        assertThat(current.findings().get(0).position().toString()).startsWith("customers.yaml:");
        Lists.Outcome baseline = diff(dir, edit(BASE, "managingTenantId:", "managingTenant:"), BASE);
        assertThat(baseline.result().compared()).isFalse();
        assertThat(baseline.findings())
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.position().file()).isEqualTo("baseline.yaml"));
    }
}
