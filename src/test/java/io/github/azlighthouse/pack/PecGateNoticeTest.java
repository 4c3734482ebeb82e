package io.github.azlighthouse.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.azlighthouse.Expected;
import io.github.azlighthouse.customers.CustomerListReader;
import io.github.azlighthouse.findings.BuildLog;
import io.github.azlighthouse.generate.GenerateResult;
import io.github.azlighthouse.generate.Generator;
import io.github.azlighthouse.generate.TestRequests;
import io.github.azlighthouse.report.AccessReview;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.source.SourceParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Switching a PEC rule off is not one INFO line any more: the summary (file and console), the access review
 * and the customers' kit READMEs say that the PEC gate was disabled, and the kit no longer promises credit.
 */
class PecGateNoticeTest {

    static final String GATE = "rule pec-role-not-eligible is off";

    @TempDir
    Path dir;

    final List<String> log = new ArrayList<>();

    @Test
    void everyOutputSaysThePecGateWasDisabled() throws IOException {
        Path customers = dir.resolve("customers.yaml");
        Files.writeString(
                customers,
                Files.readString(ExampleKitTest.EXAMPLE)
                        .replace("  role: Contributor\n  inject", "  role: Reader\n  inject"));
        RuleSet rules = RuleSet.defaults().configure(Map.of("pec-role-not-eligible", "off"), new ArrayList<>());
        Path out = dir.resolve("lighthouse");
        GenerateResult r = new Generator()
                .run(
                        TestRequests.generate(customers, dir, out, RoleCatalog.bundled(), rules, 0),
                        new AccessReview(RoleCatalog.bundled()),
                        collect());
        assertThat(r.failed()).isFalse();

        assertThat(new ObjectMapper()
                        .readTree(out.resolve("lighthouse-summary.json").toFile())
                        .path("pecGateDisabled")
                        .toString())
                .isEqualTo("[\"" + GATE + "\"]");
        assertThat(log)
                .contains(
                        "WARN The PEC gate is disabled (" + GATE + "): delegations that lose Partner Earned"
                                + " Credit are not refused. lighthouse-summary.json, the access review and the kit READMEs say so.",
                        "INFO   PEC gate               DISABLED: " + GATE);
        assertThat(Files.readString(out.resolve("report.html")))
                .contains(
                        "<p class=\"meta\" id=\"pec-gate\"",
                        "PEC gate disabled (" + GATE
                                + "): delegations that lose Partner Earned Credit were not refused",
                        "<div><b>0% (0 of 5)</b>PEC coverage</div>");
        assertThat(Files.readString(out.resolve("report.md"))).contains("**PEC gate disabled** (" + GATE + ")");

        var list = new CustomerListReader(new SourceParser())
                .read(customers, "customers.yaml")
                .list();
        PackageResult kit = new Packager()
                .run(new PackageRequest(
                        out,
                        dir.resolve("kit.zip"),
                        dir,
                        list,
                        Packager.sha256(Files.readAllBytes(customers)),
                        RoleCatalog.bundled(),
                        rules,
                        LocalDate.of(2026, 11, 24),
                        180,
                        "test",
                        0));
        assertThat(kit.refused()).as(String.valueOf(kit.refusal())).isFalse();
        String readme = new String(
                Kits.entries(dir.resolve("kit-fabrikam.zip")).get("fabrikam/README.md"), StandardCharsets.UTF_8);
        assertThat(readme)
                .contains("**Note:** your provider generated these templates with its Partner Earned Credit"
                        + " check switched off (" + GATE + "), so they may not earn the provider that credit");
    }

    @Test
    void withThePecRulesOnNothingSaysSo() throws IOException {
        Path out = dir.resolve("lighthouse");
        new Generator()
                .run(
                        TestRequests.generate(ExampleKitTest.EXAMPLE, Expected.BASEDIR, out, 0),
                        new AccessReview(RoleCatalog.bundled()),
                        collect());
        assertThat(log).noneMatch(l -> l.contains("PEC gate"));
        assertThat(Files.readString(out.resolve("lighthouse-summary.json"))).doesNotContain("pecGate");
        assertThat(Files.readString(out.resolve("report.html"))).doesNotContain("pec-gate");
    }

    BuildLog collect() {
        return new BuildLog() {
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
    }
}
