package io.github.azlighthouse.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.azlighthouse.customers.CustomerListReader;
import io.github.azlighthouse.generate.GenerateRequest;
import io.github.azlighthouse.generate.Generator;
import io.github.azlighthouse.findings.BuildLog;
import io.github.azlighthouse.report.AccessReview;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.source.SourceParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackagerTest {

    static final Path EXAMPLE = Path.of(System.getProperty("lighthouse.basedir", "."))
            .resolve("examples/src/main/lighthouse/customers.yaml");
    static final long TIME = Instant.parse("2026-11-24T00:00:00Z").toEpochMilli();
    static final BuildLog QUIET = new BuildLog() {
        public void info(String l) { }

        public void warn(String l) { }

        public void error(String l) { }
    };

    @TempDir
    Path dir;
    Path generated;

    @BeforeEach
    void generate() throws IOException {
        generated = dir.resolve("target/lighthouse");
        assertThat(new Generator().run(new GenerateRequest(EXAMPLE, dir, generated, RoleCatalog.bundled(), "bundled",
                RuleSet.defaults(), false, LocalDate.of(2026, 11, 24), 180, "default", "test", "", 0),
                new AccessReview(RoleCatalog.bundled()), QUIET).failed()).isFalse();
    }

    PackageResult pack(Path archive) throws IOException {
        var list = new CustomerListReader(new SourceParser()).read(EXAMPLE, "customers.yaml").list();
        return new Packager().run(new PackageRequest(generated, archive, dir, list, "abc123", RoleCatalog.bundled(),
                RuleSet.defaults(), LocalDate.of(2026, 11, 24), 180, "9.9.9", TIME));
    }

    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (Enumeration<ZipArchiveEntry> e = z.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                try (InputStream in = z.getInputStream(entry)) {
                    out.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }

    @Test
    void twoPackagesOfTheSameOutputAreByteIdentical() throws IOException {
        assertThat(pack(dir.resolve("a.zip")).refused()).isFalse();
        assertThat(pack(dir.resolve("b.zip")).refused()).isFalse();
        assertThat(Files.readAllBytes(dir.resolve("a.zip"))).isEqualTo(Files.readAllBytes(dir.resolve("b.zip")));
    }

    @Test
    void theArchiveIsTheSameInEveryTimeZone() throws IOException {
        java.util.TimeZone original = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
            pack(dir.resolve("utc.zip"));
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/Los_Angeles"));
            pack(dir.resolve("la.zip"));
        } finally {
            java.util.TimeZone.setDefault(original);
        }
        assertThat(Files.readAllBytes(dir.resolve("la.zip"))).isEqualTo(Files.readAllBytes(dir.resolve("utc.zip")));
    }

    @Test
    void entriesAreSortedWithFixedTimesAndExecutableScripts() throws IOException {
        pack(dir.resolve("kit.zip"));
        List<String> names = new ArrayList<>();
        try (ZipFile z = ZipFile.builder().setPath(dir.resolve("kit.zip")).get()) {
            for (Enumeration<ZipArchiveEntry> e = z.getEntriesInPhysicalOrder(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                names.add(entry.getName());
                assertThat(entry.getUnixMode()).as(entry.getName())
                        .isEqualTo(entry.getName().endsWith(".sh") ? 0100755 : 0100644);
                // ZIP stores wall-clock time; it must read 2026-11-24 00:00 whatever the build machine's zone
                assertThat(java.time.LocalDateTime.ofInstant(entry.getLastModifiedTime().toInstant(),
                        java.time.ZoneId.systemDefault())).isEqualTo(java.time.LocalDateTime.of(2026, 11, 24, 0, 0));
            }
        }
        assertThat(names).isSorted().contains("manifest.json", "link-partner-id.sh", "link-partner-id.ps1",
                "collect-delegations.sh", "collect-delegations.ps1",
                "fabrikam/deploy.sh", "fabrikam/deploy.ps1", "fabrikam/offboard.sh", "fabrikam/README.md",
                "northwind/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.json");
        assertThat(names).noneMatch(n -> n.endsWith("/") || n.contains("summary") || n.contains(".sha256"));
    }

    @Test
    void manifestHashesMatchTheArchivedFiles() throws IOException {
        pack(dir.resolve("kit.zip"));
        Map<String, byte[]> entries = entries(dir.resolve("kit.zip"));
        JsonNode manifest = new ObjectMapper().readTree(entries.get("manifest.json"));
        assertThat(manifest.path("pluginVersion").asText()).isEqualTo("9.9.9");
        assertThat(manifest.at("/customerList/sha256").asText()).isEqualTo("abc123");
        assertThat(manifest.path("files")).hasSize(entries.size() - 1);
        for (JsonNode f : manifest.path("files")) {
            byte[] bytes = entries.get(f.path("path").asText());
            assertThat(bytes).as(f.path("path").asText()).isNotNull();
            assertThat(f.path("size").asInt()).isEqualTo(bytes.length);
            assertThat(f.path("sha256").asText()).isEqualTo(Packager.sha256(bytes));
        }
    }

    @Test
    void anEditedTemplateThatNoLongerPassesIsNotShipped() throws IOException {
        Path params = generated.resolve("northwind/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.parameters.json");
        Files.writeString(params, Files.readString(params).replace("b24988ac-6180-42a0-ab88-20f7382dd24c",
                "acdd72a7-3385-48ef-bd42-f606fba81ae7"));
        PackageResult r = pack(dir.resolve("kit.zip"));
        assertThat(r.refused()).isTrue();
        assertThat(r.refusal()).contains("no longer pass the rules");
        assertThat(r.findings()).extracting(f -> f.ruleId()).containsExactly("pec-role-not-eligible");
        assertThat(r.findings().get(0).position().file())
                .isEqualTo("target/lighthouse/northwind/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.parameters.json");
        assertThat(dir.resolve("kit.zip")).doesNotExist();
    }

    @Test
    void withoutGenerateOutputItRefuses() throws IOException {
        Files.delete(generated.resolve(".generate-default.sha256"));
        PackageResult r = pack(dir.resolve("kit.zip"));
        assertThat(r.refusal()).contains("run lighthouse:generate first");
        assertThat(dir.resolve("kit.zip")).doesNotExist();
    }

    /** Unpacks the kit where scripts can run. */
    Path unpack() throws IOException {
        pack(dir.resolve("kit.zip"));
        Path root = dir.resolve("kit");
        for (Map.Entry<String, byte[]> e : entries(dir.resolve("kit.zip")).entrySet()) {
            Path f = root.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
            if (e.getKey().endsWith(".sh")) {
                Files.setPosixFilePermissions(f, java.util.EnumSet.of(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
            }
        }
        return root;
    }

    record Run(int status, String output) {
    }

    static Run run(Path workDir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    @Test
    void everyScriptPassesBashSyntaxCheckAndShellcheck() throws Exception {
        Path kit = unpack();
        List<Path> scripts;
        try (var walk = Files.walk(kit)) {
            scripts = walk.filter(p -> p.toString().endsWith(".sh")).sorted().toList();
        }
        assertThat(scripts).hasSize(6); // the kits' deploy.sh and offboard.sh, link-partner-id.sh, collect-delegations.sh
        boolean shellcheck = run(kit, Map.of(), "sh", "-c", "command -v shellcheck").status() == 0;
        assertThat(shellcheck || System.getenv("CI") == null).as("CI must have shellcheck (.ci/run installs it)").isTrue();
        if (!shellcheck) {
            System.out.println("SKIPPED shellcheck part of everyScriptPassesBashSyntaxCheckAndShellcheck: shellcheck"
                    + " is not installed (apt-get install shellcheck; .ci/run installs it)");
        }
        for (Path s : scripts) {
            Run syntax = run(kit, Map.of(), "bash", "-n", s.toString());
            assertThat(syntax.status()).as(s + ": " + syntax.output()).isZero();
            if (shellcheck) {
                Run lint = run(kit, Map.of(), "shellcheck", s.toString());
                assertThat(lint.status()).as(s + ": " + lint.output()).isZero();
            }
        }
    }

    /** A stand-in for the Azure CLI: records every call, answers the preflight, fails deployment N if asked. */
    Path fakeAz(String tenant) throws IOException {
        Path bin = dir.resolve("bin");
        Files.createDirectories(bin);
        Path az = bin.resolve("az");
        Files.writeString(az, """
                #!/usr/bin/env bash
                echo "$*" >> "$AZ_LOG"
                case "$1 $2" in
                  "account show") echo "%s" ;;
                  "provider show") echo "Registered" ;;
                  "deployment sub")
                    count=$(grep -c '^deployment sub create' "$AZ_LOG")
                    if [ "$count" = "${AZ_FAIL_AT:-0}" ]; then echo "ERROR: InvalidTemplate (stand-in)" >&2; exit 1; fi ;;
                esac
                exit 0
                """.formatted(tenant));
        Files.setPosixFilePermissions(az, java.util.EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        return bin;
    }

    @Test
    void deployShCallsAzOncePerSubscriptionAndOffer() throws Exception {
        Path kit = unpack();
        Path bin = fakeAz("7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a");
        Path log = dir.resolve("az.log");
        Run r = run(kit.resolve("fabrikam"), Map.of("PATH", bin + ":" + System.getenv("PATH"), "AZ_LOG", log.toString()),
                "./deploy.sh");
        assertThat(r.status()).as(r.output()).isZero();
        List<String> deployments = Files.readAllLines(log).stream().filter(l -> l.startsWith("deployment sub create")).toList();
        assertThat(deployments).containsExactly(
                "deployment sub create --subscription 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b --location westeurope --name lighthouse-standard-cdd73c10 --template-file 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/standard.json --parameters @8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/standard.parameters.json --output none",
                "deployment sub create --subscription 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b --location westeurope --name lighthouse-security-f1370232 --template-file 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/security.json --parameters @8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/security.parameters.json --output none",
                "deployment sub create --subscription 9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c --location westeurope --name lighthouse-standard-f6111ea6 --template-file 9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/standard.json --parameters @9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/standard.parameters.json --output none",
                "deployment sub create --subscription 9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c --location westeurope --name lighthouse-security-ea6d8d1a --template-file 9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/security.json --parameters @9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/security.parameters.json --output none");
        for (String d : deployments) { // the files it names exist in the kit
            String[] words = d.split(" ");
            assertThat(kit.resolve("fabrikam").resolve(words[10])).isRegularFile();
            assertThat(kit.resolve("fabrikam").resolve(words[12].substring(1))).isRegularFile();
        }
        assertThat(r.output()).contains("Done: 4 delegations deployed.");
    }

    @Test
    void deployShStopsAtTheFirstFailureWithAClearMessage() throws Exception {
        Path kit = unpack();
        Path bin = fakeAz("7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a");
        Path log = dir.resolve("az.log");
        Run r = run(kit.resolve("fabrikam"), Map.of("PATH", bin + ":" + System.getenv("PATH"), "AZ_LOG", log.toString(),
                "AZ_FAIL_AT", "2"), "./deploy.sh");
        assertThat(r.status()).isEqualTo(1);
        assertThat(Files.readAllLines(log).stream().filter(l -> l.startsWith("deployment sub create"))).hasSize(2);
        assertThat(r.output()).contains("deploy.sh: deploying offer 'security' to subscription"
                + " 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b failed (see the error above); later offers were not deployed.");
    }

    @Test
    void deployShRefusesTheWrongTenantBeforeDeployingAnything() throws Exception {
        Path kit = unpack();
        Path bin = fakeAz("00000000-1111-4222-8333-444444444444");
        Path log = dir.resolve("az.log");
        Run r = run(kit.resolve("northwind"), Map.of("PATH", bin + ":" + System.getenv("PATH"), "AZ_LOG", log.toString()),
                "./deploy.sh");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.output()).contains("but this kit is for tenant a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d");
        assertThat(Files.readAllLines(log)).noneMatch(l -> l.startsWith("deployment"));
    }

    @Test
    void offboardShRemovesAssignmentsThenDefinitionsByTheirStableNames() throws Exception {
        Path kit = unpack();
        Path bin = dir.resolve("bin");
        Files.createDirectories(bin);
        Path az = bin.resolve("az");
        // a stand-in az: every assignment list answers with one assignment name
        Files.writeString(az, "#!/usr/bin/env bash\necho \"$*\" >> \"$AZ_LOG\"\n"
                + "if [ \"$1 $2 $3\" = \"managedservices assignment list\" ]; then echo a-1; fi\nexit 0\n");
        Files.setPosixFilePermissions(az, java.util.EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        Path log = dir.resolve("az.log");
        Run r = run(kit.resolve("northwind"), Map.of("PATH", bin + ":" + System.getenv("PATH"), "AZ_LOG", log.toString()),
                "./offboard.sh");
        assertThat(r.status()).as(r.output()).isZero();
        assertThat(Files.readAllLines(log)).containsExactly(
                "managedservices assignment list --subscription b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e --query"
                        + " [?ends_with(properties.registrationDefinitionId, 'cdd73c10-0000-0000-0000-000000000000')].name --output tsv"
                        .replace("cdd73c10-0000-0000-0000-000000000000", definition(kit, "northwind")),
                "managedservices assignment delete --subscription b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e --assignment a-1",
                "managedservices definition delete --subscription b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e --definition "
                        + definition(kit, "northwind"));
    }

    /** The registration definition's stable name, from the kit's template. */
    static String definition(Path kit, String customer) throws IOException {
        JsonNode t = new ObjectMapper().readTree(kit.resolve(customer)
                .resolve("b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.json").toFile());
        return t.at("/variables/mspRegistrationName").asText();
    }

    @Test
    void linkPartnerIdUsesThePartnerIdAndRefusesWithoutOne() throws Exception {
        Path kit = unpack();
        String script = Files.readString(kit.resolve("link-partner-id.sh"));
        assertThat(script).contains("readonly PARTNER_ID='1234567'").contains("az managementpartner create --partner-id \"$PARTNER_ID\"");
        Files.writeString(kit.resolve("link-partner-id.sh"), script.replace("readonly PARTNER_ID='1234567'",
                "readonly PARTNER_ID=''"));
        Run r = run(kit, Map.of("PATH", fakeAz("x") + ":" + System.getenv("PATH"), "AZ_LOG", dir.resolve("l").toString()),
                "./link-partner-id.sh");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.output()).contains("no partnerId");
    }
}
