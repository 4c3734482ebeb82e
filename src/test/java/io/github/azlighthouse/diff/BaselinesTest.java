package io.github.azlighthouse.diff;

import static io.github.azlighthouse.diff.Lists.BASE;
import static io.github.azlighthouse.diff.Lists.CATALOG;
import static io.github.azlighthouse.diff.Lists.NORTHWIND_1;
import static io.github.azlighthouse.diff.Lists.edit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.customers.CustomerListReader;
import io.github.azlighthouse.findings.BuildLog;
import io.github.azlighthouse.generate.Generator;
import io.github.azlighthouse.generate.TestRequests;
import io.github.azlighthouse.pack.PackageRequest;
import io.github.azlighthouse.pack.PackageResult;
import io.github.azlighthouse.pack.Packager;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.source.SourceParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generate output directory and an onboarding archive as baselines: the same delegations as the list they came from. */
class BaselinesTest {

    static final BuildLog QUIET = BuildLog.NONE;

    @TempDir
    Path dir;

    Path list;
    Path generated;
    Path archive;

    @BeforeEach
    void generateAndPackage() throws IOException {
        list = dir.resolve("baseline.yaml");
        Files.writeString(list, BASE, StandardCharsets.UTF_8);
        generated = dir.resolve("lighthouse");
        var result =
                new Generator().run(TestRequests.generate(list, dir, generated, CATALOG, RuleSet.defaults(), 1), QUIET);
        assertThat(result.failed()).as("the base list generates").isFalse();
        archive = dir.resolve("kit-1.0-onboarding.zip");
        PackageResult packed = new Packager()
                .run(new PackageRequest(
                        generated,
                        archive,
                        dir,
                        new CustomerListReader(new SourceParser())
                                .read(list, "baseline.yaml")
                                .list(),
                        Packager.sha256(Files.readAllBytes(list)),
                        CATALOG,
                        RuleSet.defaults(),
                        LocalDate.of(2026, 11, 24),
                        180,
                        "test",
                        0));
        assertThat(packed.refused()).as("%s", packed.refusal()).isFalse();
    }

    Lists.Outcome against(Path baseline, String shown, String current) throws IOException {
        Path file = dir.resolve("customers.yaml");
        Files.writeString(file, current, StandardCharsets.UTF_8);
        return Lists.run(dir, baseline, shown, file, RuleSet.defaults());
    }

    @Test
    void anOutputDirectoryHoldsTheDelegationsItWasGeneratedFrom() throws IOException {
        Lists.Outcome same = against(generated, "lighthouse", BASE);
        assertThat(same.result().compared()).isTrue();
        assertThat(same.result().baseline()).isEqualTo("generate output directory lighthouse");
        assertThat(same.result().baselineCustomers()).isEqualTo(2);
        assertThat(same.lines()).isEmpty();
        assertThat(same.result().notes()).isEmpty();
        Lists.Outcome regression =
                against(generated, "lighthouse", edit(BASE, "  role: Contributor\n", "  role: Reader\n"));
        assertThat(regression.lines())
                .contains("pec-gate-changed northwind " + NORTHWIND_1 + " subscription standard:"
                        + " ok -> not-eligible");
        assertThat(regression.findings())
                .extracting(f -> f.ruleId())
                .containsOnly("pec-regression")
                .hasSize(3);
    }

    @Test
    void anOnboardingArchiveHoldsTheDelegationsTheTenantsAndTheNames() throws IOException {
        Lists.Outcome same = against(archive, "kit-1.0-onboarding.zip", BASE);
        assertThat(same.result().compared()).as("%s", same.findings()).isTrue();
        assertThat(same.result().baselineCustomers()).isEqualTo(2);
        assertThat(same.lines()).isEmpty();
        assertThat(same.result().notes()).isEmpty(); // link-partner-id.sh names the PEC account
        Lists.Outcome removed = against(
                archive,
                "kit-1.0-onboarding.zip",
                edit(
                        BASE,
                        "tenantId: a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d",
                        "tenantId: a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3e",
                        "name: Contoso Managed Services",
                        "name: Contoso Services"));
        assertThat(removed.lines())
                .contains(
                        "customer-tenant-changed northwind: a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d ->"
                                + " a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3e",
                        "offer-renamed northwind " + NORTHWIND_1 + " subscription"
                                + " standard: Contoso Managed Services -> Contoso Services");
    }

    @Test
    void theCustomersArchivesAreReadFromBesideThePartners() throws IOException {
        Files.move(Lighthouse.customerArchive(archive, "fabrikam"), dir.resolve("elsewhere.zip"));
        assertThat(against(archive, "out/kit-1.0-onboarding.zip", BASE).findings())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("input-invalid");
                    assertThat(f.message())
                            .isEqualTo(
                                    "baseline out/kit-1.0-onboarding.zip: its manifest lists customer"
                                            + " 'fabrikam' (classifier onboarding-fabrikam), but out/kit-1.0-onboarding-fabrikam.zip is not"
                                            + " beside it; put every archive of the release in one folder, or give the release's coordinates");
                });
        Lists.Outcome one = against(Lighthouse.customerArchive(archive, "northwind"), "northwind.zip", BASE);
        assertThat(one.result().compared()).as("%s", one.findings()).isTrue();
        assertThat(one.result().baselineCustomers())
                .as("a customer's archive alone is that customer")
                .isEqualTo(1);
    }

    @Test
    void anArchiveInAnyEntryOrderAndWithoutThePartnersScripts() throws IOException {
        Path shuffled = dir.resolve("shuffled.zip");
        List<Path> parts = List.of(
                Lighthouse.customerArchive(archive, "fabrikam"),
                Lighthouse.customerArchive(archive, "northwind"),
                archive);
        try (OutputStream file = Files.newOutputStream(shuffled);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (Path part : parts) {
                try (ZipFile in = new ZipFile(part.toFile())) {
                    List<? extends ZipEntry> entries = new ArrayList<>(Collections.list(in.entries()));
                    Collections.reverse(entries);
                    for (ZipEntry e : entries) {
                        if (!e.getName().startsWith("link-partner-id")
                                && !e.getName().equals("manifest.json")) {
                            out.putNextEntry(new ZipEntry("release/" + e.getName()));
                            in.getInputStream(e).transferTo(out);
                        }
                    }
                }
            }
        }
        Lists.Outcome same = against(shuffled, "shuffled.zip", BASE);
        assertThat(same.result().compared()).as("%s", same.findings()).isTrue();
        assertThat(same.lines()).isEmpty();
        assertThat(same.result().notes())
                .containsExactly("The baseline does not name its PEC Automation Account; its"
                        + " delegations are judged with the current list's (3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f).");
    }

    @Test
    void whatIsNotABaselineIsAFinding() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(against(empty, "empty", BASE).findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("input-invalid");
            assertThat(f.message()).startsWith("baseline empty: no lighthouse-summary.json here");
        });
        Path junk = dir.resolve("junk.zip");
        Files.writeString(junk, "not a zip at all");
        assertThat(against(junk, "junk.zip", BASE).findings())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("baseline junk.zip: no parameter files"));
        Files.delete(generated.resolve("northwind/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.parameters.json"));
        assertThat(against(generated, "lighthouse", BASE).findings())
                .singleElement()
                .satisfies(
                        f -> assertThat(f.message())
                                .contains(
                                        "customer 'northwind': parameter file"
                                                + " 'northwind/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/standard.parameters.json' is not in lighthouse"));
        Files.writeString(
                generated.resolve("fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/standard.parameters.json"), "{");
        assertThat(against(generated, "lighthouse", BASE).findings())
                .hasSize(2)
                .first()
                .satisfies(f -> assertThat(f.position().file())
                        .isEqualTo(
                                "lighthouse/fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/standard.parameters.json"));
    }

    @Test
    void theKindIsToldFromTheBaseline() throws IOException {
        assertThat(Differ.kind(generated)).isEqualTo(Differ.Kind.OUTPUT_DIRECTORY);
        assertThat(Differ.kind(archive)).isEqualTo(Differ.Kind.ARCHIVE);
        Path noExtension = dir.resolve("release");
        Files.copy(archive, noExtension);
        assertThat(Differ.kind(noExtension)).isEqualTo(Differ.Kind.ARCHIVE);
        assertThat(Differ.kind(list)).isEqualTo(Differ.Kind.CUSTOMER_LIST);
    }
}
