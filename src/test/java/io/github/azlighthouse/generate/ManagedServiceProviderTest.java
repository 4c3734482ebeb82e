package io.github.azlighthouse.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.Expected;
import io.github.azlighthouse.findings.BuildLog;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.report.AccessReview;
import io.github.azlighthouse.roles.RoleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} on a managed-service provider's list: per-subscription offers, customer principals, management groups. */
class ManagedServiceProviderTest {

    static final Path MSP = Expected.BASEDIR.resolve("src/test/resources/msp/customers.yaml");
    static final BuildLog QUIET = BuildLog.NONE;

    @TempDir
    Path dir;

    GenerateResult run(Path customers, Path out, int threads) throws IOException {
        return new Generator()
                .run(
                        TestRequests.generate(customers, dir, out, threads),
                        new AccessReview(RoleCatalog.bundled()),
                        QUIET);
    }

    @Test
    void eachKeyLandsWhereItBelongs() throws IOException {
        Path out = dir.resolve("out");
        GenerateResult r = run(MSP, out, 0);
        assertThat(r.failed()).isFalse();
        Map<String, byte[]> files = GeneratorTest.tree(out);
        assertThat(files.keySet())
                .contains(
                        "fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/backup.json",
                        "northwind/management-groups/northwind-prod/standard.json",
                        "northwind/management-groups/northwind-prod/standard.parameters.json")
                .doesNotContain("fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/backup.json");
        String fabrikam = new String(
                files.get("fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/standard.parameters.json"),
                StandardCharsets.UTF_8);
        assertThat(fabrikam).contains("Fabrikam Team", "Tier 1 Support").doesNotContain("Northwind");
        String northwind = new String(
                files.get("northwind/management-groups/northwind-prod/standard.parameters.json"),
                StandardCharsets.UTF_8);
        assertThat(northwind).contains("Northwind Team", "Northwind Tier 1").doesNotContain("Tier 1 Support");
        RunSummary summary = RunSummary.read(out.resolve("lighthouse-summary.json"));
        assertThat(summary.customerListSha256()).hasSize(64);
        RunSummary.ManagementGroup group =
                summary.customers().get(1).managementGroups().get(0);
        assertThat(group.managementGroupId()).isEqualTo("northwind-prod");
        assertThat(group.offers()).singleElement().satisfies(o -> {
            assertThat(o.policyAssignmentName()).isEqualTo("lighthouse-4deb2660a5a33");
            assertThat(o.template()).isEqualTo("northwind/management-groups/northwind-prod/standard.json");
        });
        assertThat(summary.customers().get(0).managementGroups()).isNull();
        assertThat(summary.delegations()).isEqualTo(5);
        String review = new String(files.get("report.md"), StandardCharsets.UTF_8);
        assertThat(review)
                .contains(
                        "| `management group northwind-prod` | every subscription under management group"
                                + " northwind-prod (Azure Policy) | Contoso Managed Services | PEC Automation Account",
                        "1 management group delegated through Azure Policy");
    }

    /** 300 customers with every new key: 1 and 4 threads write the same bytes. */
    @Test
    void parallelOutputIsByteIdenticalToASingleThreadedRun() throws IOException {
        String msp = Files.readString(MSP);
        StringBuilder yaml = new StringBuilder(msp.substring(0, msp.indexOf("customers:\n") + "customers:\n".length()));
        for (int i = 0; i < 300; i++) {
            String n = String.format("%04d", i);
            yaml.append("  - id: c")
                    .append(n)
                    .append("\n    tenantId: 7d8e9f0a-1b2c-4d3e-8f4a-00000000")
                    .append(n)
                    .append(
                            "\n    offers: [standard]\n    principals:\n      dedicated: { principalId: 5a6b7c8d-9e0f-4a1b-8c2d-0000000")
                    .append(n)
                    .append("0, displayName: Team ")
                    .append(n)
                    .append(" }\n    subscriptions:\n")
                    .append("      - subscriptionId: 8e9f0a1b-2c3d-4e4f-9a5b-00000000")
                    .append(n)
                    .append('\n')
                    .append("        offers: [")
                    .append(i % 3 == 0 ? "standard, backup" : "backup")
                    .append("]\n");
            if (i % 2 == 0) {
                yaml.append("    managementGroups: [mg-").append(n).append("]\n");
            }
        }
        Path list = dir.resolve("customers.yaml");
        Files.writeString(list, yaml);
        assertThat(run(list, dir.resolve("one"), 1).failed()).isFalse();
        assertThat(run(list, dir.resolve("four"), 4).failed()).isFalse();
        Map<String, byte[]> one = GeneratorTest.tree(dir.resolve("one"));
        Map<String, byte[]> four = GeneratorTest.tree(dir.resolve("four"));
        one.remove(".generate-default.sha256"); // the marker's hash includes the output path
        four.remove(".generate-default.sha256");
        assertThat(four.keySet()).isEqualTo(one.keySet()).hasSize(2 * (400 + 150) + 3);
        one.forEach((name, bytes) -> assertThat(four.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void aPecAccountThatEarnsNothingFailsOnTheManagementGroupTooAndNothingIsWritten() throws IOException {
        Path list = dir.resolve("customers.yaml");
        Files.writeString(list, Files.readString(MSP).replace("  role: Contributor\n", "  role: Reader\n"));
        GenerateResult r = run(list, dir.resolve("out"), 0);
        assertThat(r.failed()).isTrue();
        List<String> groups = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (f.ruleId().equals("pec-role-not-eligible") && f.subject().managementGroupId() != null) {
                groups.add(f.subject().describe());
            }
        }
        assertThat(groups).containsExactly("customer 'northwind', management group 'northwind-prod', offer 'standard'");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
