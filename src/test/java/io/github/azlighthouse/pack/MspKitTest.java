package io.github.azlighthouse.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.Expected;
import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.customers.CustomerList.Customer;
import io.github.azlighthouse.customers.CustomerListReader;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.SourceParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kits of a managed-service provider's list ({@code src/test/resources/msp/customers.yaml}): an offer on one
 * subscription only, customer-specific principals, a management group delegated through Azure Policy. Each
 * customer's archive holds its kit and nothing that names another customer; the scripts run against a stand-in az.
 */
class MspKitTest {

    static final Path MSP = Expected.BASEDIR.resolve("src/test/resources/msp/customers.yaml");
    static final String NORTHWIND_TENANT = "a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d";
    static final String UNDER_MG = "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a";

    @TempDir
    Path dir;

    PackageResult result;
    CustomerList list;

    @BeforeEach
    void pack() throws IOException {
        Path generated = dir.resolve("target/lighthouse");
        Kits.generate(MSP, dir, generated);
        result = Kits.pack(MSP, dir, generated, dir.resolve("target/msp-onboarding.zip"), "test");
        assertThat(result.refused()).as(String.valueOf(result.refusal())).isFalse();
        list = new CustomerListReader(new SourceParser())
                .read(MSP, "customers.yaml")
                .list();
    }

    Map<String, byte[]> archive(String customer) throws IOException {
        return Kits.entries(dir.resolve("target/msp-onboarding-" + customer + ".zip"));
    }

    static String text(Map<String, byte[]> entries) {
        StringBuilder all = new StringBuilder();
        entries.forEach(
                (name, bytes) -> all.append(name).append('\n').append(new String(bytes, StandardCharsets.UTF_8)));
        return all.toString();
    }

    /** Everything that identifies a customer: id, name, tenant, subscriptions, resource groups, management groups, own principals. */
    static Set<String> identifiers(Customer c) {
        Set<String> ids =
                new TreeSet<>(List.of(c.id().value(), c.name(), c.tenantId().value()));
        c.subscriptions().forEach(s -> {
            ids.add(s.subscriptionId().value());
            s.resourceGroups().stream().map(Located::value).forEach(ids::add);
        });
        c.managementGroups().stream().map(Located::value).forEach(ids::add);
        c.principals().values().forEach(p -> {
            ids.add(p.principalId().value());
            ids.add(p.displayName().value());
        });
        return ids;
    }

    @Test
    void aCustomersArchiveNamesNoOtherCustomer() throws IOException {
        assertThat(result.archives())
                .extracting(PackageResult.Archive::classifier)
                .containsExactly("onboarding-fabrikam", "onboarding-northwind", "onboarding");
        for (Customer c : list.customers()) {
            String kit = text(archive(c.id().value())).toLowerCase(java.util.Locale.ROOT);
            assertThat(kit).contains(c.tenantId().value(), c.id().value());
            for (Customer other : list.customers()) {
                if (!other.equals(c)) {
                    for (String id : identifiers(other)) {
                        assertThat(kit)
                                .as(c.id().value() + "'s archive names "
                                        + other.id().value() + "'s " + id)
                                .doesNotContain(id.toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        // the partner's archive has the full manifest and the reports: every customer is there
        String partner = text(Kits.entries(dir.resolve("target/msp-onboarding.zip")));
        list.customers()
                .forEach(c -> assertThat(partner).contains(c.tenantId().value(), "onboarding-" + c.id().value()));
    }

    /** The management-group template is checked again before packaging, the PEC gate on its embedded delegation. */
    @Test
    void anEditedManagementGroupTemplateThatLosesPecIsNotShipped() throws IOException {
        Path generated = dir.resolve("target/lighthouse");
        Path params = generated.resolve("northwind/management-groups/northwind-prod/standard.parameters.json");
        Files.writeString(
                params,
                Files.readString(params)
                        .replace("b24988ac-6180-42a0-ab88-20f7382dd24c", "acdd72a7-3385-48ef-bd42-f606fba81ae7"));
        PackageResult r = Kits.pack(MSP, dir, generated, dir.resolve("again/msp-onboarding.zip"), "test");
        assertThat(r.refusal()).contains("no longer pass the rules");
        assertThat(r.findings())
                .extracting(f -> f.ruleId() + " " + f.position().file() + " "
                        + f.subject().describe())
                .containsExactly("pec-role-not-eligible target/lighthouse/northwind/management-groups/northwind-prod/"
                        + "standard.parameters.json customer 'northwind', management group 'northwind-prod', offer"
                        + " 'Contoso Managed Services'");
        assertThat(dir.resolve("again")).doesNotExist();
    }

    @Test
    void aSubscriptionsOwnOffersReachOnlyThatSubscription() throws IOException {
        Set<String> fabrikam = archive("fabrikam").keySet();
        assertThat(fabrikam)
                .contains(
                        "fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/backup.json",
                        "fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/standard.json",
                        "fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/standard.json");
        assertThat(fabrikam).doesNotContain("fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/backup.json");
        assertThat(archive("northwind").keySet()).noneMatch(n -> n.contains("backup"));
        String readme = new String(archive("fabrikam").get("fabrikam/README.md"), StandardCharsets.UTF_8);
        assertThat(readme)
                .contains("| `9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c` | resource groups `rg-fabrikam-web` |"
                        + " Contoso Backup Operations |")
                .doesNotContain("| `8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b` | whole"
                        + " subscription | Contoso Backup Operations |");
    }

    @Test
    void aCustomersOwnPrincipalsReachOnlyItsDelegations() throws IOException {
        String fabrikam = text(archive("fabrikam"));
        String northwind = text(archive("northwind"));
        // fabrikam adds 'dedicated'; northwind adds it too and overrides tier1
        assertThat(fabrikam).contains("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d", "0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e");
        assertThat(northwind)
                .contains("6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e", "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f")
                .doesNotContain("0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e");
        String policy = new String(
                archive("northwind").get("northwind/management-groups/northwind-prod/standard.parameters.json"),
                StandardCharsets.UTF_8);
        assertThat(policy).contains("Northwind Team", "Northwind Tier 1", "3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f");
    }

    @Test
    void everyScriptPassesBashSyntaxCheckAndShellcheckAndEveryKitHasItsPowerShell() throws Exception {
        Path kit = Kits.unpack(result, dir.resolve("kit"));
        List<Path> scripts = new ArrayList<>();
        try (var walk = Files.walk(kit)) {
            walk.filter(p -> p.toString().endsWith(".sh")).sorted().forEach(scripts::add);
        }
        assertThat(scripts).hasSize(6);
        boolean shellcheck = Kits.shellcheck(kit);
        for (Path s : scripts) {
            Kits.Run syntax = Kits.run(kit, Map.of(), "bash", "-n", s.toString());
            assertThat(syntax.status()).as(s + ": " + syntax.output()).isZero();
            if (shellcheck) {
                Kits.Run lint = Kits.run(kit, Map.of(), "shellcheck", s.toString());
                assertThat(lint.status()).as(s + ": " + lint.output()).isZero();
            }
        }
        for (String c : List.of("fabrikam", "northwind")) {
            assertThat(kit.resolve(c))
                    .isDirectoryContaining("glob:**/deploy.ps1")
                    .isDirectoryContaining("glob:**/offboard.ps1");
        }
    }

    @Test
    void deployShDeploysTheManagementGroupAndStartsItsRemediation() throws Exception {
        Path kit = Kits.unpack(result, dir.resolve("kit"));
        Path log = dir.resolve("az.log");
        Kits.Run r = Kits.run(
                kit.resolve("northwind"),
                Kits.azEnv(Kits.standInAz(dir), log, NORTHWIND_TENANT, "AZ_UNDER_MG", UNDER_MG),
                "./deploy.sh");
        assertThat(r.status()).as(r.output()).isZero();
        List<String> calls = Files.readAllLines(log);
        String group = "/providers/Microsoft.Management/managementGroups/northwind-prod";
        assertThat(calls)
                .containsSubsequence(
                        "role assignment list --assignee 99999999-8888-4777-8666-555555555555 --scope " + group
                                + " --include-inherited --include-groups --query [].roleDefinitionName --output tsv",
                        "account management-group subscription show-sub-under-mg --name northwind-prod --query [].name --output tsv",
                        "provider show --namespace Microsoft.ManagedServices --subscription " + UNDER_MG
                                + " --query registrationState --output tsv",
                        "deployment sub create --subscription b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e --location westeurope --name"
                                + " lighthouse-standard-55075e13 --template-file b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.json"
                                + " --parameters @b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.parameters.json --output none",
                        "deployment mg create --management-group-id northwind-prod --location westeurope --name"
                                + " lighthouse-standard-001a8bed --template-file management-groups/northwind-prod/standard.json"
                                + " --parameters @management-groups/northwind-prod/standard.parameters.json --output none");
        String remediation = calls.get(calls.size() - 1);
        assertThat(remediation)
                .matches(
                        "policy remediation create --name lighthouse-standard-001a8bed-[0-9]{14}"
                                + " --management-group northwind-prod --policy-assignment " + group
                                + "/providers/Microsoft.Authorization/policyAssignments/lighthouse-4deb2660a5a33 --output none");
        assertThat(r.output())
                .contains("Done: 2 delegations deployed.", "a new assignment's first scan takes up to 30" + " minutes");
    }

    @Test
    void deployShRefusesAManagementGroupItMayNotDelegate() throws Exception {
        Path kit = Kits.unpack(result, dir.resolve("kit"));
        Path log = dir.resolve("az.log");
        Kits.Run r = Kits.run(
                kit.resolve("northwind"),
                Kits.azEnv(
                        Kits.standInAz(dir),
                        log,
                        NORTHWIND_TENANT,
                        "AZ_MG_ROLES",
                        "Contributor\nResource Policy Contributor"),
                "./deploy.sh");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.output())
                .contains("deploy.sh: the signed-in account (99999999-8888-4777-8666-555555555555) may"
                        + " not create role assignments on management group northwind-prod: the policy assignment and its"
                        + " identity's role assignment need Owner there");
        assertThat(Files.readAllLines(log)).noneMatch(l -> l.startsWith("deployment") || l.startsWith("policy"));
    }

    @Test
    void offboardShRemovesThePolicyThenWhatItDelegated() throws Exception {
        Path kit = Kits.unpack(result, dir.resolve("kit"));
        Path log = dir.resolve("az.log");
        Kits.Run r = Kits.run(
                kit.resolve("northwind"),
                Kits.azEnv(Kits.standInAz(dir), log, NORTHWIND_TENANT, "AZ_UNDER_MG", UNDER_MG),
                "./offboard.sh");
        assertThat(r.status()).as(r.output()).isZero();
        String group = "/providers/Microsoft.Management/managementGroups/northwind-prod";
        String definition = "001a8bed-6e5b-3163-a6c6-87a703894b78";
        assertThat(Files.readAllLines(log))
                .containsSubsequence(
                        "role assignment delete --ids " + group + "/providers/Microsoft.Authorization/roleAssignments/"
                                + "bc0ff295-812c-3568-997e-27b892d2c9ab",
                        "policy assignment delete --name lighthouse-4deb2660a5a33 --scope " + group,
                        "policy definition delete --name 07c7d2fa-4750-386c-9dbc-d73b31b48ed9 --management-group northwind-prod",
                        "account management-group subscription show-sub-under-mg --name northwind-prod --query [].name --output tsv",
                        "managedservices definition show --subscription " + UNDER_MG + " --definition " + definition
                                + " --output none",
                        "managedservices assignment delete --subscription " + UNDER_MG + " --assignment a-1",
                        "managedservices definition delete --subscription " + UNDER_MG + " --definition " + definition);
    }
}
