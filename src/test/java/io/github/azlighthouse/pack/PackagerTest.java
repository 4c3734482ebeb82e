package io.github.azlighthouse.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code package} on the bundled example: the archives, their manifests, refusals, and the scripts run. */
class PackagerTest {

    static final Path EXAMPLE = Path.of(System.getProperty("lighthouse.basedir", "."))
            .resolve("examples/src/main/lighthouse/customers.yaml");
    static final String FABRIKAM_TENANT = "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a";

    @TempDir
    Path dir;

    Path generated;

    @BeforeEach
    void generate() throws IOException {
        generated = dir.resolve("target/lighthouse");
        Kits.generate(EXAMPLE, dir, generated);
    }

    PackageResult pack(Path archive) throws IOException {
        return Kits.pack(EXAMPLE, dir, generated, archive, "9.9.9");
    }

    @Test
    void oneArchivePerCustomerBesideThePartnersArchive() throws IOException {
        PackageResult r = pack(dir.resolve("target/x-onboarding.zip"));
        assertThat(r.archives())
                .extracting(PackageResult.Archive::classifier)
                .containsExactly("onboarding-fabrikam", "onboarding-northwind", "onboarding");
        assertThat(r.archives())
                .extracting(a -> a.file().getFileName().toString())
                .containsExactly("x-onboarding-fabrikam.zip", "x-onboarding-northwind.zip", "x-onboarding.zip");
        assertThat(Kits.entries(dir.resolve("target/x-onboarding-northwind.zip"))
                        .keySet())
                .containsExactly(
                        "northwind/README.md",
                        "northwind/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.json",
                        "northwind/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.parameters.json",
                        "northwind/deploy.ps1",
                        "northwind/deploy.sh",
                        "northwind/manifest.json",
                        "northwind/offboard.ps1",
                        "northwind/offboard.sh");
        assertThat(Kits.entries(dir.resolve("target/x-onboarding.zip")).keySet())
                .containsExactly(
                        "collect-delegations.ps1",
                        "collect-delegations.sh",
                        "link-partner-id.ps1",
                        "link-partner-id.sh",
                        "manifest.json",
                        "report.html",
                        "report.md");
        assertThat(r.files()).isEqualTo(8 + 14 + 7);
    }

    @Test
    void twoPackagesOfTheSameOutputAreByteIdentical() throws IOException {
        PackageResult a = pack(dir.resolve("a/onboarding.zip"));
        PackageResult b = pack(dir.resolve("b/onboarding.zip"));
        assertThat(a.refused()).isFalse();
        for (int i = 0; i < a.archives().size(); i++) {
            assertThat(Files.readAllBytes(a.archives().get(i).file()))
                    .as(a.archives().get(i).classifier())
                    .isEqualTo(Files.readAllBytes(b.archives().get(i).file()));
        }
    }

    @Test
    void theArchivesAreTheSameInEveryTimeZone() throws IOException {
        java.util.TimeZone original = java.util.TimeZone.getDefault();
        PackageResult utc;
        PackageResult la;
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
            utc = pack(dir.resolve("utc/onboarding.zip"));
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/Los_Angeles"));
            la = pack(dir.resolve("la/onboarding.zip"));
        } finally {
            java.util.TimeZone.setDefault(original);
        }
        for (int i = 0; i < utc.archives().size(); i++) {
            assertThat(Files.readAllBytes(la.archives().get(i).file()))
                    .isEqualTo(Files.readAllBytes(utc.archives().get(i).file()));
        }
    }

    @Test
    void entriesAreSortedWithFixedTimesAndExecutableScripts() throws IOException {
        for (PackageResult.Archive a : pack(dir.resolve("kit.zip")).archives()) {
            List<String> names = new ArrayList<>();
            try (ZipFile z = ZipFile.builder().setPath(a.file()).get()) {
                for (Enumeration<ZipArchiveEntry> e = z.getEntriesInPhysicalOrder(); e.hasMoreElements(); ) {
                    ZipArchiveEntry entry = e.nextElement();
                    names.add(entry.getName());
                    assertThat(entry.getUnixMode())
                            .as(entry.getName())
                            .isEqualTo(entry.getName().endsWith(".sh") ? 0100755 : 0100644);
                    // ZIP stores wall-clock time; it must read 2026-11-24 00:00 whatever the build machine's zone
                    assertThat(java.time.LocalDateTime.ofInstant(
                                    entry.getLastModifiedTime().toInstant(), java.time.ZoneId.systemDefault()))
                            .isEqualTo(java.time.LocalDateTime.of(2026, 11, 24, 0, 0));
                }
            }
            assertThat(names)
                    .as(a.classifier())
                    .isSorted()
                    .hasSize(a.entries())
                    .noneMatch(n -> n.endsWith("/") || n.contains("summary") || n.contains(".sha256"));
        }
    }

    @Test
    void eachManifestHashesItsArchivesFilesAndThePartnersListsEveryArchive() throws IOException {
        PackageResult r = pack(dir.resolve("kit.zip"));
        ObjectMapper mapper = new ObjectMapper();
        Map<String, byte[]> partner = Kits.entries(dir.resolve("kit.zip"));
        JsonNode full = mapper.readTree(partner.get("manifest.json"));
        assertThat(full.path("pluginVersion").asText()).isEqualTo("9.9.9");
        assertThat(full.at("/customerList/sha256").asText()).isEqualTo(Packager.sha256(Files.readAllBytes(EXAMPLE)));
        assertHashes(full.path("files"), partner, "");
        assertThat(full.path("files")).hasSize(partner.size() - 1);
        assertThat(full.path("customers")).hasSize(2);
        for (JsonNode c : full.path("customers")) {
            String id = c.path("id").asText();
            PackageResult.Archive archive = r.archives().stream()
                    .filter(a -> id.equals(a.customerId()))
                    .findFirst()
                    .orElseThrow();
            byte[] zip = Files.readAllBytes(archive.file());
            assertThat(c.at("/archive/classifier").asText()).isEqualTo("onboarding-" + id);
            assertThat(c.at("/archive/size").asInt()).isEqualTo(zip.length);
            assertThat(c.at("/archive/sha256").asText()).isEqualTo(Packager.sha256(zip));
            Map<String, byte[]> kit = Kits.entries(archive.file());
            assertHashes(c.path("files"), kit, "");
            assertThat(c.path("files")).hasSize(kit.size());
            JsonNode own = mapper.readTree(kit.get(id + "/manifest.json"));
            assertThat(own.at("/customer/id").asText()).isEqualTo(id);
            assertThat(own.has("customerList"))
                    .as("a customer's manifest says nothing about the list")
                    .isFalse();
            assertHashes(own.path("files"), kit, id + "/");
            assertThat(own.path("files")).hasSize(kit.size() - 1);
        }
        assertThat(full.at("/customers/0/subscriptions").toString())
                .isEqualTo("[\"8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b\",\"9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c\"]");
    }

    private static void assertHashes(JsonNode files, Map<String, byte[]> entries, String prefix) {
        for (JsonNode f : files) {
            byte[] bytes = entries.get(prefix + f.path("path").asText());
            assertThat(bytes).as(f.path("path").asText()).isNotNull();
            assertThat(f.path("size").asInt()).isEqualTo(bytes.length);
            assertThat(f.path("sha256").asText()).isEqualTo(Packager.sha256(bytes));
        }
    }

    @Test
    void anEditedTemplateThatNoLongerPassesIsNotShipped() throws IOException {
        Path params = generated.resolve("northwind/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.parameters.json");
        Files.writeString(
                params,
                Files.readString(params)
                        .replace("b24988ac-6180-42a0-ab88-20f7382dd24c", "acdd72a7-3385-48ef-bd42-f606fba81ae7"));
        PackageResult r = pack(dir.resolve("kit.zip"));
        assertThat(r.refused()).isTrue();
        assertThat(r.refusal()).contains("no longer pass the rules");
        assertThat(r.findings()).extracting(f -> f.ruleId()).containsExactly("pec-role-not-eligible");
        assertThat(r.findings().get(0).position().file())
                .isEqualTo("target/lighthouse/northwind/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.parameters.json");
        assertThat(dir.resolve("kit.zip")).doesNotExist();
        assertThat(dir.resolve("kit-northwind.zip")).doesNotExist();
    }

    @Test
    void withoutGenerateOutputItRefuses() throws IOException {
        Files.delete(generated.resolve(".generate-default.sha256"));
        PackageResult r = pack(dir.resolve("kit.zip"));
        assertThat(r.refusal()).contains("run lighthouse:generate first");
        assertThat(dir.resolve("kit.zip")).doesNotExist();
    }

    /** A list edited after generate (or a generate that was skipped): the kits would not match it. */
    @Test
    void kitsOfAnotherVersionOfTheListAreStale() throws IOException {
        Path edited = dir.resolve("customers.yaml");
        Files.writeString(edited, Files.readString(EXAMPLE).replace("role: Reader }", "role: Reader }  # edited"));
        PackageResult r = Kits.pack(edited, dir, generated, dir.resolve("kit.zip"), "9.9.9");
        assertThat(r.refused()).isTrue();
        assertThat(r.refusal())
                .contains(
                        "the kits in " + generated + " are stale: they were generated from another"
                                + " version of the customer list",
                        "it was edited since, or the last lighthouse:generate was skipped or"
                                + " failed; run lighthouse:generate, then package");
        assertThat(dir.resolve("kit.zip")).doesNotExist();
        assertThat(dir.resolve("kit-fabrikam.zip")).doesNotExist();
    }

    @Test
    void everyScriptPassesBashSyntaxCheckAndShellcheck() throws Exception {
        Path kit = Kits.unpack(pack(dir.resolve("kit.zip")), dir.resolve("kit"));
        List<Path> scripts;
        try (var walk = Files.walk(kit)) {
            scripts = walk.filter(p -> p.toString().endsWith(".sh")).sorted().toList();
        }
        assertThat(scripts)
                .hasSize(6); // the kits' deploy.sh and offboard.sh, link-partner-id.sh, collect-delegations.sh
        boolean shellcheck = Kits.shellcheck(kit);
        for (Path s : scripts) {
            Kits.Run syntax = Kits.run(kit, Map.of(), "bash", "-n", s.toString());
            assertThat(syntax.status()).as(s + ": " + syntax.output()).isZero();
            if (shellcheck) {
                Kits.Run lint = Kits.run(kit, Map.of(), "shellcheck", s.toString());
                assertThat(lint.status()).as(s + ": " + lint.output()).isZero();
            }
        }
    }

    @Test
    void deployShChecksFirstThenCallsAzOncePerSubscriptionAndOffer() throws Exception {
        Path kit = Kits.unpack(pack(dir.resolve("kit.zip")), dir.resolve("kit"));
        Path log = dir.resolve("az.log");
        Kits.Run r =
                Kits.run(kit.resolve("fabrikam"), Kits.azEnv(Kits.standInAz(dir), log, FABRIKAM_TENANT), "./deploy.sh");
        assertThat(r.status()).as(r.output()).isZero();
        List<String> calls = Files.readAllLines(log);
        assertThat(calls.subList(0, 12))
                .containsExactly(
                        "account show --query tenantId --output tsv",
                        "account show --query user.type --output tsv",
                        "ad signed-in-user show --query id --output tsv",
                        "ad signed-in-user show --query userType --output tsv",
                        "role assignment list --assignee 99999999-8888-4777-8666-555555555555 --scope /subscriptions/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b --include-inherited --include-groups --query [].roleDefinitionName --output tsv",
                        "provider show --namespace Microsoft.ManagedServices --subscription 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b --query registrationState --output tsv",
                        "role assignment list --assignee 99999999-8888-4777-8666-555555555555 --scope /subscriptions/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c --include-inherited --include-groups --query [].roleDefinitionName --output tsv",
                        "provider show --namespace Microsoft.ManagedServices --subscription 9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c --query registrationState --output tsv",
                        "group exists --name rg-web --subscription 9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c",
                        "group exists --name rg-data --subscription 9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c",
                        "deployment sub create --subscription 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b --location westeurope --name lighthouse-standard-cdd73c10 --template-file 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/standard.json --parameters @8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/standard.parameters.json --output none",
                        "deployment sub create --subscription 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b --location westeurope --name lighthouse-security-f1370232 --template-file 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/security.json --parameters @8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/security.parameters.json --output none");
        List<String> deployments = calls.stream()
                .filter(l -> l.startsWith("deployment sub create"))
                .toList();
        assertThat(deployments).hasSize(4);
        for (String d : deployments) { // the files it names exist in the kit
            String[] words = d.split(" ", 0);
            assertThat(kit.resolve("fabrikam").resolve(words[10])).isRegularFile();
            assertThat(kit.resolve("fabrikam").resolve(words[12].substring(1))).isRegularFile();
        }
        assertThat(r.output()).contains("Done: 4 delegations deployed.");
    }

    @Test
    void deployShStopsAtTheFirstFailureWithAClearMessage() throws Exception {
        Path kit = Kits.unpack(pack(dir.resolve("kit.zip")), dir.resolve("kit"));
        Path log = dir.resolve("az.log");
        Kits.Run r = Kits.run(
                kit.resolve("fabrikam"),
                Kits.azEnv(Kits.standInAz(dir), log, FABRIKAM_TENANT, "AZ_FAIL_AT", "2"),
                "./deploy.sh");
        assertThat(r.status()).isEqualTo(1);
        assertThat(Files.readAllLines(log).stream().filter(l -> l.startsWith("deployment sub create")))
                .hasSize(2);
        assertThat(r.output())
                .contains(
                        "deploy.sh: deploying offer 'security' to subscription"
                                + " 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b failed (see the error above); later offers were not deployed.");
    }

    @Test
    void deployShRefusesTheWrongTenantBeforeDeployingAnything() throws Exception {
        Path kit = Kits.unpack(pack(dir.resolve("kit.zip")), dir.resolve("kit"));
        Path log = dir.resolve("az.log");
        Kits.Run r = Kits.run(
                kit.resolve("northwind"),
                Kits.azEnv(Kits.standInAz(dir), log, "00000000-1111-4222-8333-444444444444"),
                "./deploy.sh");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.output()).contains("but this kit is for tenant a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d");
        assertThat(Files.readAllLines(log)).noneMatch(l -> l.startsWith("deployment"));
    }

    @Test
    void deployShRefusesAGuestAccount() throws Exception {
        Path kit = Kits.unpack(pack(dir.resolve("kit.zip")), dir.resolve("kit"));
        Path log = dir.resolve("az.log");
        Kits.Run r = Kits.run(
                kit.resolve("fabrikam"),
                Kits.azEnv(Kits.standInAz(dir), log, FABRIKAM_TENANT, "AZ_USER_TYPE", "Guest"),
                "./deploy.sh");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.output())
                .contains(
                        "deploy.sh: the signed-in account is a guest in tenant " + FABRIKAM_TENANT
                                + "; Azure Lighthouse onboarding needs a member account of the customer's tenant: sign in with one");
        assertThat(Files.readAllLines(log)).noneMatch(l -> l.startsWith("deployment") || l.startsWith("provider"));
    }

    @Test
    void deployShRefusesAnAccountThatMayNotCreateRoleAssignments() throws Exception {
        Path kit = Kits.unpack(pack(dir.resolve("kit.zip")), dir.resolve("kit"));
        Path log = dir.resolve("az.log");
        Kits.Run contributor = Kits.run(
                kit.resolve("fabrikam"),
                Kits.azEnv(Kits.standInAz(dir), log, FABRIKAM_TENANT, "AZ_ROLES", "Reader\nContributor"),
                "./deploy.sh");
        assertThat(contributor.status()).isEqualTo(1);
        assertThat(contributor.output())
                .contains(
                        "deploy.sh: the signed-in account (99999999-8888-4777-8666-555555555555)"
                                + " may not create role assignments on subscription 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b: onboarding"
                                + " needs Owner there (or User Access Administrator with Contributor)",
                        "Nothing was deployed.");
        assertThat(Files.readAllLines(log)).noneMatch(l -> l.startsWith("deployment"));
        Files.delete(log);
        Kits.Run uaa = Kits.run(
                kit.resolve("fabrikam"),
                Kits.azEnv(
                        Kits.standInAz(dir),
                        log,
                        FABRIKAM_TENANT,
                        "AZ_ROLES",
                        "User Access Administrator\nContributor"),
                "./deploy.sh");
        assertThat(uaa.status()).as(uaa.output()).isZero();
    }

    @Test
    void deployShRefusesAMissingResourceGroup() throws Exception {
        Path kit = Kits.unpack(pack(dir.resolve("kit.zip")), dir.resolve("kit"));
        Path log = dir.resolve("az.log");
        Kits.Run r = Kits.run(
                kit.resolve("fabrikam"),
                Kits.azEnv(Kits.standInAz(dir), log, FABRIKAM_TENANT, "AZ_MISSING_GROUP", "rg-data"),
                "./deploy.sh");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.output())
                .contains("deploy.sh: resource group rg-data does not exist in subscription"
                        + " 9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c: create it, or ask your service provider to change its list."
                        + " Nothing was deployed.");
        assertThat(Files.readAllLines(log)).noneMatch(l -> l.startsWith("deployment"));
    }

    @Test
    void offboardShRemovesAssignmentsThenDefinitionsByTheirStableNames() throws Exception {
        Path kit = Kits.unpack(pack(dir.resolve("kit.zip")), dir.resolve("kit"));
        Path log = dir.resolve("az.log");
        Kits.Run r = Kits.run(kit.resolve("northwind"), Kits.azEnv(Kits.standInAz(dir), log, ""), "./offboard.sh");
        assertThat(r.status()).as(r.output()).isZero();
        assertThat(Files.readAllLines(log))
                .containsExactly(
                        "managedservices assignment list --subscription b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e --query"
                                + " [?ends_with(properties.registrationDefinitionId, '" + definition(kit, "northwind")
                                + "')].name --output tsv",
                        "managedservices assignment delete --subscription b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e --assignment a-1",
                        "managedservices definition delete --subscription b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e --definition "
                                + definition(kit, "northwind"));
    }

    /** The registration definition's stable name, from the kit's template. */
    static String definition(Path kit, String customer) throws IOException {
        JsonNode t = new ObjectMapper()
                .readTree(kit.resolve(customer)
                        .resolve("b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.json")
                        .toFile());
        return t.at("/variables/mspRegistrationName").asText();
    }

    @Test
    void linkPartnerIdUsesThePartnerIdAndRefusesWithoutOne() throws Exception {
        Path kit = Kits.unpack(pack(dir.resolve("kit.zip")), dir.resolve("kit"));
        String script = Files.readString(kit.resolve("link-partner-id.sh"));
        assertThat(script)
                .contains("readonly PARTNER_ID='1234567'")
                .contains("az managementpartner create --partner-id \"$PARTNER_ID\"");
        Files.writeString(
                kit.resolve("link-partner-id.sh"),
                script.replace("readonly PARTNER_ID='1234567'", "readonly PARTNER_ID=''"));
        Kits.Run r = Kits.run(kit, Kits.azEnv(Kits.standInAz(dir), dir.resolve("l"), "x"), "./link-partner-id.sh");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.output()).contains("no partnerId");
    }
}
