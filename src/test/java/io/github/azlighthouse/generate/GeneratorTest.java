package io.github.azlighthouse.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.azlighthouse.findings.BuildLog;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.report.AccessReview;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    static final Path EXAMPLE = Path.of(System.getProperty("lighthouse.basedir", "."))
            .resolve("examples/src/main/lighthouse/customers.yaml");
    static final RoleCatalog CATALOG = RoleCatalog.bundled();

    @TempDir
    Path dir;

    final List<String> log = new ArrayList<>();
    final BuildLog buildLog = new BuildLog() {
        @Override
        public void info(String line) {
            log.add("INFO " + line);
        }

        @Override
        public void warn(String line) {
            log.add("WARN " + line);
        }

        @Override
        public void error(String line) {
            log.add("ERROR " + line);
        }
    };

    /** Worker threads for {@link #request}: 0 = one per core. */
    int threads = 0;

    GenerateRequest request(Path customers, Path out) {
        return request(customers, out, CATALOG, "bundled");
    }

    GenerateRequest request(Path customers, Path out, RoleCatalog catalog, String catalogFingerprint) {
        return TestRequests.generate(
                customers, dir, out, catalog, catalogFingerprint, RuleSet.defaults(), "config", threads);
    }

    /** A run as the Mojo wires it: with the access review. */
    static GenerateResult run(GenerateRequest request, BuildLog log) throws IOException {
        return new Generator().run(request, new AccessReview(CATALOG), log);
    }

    Path customers(String yaml) throws IOException {
        Path file = dir.resolve("customers.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void generatesOnePairPerCustomerSubscriptionAndOffer() throws IOException {
        Path out = dir.resolve("out");
        GenerateResult r = run(request(EXAMPLE, out), buildLog);
        assertThat(r.failed()).isFalse();
        assertThat(r.findings()).isEmpty();
        assertThat(r.delegations()).isEqualTo(5);
        assertThat(tree(out).keySet())
                .containsExactly(
                        ".generate-default.sha256",
                        "fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/security.json",
                        "fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/security.parameters.json",
                        "fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/standard.json",
                        "fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/standard.parameters.json",
                        "fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/security.json",
                        "fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/security.parameters.json",
                        "fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/standard.json",
                        "fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/standard.parameters.json",
                        "lighthouse-summary.json",
                        "northwind/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.json",
                        "northwind/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.parameters.json",
                        "report.html",
                        "report.md");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("staging removed")
                    .noneMatch(n -> n.contains("staging") || n.startsWith(".lighthouse-files-"));
        }

        JsonNode params = new ObjectMapper()
                .readTree(out.resolve("fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/standard.parameters.json")
                        .toFile());
        JsonNode auths = params.at("/parameters/authorizations/value");
        JsonNode pec = auths.get(auths.size() - 1);
        assertThat(pec.path("principalId").asText())
                .as("PEC account injected last")
                .isEqualTo("3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f");
        assertThat(pec.path("roleDefinitionId").asText()).isEqualTo("b24988ac-6180-42a0-ab88-20f7382dd24c");
        assertThat(params.at("/parameters/eligibleAuthorizations/value/0/justInTimeAccessPolicy")
                        .toString())
                .isEqualTo("{\"multiFactorAuthProvider\":\"Azure\",\"maximumActivationDuration\":\"PT4H\","
                        + "\"managedByTenantApprovers\":[{\"principalId\":\"2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f\","
                        + "\"principalIdDisplayName\":\"PIM Approvers\"}]}");
        JsonNode rg = new ObjectMapper()
                .readTree(out.resolve("fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/standard.parameters.json")
                        .toFile());
        assertThat(rg.at("/parameters/resourceGroups/value").toString()).isEqualTo("[\"rg-web\",\"rg-data\"]");
    }

    @Test
    void outputIsByteIdenticalAndTheSecondRunSkips() throws IOException {
        run(request(EXAMPLE, dir.resolve("a")), buildLog);
        run(request(EXAMPLE, dir.resolve("b")), buildLog);
        Map<String, byte[]> a = tree(dir.resolve("a"));
        Map<String, byte[]> b = tree(dir.resolve("b"));
        a.remove(".generate-default.sha256"); // the fingerprint includes the output path
        b.remove(".generate-default.sha256");
        assertThat(a.keySet()).isEqualTo(b.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
        String text = new String(
                a.get("fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/standard.json"), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r").endsWith("}\n").contains("\n  \"contentVersion\": \"1.0.0.0\",\n");

        log.clear();
        GenerateResult again = run(request(EXAMPLE, dir.resolve("a")), buildLog);
        assertThat(again.skipped()).isTrue();
        assertThat(log)
                .containsExactly("INFO Customer list "
                        + EXAMPLE.toAbsolutePath().normalize().toString().replace('\\', '/')
                        + " unchanged since the last run; templates in a are up to date (skipped).");
    }

    @Test
    void theUpToDateCheckNeedsNoCatalog() throws IOException {
        Path out = dir.resolve("out");
        GenerateRequest noCatalog = request(EXAMPLE, out, null, "bundled");
        assertThat(Generator.upToDate(noCatalog, buildLog).current()).isFalse();
        assertThat(log).isEmpty();
        run(request(EXAMPLE, out), buildLog);
        log.clear();
        assertThat(Generator.upToDate(noCatalog, buildLog).current()).isTrue();
        assertThat(log).singleElement().asString().endsWith("are up to date (skipped).");
        GenerateRequest otherCatalog = request(EXAMPLE, out, null, "other");
        assertThat(Generator.upToDate(otherCatalog, buildLog).current())
                .as("another catalog")
                .isFalse();
    }

    @Test
    void aBadCustomerInTheMiddleMeansNothingIsWrittenAndOldOutputStays() throws IOException {
        Path out = dir.resolve("out");
        String good = Files.readString(EXAMPLE);
        assertThat(run(request(customers(good), out), buildLog).failed()).isFalse();
        Map<String, byte[]> before = tree(out);
        before.remove(".generate-default.sha256");

        String bad = good.replace(
                        "    offers: [standard, security]",
                        "    offers: [standard, security]\n" + "    # tenant of the partner: rejected by Azure")
                .replace(
                        "tenantId: 7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a",
                        "tenantId: 6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181");
        GenerateResult r = run(request(customers(bad), out), buildLog);
        assertThat(r.failed()).isTrue();
        assertThat(r.findings()).extracting(Finding::ruleId).containsOnly("tenant-self");
        Map<String, byte[]> after = tree(out);
        assertThat(after).doesNotContainKey(".generate-default.sha256");
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        assertThat(log.stream().filter(l -> l.startsWith("ERROR")))
                .hasSize(1)
                .first()
                .asString()
                .startsWith("ERROR customers.yaml:46:15: error [tenant-self] customer 'fabrikam', subscription"
                        + " 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b, offer 'standard': the customer's tenantId equals")
                .endsWith("(also fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/security,"
                        + " fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/standard,"
                        + " fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/security)");
    }

    @Test
    void pecAccountWithReaderFailsNamingEveryCustomer() throws IOException {
        String yaml = Files.readString(EXAMPLE)
                .replace("  role: Contributor\n  inject: true", "  role: Reader\n  inject: true");
        Path out = dir.resolve("out");
        GenerateResult r = run(request(customers(yaml), out), buildLog);
        assertThat(r.failed()).isTrue();
        assertThat(r.findings()).extracting(Finding::ruleId).containsOnly("pec-role-not-eligible");
        assertThat(r.findings()).extracting(f -> f.subject().customerId()).contains("fabrikam", "northwind");
        assertThat(r.findings().get(0).position().line()).isEqualTo(11);
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void injectFalseWithoutThePecAccountFails() throws IOException {
        String yaml = Files.readString(EXAMPLE).replace("inject: true", "inject: false");
        GenerateResult r = run(request(customers(yaml), dir.resolve("out")), buildLog);
        assertThat(r.failed()).isTrue();
        assertThat(r.findings()).extracting(Finding::ruleId).containsOnly("pec-account-missing");
        assertThat(r.findings()).hasSize(5);
    }

    @Test
    void freeTextThatLooksLikeAnExpressionIsEscaped() throws IOException {
        String yaml =
                Files.readString(EXAMPLE).replace("name: Contoso Managed Services", "name: \"[concat('a','b')]\"");
        Path out = dir.resolve("out");
        assertThat(run(request(customers(yaml), out), buildLog).failed()).isFalse();
        JsonNode params = new ObjectMapper()
                .readTree(out.resolve("northwind/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.parameters.json")
                        .toFile());
        assertThat(params.at("/parameters/mspOfferName/value").asText()).isEqualTo("[[concat('a','b')]");
    }

    @Test
    void filesOfRemovedCustomersAreDeletedAndUnchangedFilesKeepTheirTimestamps() throws IOException {
        Path out = dir.resolve("out");
        String yaml = Files.readString(EXAMPLE);
        run(request(customers(yaml), out), buildLog);
        Path kept = out.resolve("fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/standard.json");
        Files.setLastModifiedTime(kept, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        String withoutNorthwind = yaml.substring(0, yaml.indexOf("  - id: northwind"));
        GenerateResult r = run(request(customers(withoutNorthwind), out), buildLog);
        assertThat(r.removed()).isEqualTo(2);
        assertThat(r.written()).isEqualTo(3); // only the summary and the access review changed
        assertThat(Files.exists(out.resolve("northwind"))).isFalse();
        assertThat(Files.getLastModifiedTime(kept).toMillis()).isEqualTo(1_000_000_000_000L);
    }

    @Test
    void longListsLogProgressEveryHundredCustomersAndASummaryTable() throws IOException {
        String yaml = Files.readString(EXAMPLE);
        StringBuilder many =
                new StringBuilder(yaml.substring(0, yaml.indexOf("customers:\n") + "customers:\n".length()));
        for (int i = 0; i < 250; i++) {
            many.append(String.format(
                    "  - id: c%03d%n    tenantId: 7d8e9f0a-1b2c-4d3e-8f4a-%012d%n    offers: [security]%n"
                            + "    subscriptions: [ { subscriptionId: 8e9f0a1b-2c3d-4e4f-9a5b-%012d } ]%n",
                    i, i, i));
        }
        GenerateResult r = run(request(customers(many.toString()), dir.resolve("out")), buildLog);
        assertThat(r.failed()).isFalse();
        assertThat(log)
                .filteredOn(l -> l.startsWith("INFO Checked "))
                .containsExactly(
                        "INFO Checked 100 customers (100 delegations so far).",
                        "INFO Checked 200 customers (200 delegations so far).");
        assertThat(log)
                .contains(
                        "INFO lighthouse:generate summary",
                        "INFO   customers              250",
                        "INFO   delegations            250",
                        "INFO   findings               0");
    }

    /** A synthetic list of {@code n} customers with one subscription each. */
    String many(int n) throws IOException {
        String yaml = Files.readString(EXAMPLE);
        StringBuilder many =
                new StringBuilder(yaml.substring(0, yaml.indexOf("customers:\n") + "customers:\n".length()));
        for (int i = 0; i < n; i++) {
            many.append(String.format(
                    "  - id: c%04d%n    tenantId: 7d8e9f0a-1b2c-4d3e-8f4a-%012d%n    offers: [%s]%n"
                            + "    subscriptions: [ { subscriptionId: 8e9f0a1b-2c3d-4e4f-9a5b-%012d%s } ]%n",
                    i,
                    i,
                    i % 3 == 0 ? "standard, security" : "security",
                    i,
                    i % 2 == 0 ? ", resourceGroups: [rg-a]" : ""));
        }
        return many.toString();
    }

    @Test
    void parallelOutputIsByteIdenticalToASingleThreadedRun() throws IOException {
        Path list = customers(many(600));
        threads = 1;
        assertThat(run(request(list, dir.resolve("one")), buildLog).failed()).isFalse();
        threads = 4;
        assertThat(run(request(list, dir.resolve("four")), buildLog).failed()).isFalse();
        Map<String, byte[]> one = tree(dir.resolve("one"));
        Map<String, byte[]> four = tree(dir.resolve("four"));
        one.remove(".generate-default.sha256");
        four.remove(".generate-default.sha256");
        assertThat(four.keySet()).isEqualTo(one.keySet()).hasSize(600 * 2 + 200 * 2 + 3);
        one.forEach((name, bytes) -> assertThat(four.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void theOrderOfTopLevelKeysDoesNotChangeTheOutput() throws IOException {
        String normal = many(50);
        int at = normal.indexOf("customers:\n");
        String header = normal.substring(0, at);
        String customers = normal.substring(at);
        String partner = "partnerId: \"1234567\"";
        String partnerLine =
                header.lines().filter(l -> l.startsWith(partner)).findFirst().orElseThrow() + "\n";
        String locationLine = "location: westeurope\n";
        assertThat(header).contains(partnerLine, locationLine);
        // customers first: the header is read in a first pass, the customers in a second
        String customersFirst = customers + header;
        // partnerId and location after the customers: they are read again once the header is complete
        String lateKeys =
                header.replace(partnerLine, "").replace(locationLine, "") + customers + partnerLine + locationLine;

        assertThat(run(request(customers(normal), dir.resolve("normal")), buildLog)
                        .failed())
                .isFalse();
        Map<String, byte[]> expected = tree(dir.resolve("normal"));
        expected.remove(".generate-default.sha256");
        assertThat(new String(expected.get("lighthouse-summary.json"), StandardCharsets.UTF_8))
                .contains("\"partnerId\": \"1234567\"");
        for (String variant : List.of(customersFirst, lateKeys)) {
            Path out = dir.resolve("variant-" + variant.hashCode());
            GenerateResult r = run(request(customers(variant), out), buildLog);
            assertThat(r.failed()).isFalse();
            assertThat(r.customers()).isEqualTo(50);
            Map<String, byte[]> actual = tree(out);
            actual.remove(".generate-default.sha256");
            assertThat(actual.keySet()).isEqualTo(expected.keySet());
            // the summary records the list's own hash, which differs with its bytes; everything else is the same
            expected.forEach(
                    (name, bytes) -> assertThat(withoutListHash(new String(actual.get(name), StandardCharsets.UTF_8)))
                            .as(name)
                            .isEqualTo(withoutListHash(new String(bytes, StandardCharsets.UTF_8))));
        }
    }

    static String withoutListHash(String file) {
        return file.replaceAll("\"customerListSha256\": \"[0-9a-f]{64}\"", "\"customerListSha256\": \"…\"");
    }

    @Test
    void inputProblemsInSeveralCustomersAreAllReportedAndNothingIsWritten() throws IOException {
        String yaml = many(300)
                .replace("  - id: c0010\n", "  - id: C-10\n")
                .replace(
                        "  - id: c0200\n    tenantId: 7d8e9f0a-1b2c-4d3e-8f4a-000000000200\n    offers: [security]",
                        "  - id: c0200\n    tenantId: 7d8e9f0a-1b2c-4d3e-8f4a-000000000200\n    offers: [gold]");
        Path out = dir.resolve("out");
        GenerateResult r = run(request(customers(yaml), out), buildLog);
        assertThat(r.failed()).isTrue();
        assertThat(r.findings()).extracting(Finding::ruleId).containsOnly("input-invalid");
        assertThat(r.findings())
                .extracting(Finding::message)
                .hasSize(2)
                .anySatisfy(m -> assertThat(m).contains("'C-10'"))
                .anySatisfy(m -> assertThat(m).contains("customer 'c0200' names offer 'gold'"));
        assertThat(out).doesNotExist();
    }

    @Test
    void oneBadCustomerInTheMiddleOfALargeListMeansNothingIsWritten() throws IOException {
        String yaml = many(600)
                .replace(
                        "  - id: c0300\n    tenantId: 7d8e9f0a-1b2c-4d3e-8f4a-000000000300",
                        "  - id: c0300\n    tenantId: 6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181");
        Path out = dir.resolve("out");
        threads = 2;
        GenerateResult r = run(request(customers(yaml), out), buildLog);
        assertThat(r.failed()).isTrue();
        assertThat(r.findings()).extracting(Finding::ruleId).containsOnly("tenant-self");
        assertThat(r.findings()).extracting(f -> f.subject().customerId()).containsOnly("c0300");
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.contains("staging") || n.startsWith(".lighthouse-files-"));
        }
    }

    @Test
    void syntaxErrorFailsWithPositionAndWritesNothing() throws IOException {
        Path out = dir.resolve("out");
        GenerateResult r = run(request(customers("customers:\n  - id: [\n"), out), buildLog);
        assertThat(r.failed()).isTrue();
        assertThat(r.findings()).singleElement().extracting(Finding::ruleId).isEqualTo("input-invalid");
        assertThat(log.get(0))
                .isEqualTo("ERROR customers.yaml:2:9: error [input-invalid] the file ends inside a '['"
                        + " or '{' opened here: close it, or put text that starts with '[' or '{' in quotes");
        assertThat(Files.exists(out)).isFalse();
    }
}
