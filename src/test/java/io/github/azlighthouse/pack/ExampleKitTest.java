package io.github.azlighthouse.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.Expected;
import io.github.azlighthouse.customers.CustomerListReader;
import io.github.azlighthouse.findings.BuildLog;
import io.github.azlighthouse.generate.Generator;
import io.github.azlighthouse.generate.TestRequests;
import io.github.azlighthouse.report.AccessReview;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.source.SourceParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The safety net for the kit's scripts and READMEs: {@code package} on the bundled example's output makes
 * exactly the committed archive entries ({@code src/test/resources/expected/example-kit/<classifier>/}), byte for
 * byte; and on the managed-service provider's list ({@code src/test/resources/msp/customers.yaml}: per-subscription
 * offers, customer principals, a management group) likewise ({@code expected/msp-kit/}).
 */
class ExampleKitTest {

    static final Path EXAMPLE = Expected.BASEDIR.resolve("examples/src/main/lighthouse/customers.yaml");
    static final BuildLog QUIET = BuildLog.NONE;

    /** Values that need quoting in every script language (no partner ID: the linking scripts refuse to run). */
    static final Path ODD = Expected.BASEDIR.resolve("src/test/resources/kit/odd-values.yaml");

    static final Path MSP = Expected.BASEDIR.resolve("src/test/resources/msp/customers.yaml");

    @Test
    void packageMakesTheCommittedKit(@TempDir Path dir) throws IOException {
        Expected.assertSame("example-kit", kit(EXAMPLE, dir));
    }

    @Test
    void theManagedServiceProvidersKitsAreTheCommittedOnes(@TempDir Path dir) throws IOException {
        Expected.assertSame("msp-kit", kit(MSP, dir));
    }

    @Test
    void oddValuesReachTheScriptsQuotedAsBefore(@TempDir Path dir) throws IOException {
        Expected.assertSame("odd-values-kit", kit(ODD, dir));
    }

    /** Every archive's entries, keyed {@code <classifier>/<entry>}. */
    static java.util.Map<String, byte[]> kit(Path customers, Path dir) throws IOException {
        Path generated = dir.resolve("lighthouse");
        assertThat(new Generator()
                        .run(
                                TestRequests.generate(customers, Expected.BASEDIR, generated, 0),
                                new AccessReview(RoleCatalog.bundled()),
                                QUIET)
                        .failed())
                .isFalse();
        var list = new CustomerListReader(new SourceParser())
                .read(customers, "customers.yaml")
                .list();
        PackageResult r = new Packager()
                .run(new PackageRequest(
                        generated,
                        dir.resolve("kit.zip"),
                        Expected.BASEDIR,
                        list,
                        Packager.sha256(java.nio.file.Files.readAllBytes(customers)),
                        RoleCatalog.bundled(),
                        RuleSet.defaults(),
                        LocalDate.of(2026, 11, 24),
                        180,
                        "test",
                        Instant.parse("2026-11-24T00:00:00Z").toEpochMilli()));
        assertThat(r.refused()).as(String.valueOf(r.refusal())).isFalse();
        return Kits.all(r);
    }
}
