package io.github.azlighthouse.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.azlighthouse.diff.DiffRequest;
import io.github.azlighthouse.diff.DiffResult;
import io.github.azlighthouse.diff.Differ;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** diff.md and diff.json: deterministic, collapsible, within a pull-request comment, text shown and never interpreted. */
class DiffReportTest {

    static final Path EXAMPLE = Path.of(System.getProperty("lighthouse.basedir", "."))
            .resolve("examples/src/main/lighthouse/customers.yaml");

    @TempDir
    Path dir;

    DiffResult diff(String baseline, String current) throws IOException {
        Path before = dir.resolve("baseline.yaml");
        Path after = dir.resolve("customers.yaml");
        Files.writeString(before, baseline, StandardCharsets.UTF_8);
        Files.writeString(after, current, StandardCharsets.UTF_8);
        return new Differ()
                .run(new DiffRequest(
                        after,
                        before,
                        "baseline.yaml",
                        dir,
                        RoleCatalog.bundled(),
                        RuleSet.defaults(),
                        LocalDate.of(2026, 11, 24),
                        180,
                        dir));
    }

    String markdown(DiffResult r) throws IOException {
        Path md = dir.resolve("diff.md");
        DiffMarkdown.write(r, md, "test");
        return Files.readString(md, StandardCharsets.UTF_8);
    }

    static String customers(int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            s.append(String.format("""
                      - id: c%1$d
                        name: Customer %1$d
                        tenantId: 7d8e9f0a-1b2c-4d3e-8f4a-%2$012x
                        offers: [standard, security]
                        subscriptions:
                          - subscriptionId: 8e9f0a1b-2c3d-4e4f-9a5b-%2$012x
                    """, i, i + 1000));
        }
        return s.toString();
    }

    @Test
    void theSameInputGivesTheSameBytesAndLongSectionsCollapse() throws IOException {
        String example = Files.readString(EXAMPLE);
        String current = example.replace("  role: Contributor\n  inject", "  role: Reader\n  inject");
        String first;
        try (DiffResult r = diff(example, current)) {
            first = markdown(r);
        }
        try (DiffResult r = diff(example, current)) {
            assertThat(markdown(r)).isEqualTo(first);
        }
        assertThat(first)
                .contains("### fabrikam (Fabrikam Ltd)\n\n<details><summary>12 changes</summary>\n\n| subscription |")
                .contains("### northwind (Northwind Traders)\n\n| subscription |")
                .contains("| Reader `acdd72a7-3385-48ef-bd42-f606fba81ae7` |")
                .endsWith("\n<sub>lighthouse-maven-plugin test, lighthouse:diff</sub>\n");
    }

    @Test
    void aLongChangeStaysWithinAPullRequestCommentAndDiffJsonHasEveryChange() throws IOException {
        String example = Files.readString(EXAMPLE);
        try (DiffResult r = diff(example, example + customers(0, 400))) {
            String md = markdown(r);
            assertThat(md.length()).isLessThan(65_536);
            assertThat(md)
                    .containsPattern("\n_\\d+ more customers with changes are not shown here, to stay within a"
                            + " pull-request comment; diff.json lists every change._\n");
            Path json = dir.resolve("diff.json");
            DiffJson.write(r, json, "test");
            JsonNode tree = new ObjectMapper().readTree(json.toFile());
            assertThat(tree.path("summary")
                            .path("byKind")
                            .path("customer-added")
                            .asInt())
                    .isEqualTo(400);
            assertThat(tree.path("changes")).hasSize(r.changes());
            assertThat(Files.readString(json)).doesNotContain("\r").endsWith("}\n");
        }
    }

    @Test
    void textFromTheListIsShownNotInterpreted() throws IOException {
        String example = Files.readString(EXAMPLE);
        String current = example.replace(
                        "name: Northwind Traders", "name: \"Northwind <script>alert(1)</script> | Co\"")
                .replace("displayName: Tier 2 Engineers", "displayName: \"Tier 2 | <b>Engineers</b>\"")
                .replace("b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e", "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f");
        try (DiffResult r = diff(example, current)) {
            String md = markdown(r);
            assertThat(md)
                    .doesNotContain("<script>")
                    .doesNotContain("<b>")
                    .contains("### northwind (Northwind &lt;script&gt;alert(1)&lt;/script&gt; | Co)")
                    .contains("| Tier 2 \\| &lt;b&gt;Engineers&lt;/b&gt; `1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d` |");
        }
        // names and descriptions are shown, never compared: they grant nothing
        String renamed = example.replace("description: Monitoring and operations by Contoso", "description: Other")
                .replace("name: Northwind Traders", "name: Northwind");
        try (DiffResult r = diff(example, renamed)) {
            assertThat(markdown(r))
                    .contains("No changes: the customer list grants exactly the access of the baseline.");
        }
    }

    @Test
    void aListThatCannotBeReadIsNotCompared() throws IOException {
        String example = Files.readString(EXAMPLE);
        try (DiffResult r = diff(example, example.replace("offers: [standard]", "offers: [gold]"))) {
            String md = markdown(r);
            assertThat(md)
                    .contains("**Not compared**: 1 error in the customer lists (below)")
                    .contains("error [input-invalid] customer 'northwind' names offer 'gold'");
            assertThat(DiffMarkdown.console(r))
                    .containsExactly("Not compared: 1 error in the customer lists (listed above).");
        }
    }
}
