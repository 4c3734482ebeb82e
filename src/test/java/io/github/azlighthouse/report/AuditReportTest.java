package io.github.azlighthouse.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.azlighthouse.audit.AuditRequest;
import io.github.azlighthouse.audit.AuditResult;
import io.github.azlighthouse.audit.Auditor;
import io.github.azlighthouse.audit.Estate;
import io.github.azlighthouse.customers.CustomerListReader;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.source.SourceParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditReportTest {

    static final Path EXAMPLE = Path.of(System.getProperty("lighthouse.basedir", "."))
            .resolve("examples/src/main/lighthouse/customers.yaml");

    @TempDir
    Path dir;

    AuditResult result;

    @BeforeEach
    void audit() throws IOException {
        Estate.main(new String[] {dir.toString()});
        var list = new CustomerListReader(new SourceParser())
                .read(EXAMPLE, "src/main/lighthouse/customers.yaml")
                .list();
        result = new Auditor()
                .run(new AuditRequest(
                        List.of(dir.resolve("delegations")),
                        List.of(dir.resolve("billing")),
                        dir,
                        list,
                        null,
                        null,
                        RoleCatalog.bundled(),
                        RuleSet.defaults(),
                        LocalDate.of(2026, 11, 24),
                        180,
                        0.15));
    }

    @Test
    void auditJsonHasTheFieldsOfTheSpec() throws IOException {
        AuditJson.write(result, dir.resolve("out/audit.json"));
        JsonNode json =
                new ObjectMapper().readTree(dir.resolve("out/audit.json").toFile());
        JsonNode first = json.path("subscriptions").get(0);
        List<String> fields = new java.util.ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactly(
                        "subscriptionId",
                        "tenantId",
                        "customer",
                        "pecGate",
                        "pecApplied",
                        "pecEligibleCost",
                        "pecMissedCost",
                        "findings");
        List<String> findingFields = new java.util.ArrayList<>();
        first.path("findings").get(0).fieldNames().forEachRemaining(findingFields::add);
        assertThat(findingFields).containsExactly("rule", "severity", "message");
        assertThat(json.at("/subscriptions/3/pecEligibleCost").isNull()).isTrue();
        assertThat(json.at("/subscriptions/3/customer").asText()).isEqualTo("northwind");
        assertThat(json.at("/totals/subscriptions").asInt()).isEqualTo(4);
        assertThat(json.at("/totals/pecCoverage").asDouble()).isEqualTo(0.5);
        assertThat(json.at("/totals/estimatedCreditNotEarned").asDouble()).isEqualTo(36.38);
        assertThat(Files.readString(dir.resolve("out/audit.json")))
                .doesNotContain("\r")
                .endsWith("}\n");
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        AuditJson.write(result, dir.resolve("a/audit.json"));
        AuditReport.write(result, dir.resolve("a"), "2026-08-22", "1.0");
        audit();
        AuditJson.write(result, dir.resolve("b/audit.json"));
        AuditReport.write(result, dir.resolve("b"), "2026-08-22", "1.0");
        for (String f : List.of("audit.json", "audit.html", "audit.md")) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(f)))
                    .as(f)
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(f)));
        }
    }

    @Test
    void htmlIsSelfContainedWithFiltersAndEveryFinding() throws IOException {
        AuditReport.write(result, dir, "2026-08-22", "1.0");
        String html = Files.readString(dir.resolve("audit.html"));
        assertThat(html)
                .contains(
                        "id=\"customer-filter\"",
                        "id=\"status-filter\"",
                        "<option value=\"pec-lost\">",
                        "data-status=\"error\"",
                        "data-pec-lost=\"true\"",
                        "50% (2 of 4)",
                        "[pec-not-applied]",
                        "[delegation-drift]",
                        "&#39;Tier 1 Support&#39;");
        assertThat(html).doesNotContainPattern("(src|href)=\"https?:").doesNotContain("<link ");
        assertThat(html.split("<tr class=")).hasSize(5);
        String md = Files.readString(dir.resolve("audit.md"));
        assertThat(md)
                .startsWith("# Azure Lighthouse audit\n")
                .contains(
                        "| 4 | 50% (2 of 4) | 1 of 4 | 242.50 | 36.38 (at 15%) | 7 | 2 |",
                        "| fabrikam (Fabrikam Ltd) | `8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b` | ok | partly | 112.50 | 62.50 | 1 | 2 errors |",
                        "- error `[delegation-missing]` offer 'security': offer 'Contoso Security Operations' is in the customer list");
    }

    @Test
    void theSarifReportStaysValid() throws IOException {
        Path file = dir.resolve("lighthouse.sarif");
        SarifReport.write(result.findings(), RuleSet.defaults(), "1.0", dir, file);
        JsonNode sarif = new ObjectMapper().readTree(file.toFile());
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("classpath:schema/sarif-schema-2.1.0.json"));
        assertThat(schema.validate(sarif)).isEmpty();
        assertThat(sarif.at("/runs/0/results")).hasSize(9);
        assertThat(sarif.at("/runs/0/tool/driver/rules").findValuesAsText("id"))
                .contains("delegation-drift", "pec-not-applied");
    }

    @Test
    void theConsoleTableHasOneLinePerSubscription() {
        assertThat(AuditReport.table(result))
                .hasSize(6)
                .element(2)
                .asString()
                .isEqualTo(
                        "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b  fabrikam (Fabrika...  ok             partly       2 errors");
    }
}
