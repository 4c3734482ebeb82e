package io.github.azlighthouse.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.customers.CustomerListReader;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.DelegationPlanner;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessReportTest {

    static final Path EXAMPLE = Path.of(System.getProperty("lighthouse.basedir", "."))
            .resolve("examples/src/main/lighthouse/customers.yaml");
    static final RoleCatalog CATALOG = RoleCatalog.bundled();

    @TempDir
    Path dir;

    CustomerList list(String yaml) throws IOException {
        Path file = dir.resolve("customers.yaml");
        Files.writeString(file, yaml);
        CustomerListReader.Result r = new CustomerListReader(new SourceParser()).read(file, "customers.yaml");
        assertThat(r.findings()).isEmpty();
        return r.list();
    }

    void write(CustomerList list, List<Finding> warnings) throws IOException {
        DelegationPlanner planner = new DelegationPlanner(CATALOG);
        try (AccessReport report = new AccessReport(dir, CATALOG)) {
            for (CustomerList.Customer c : list.customers()) {
                List<Delegation> all = new ArrayList<>();
                planner.plan(list, c).forEach(all::addAll);
                report.add(
                        c.id().value(),
                        c.name(),
                        all,
                        warnings.stream()
                                .filter(w -> c.id().value().equals(w.subject().customerId()))
                                .toList());
            }
            report.finish(list.managingTenantId().value(), "1.0");
        }
    }

    @Test
    void totalsRowsAndPecCoverage() throws IOException {
        write(list(Files.readString(EXAMPLE)), List.of());
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html)
                .contains(
                        "<div><b>2</b>customers</div>",
                        "<div><b>3</b>subscriptions</div>",
                        "<div><b>5</b>delegations</div>",
                        "<div><b>4</b>principals</div>",
                        "<div><b>100% (5 of 5)</b>PEC coverage</div>");
        assertThat(html.split("<tr ", -1)).hasSize(27); // 26 rows and the header row
        assertThat(html).contains("eligible: up to PT4H, MFA required, approved by PIM Approvers");
        assertThat(html).doesNotContain("http://").doesNotContain("<link").doesNotContain("<script src");
        assertThat(dir.resolve("report.md"))
                .content()
                .contains("| 2 | 3 | 5 | 4 | 100% (5 of 5) | 0 |", "## northwind (Northwind Traders)");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary parts left")
                    .containsExactlyInAnyOrder("customers.yaml", "report.html", "report.md");
        }
    }

    @Test
    void displayNamesCannotInjectMarkupOrBreakTables() throws IOException {
        String yaml = Files.readString(EXAMPLE)
                .replace("displayName: Tier 1 Support", "displayName: \"<script>alert(1)</script> | x\"");
        write(list(yaml), List.of());
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html)
                .doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; | x");
        assertThat(Files.readString(dir.resolve("report.md"))).contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| x");
    }

    @Test
    void everyCharacterThatMeansSomethingIsEscapedAloneToo() throws IOException {
        // each alone: values without any of them are written as they are, the others escaped in full
        String yaml = Files.readString(EXAMPLE)
                .replace("displayName: Tier 1 Support", "displayName: \"Tom & Jerry's \\\"crew\\\"\\r\\n\\nnight\"");
        write(list(yaml), List.of());
        assertThat(Files.readString(dir.resolve("report.html")))
                .contains("Tom &amp; Jerry&#39;s &quot;crew&quot;")
                .doesNotContain("Tom & Jerry");
        assertThat(Files.readString(dir.resolve("report.md")))
                .contains("Tom & Jerry's \"crew\" night")
                .doesNotContain("crew\"\r");
    }

    @Test
    void aPecAccountRoleThatEarnsNoCreditSaysWhy() throws IOException {
        write(
                list(Files.readString(EXAMPLE).replace("  role: Contributor\n  inject", "  role: Owner\n  inject")),
                List.of());
        assertThat(Files.readString(dir.resolve("report.html")))
                .contains("PEC account: no PEC; the role is PEC-eligible, but Azure Lighthouse never accepts Owner")
                .contains("<div><b>0% (0 of 5)</b>PEC coverage</div>")
                .doesNotContain("NOT PEC-eligible");
    }

    @Test
    void warningsAreListedPerCustomer() throws IOException {
        Finding warning = new Finding(
                "eligible-without-reader",
                Severity.WARNING,
                new Position("customers.yaml", 29, 9),
                new Subject("northwind", null, "standard"),
                "eligible principal X has no permanent Reader");
        write(list(Files.readString(EXAMPLE)), List.of(warning));
        assertThat(Files.readString(dir.resolve("report.html")))
                .contains(
                        "<div><b>1</b>warnings</div>",
                        "warning [eligible-without-reader] customer &#39;northwind&#39;");
        assertThat(Files.readString(dir.resolve("report.md")))
                .contains(
                        "- `[eligible-without-reader]` customer 'northwind', offer 'standard': eligible principal X has no"
                                + " permanent Reader (customers.yaml:29:9)");
    }
}
