package io.github.azlighthouse.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.rules.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The up-to-date marker: everything that shapes the output is in its fingerprint, and a customer list whose
 * file is as it was when last hashed (path, identity, size, modification time, settled before it was read) is
 * not hashed again. The tests change the list's bytes behind an unchanged size and time to see which way the
 * check went: only a check that trusted the recorded state misses that change.
 */
class UpToDateTest {

    static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    GenerateRequest request(Path list, String configuration) throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("lighthouse-summary.json"), "{}"); // output in place
        return TestRequests.generate(list, dir, out, null, "bundled", RuleSet.defaults(), configuration, 1);
    }

    Path list(String text, Instant modified) throws IOException {
        Path list = dir.resolve("customers.yaml");
        Files.writeString(list, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(list, FileTime.from(modified));
        return list;
    }

    /** A successful run's marker for {@code request}. */
    static void recordRun(GenerateRequest request) throws IOException {
        UpToDate.of(request).record();
    }

    @Test
    void aRunTakesTheHashOfItsBuildsCheckWhileTheFileIsUnchanged() throws IOException {
        Instant now = Instant.now(); // not settled: a marker's record of this list would not be trusted
        Path list = list("customers: [a]\n", now);
        GenerateRequest request = request(list, "config");
        UpToDate check = UpToDate.of(request);
        list("customers: [b]\n", now); // same file, size and time
        assertThat(UpToDate.of(request, check).listSha256())
                .as("the check's hash: the list is not read again")
                .isEqualTo(check.listSha256());
        assertThat(UpToDate.of(request).listSha256())
                .as("without the check, hashed")
                .isNotEqualTo(check.listSha256());
        list("customers: [bb]\n", now); // another size
        assertThat(UpToDate.of(request, check).listSha256())
                .as("a changed file is hashed again")
                .isEqualTo(UpToDate.of(request).listSha256())
                .isNotEqualTo(check.listSha256());
    }

    @Test
    void aSettledListWithTheSameSizeAndTimeIsNotHashedAgain() throws IOException {
        Path list = list("customers: [a]\n", LONG_AGO);
        recordRun(request(list, "config"));
        assertThat(UpToDate.of(request(list, "config")).current()).isTrue();
        list("customers: [b]\n", LONG_AGO); // same size, same time: taken as unchanged
        UpToDate again = UpToDate.of(request(list, "config"));
        assertThat(again.current()).isTrue();
        assertThat(again.listSha256())
                .as("the recorded hash, of the bytes that were read then")
                .isEqualTo(UpToDate.of(request(list("customers: [a]\n", LONG_AGO), "config"))
                        .listSha256());
    }

    @Test
    void aListModifiedJustBeforeItWasReadIsHashedEveryTime() throws IOException {
        Instant now = Instant.now();
        Path list = list("customers: [a]\n", now);
        recordRun(request(list, "config"));
        list("customers: [b]\n", now); // within the granularity of some file systems: must not be trusted
        assertThat(UpToDate.of(request(list, "config")).current()).isFalse();
    }

    @Test
    void aNewSizeTimeOrConfigurationIsSeen() throws IOException {
        Path list = list("customers: [a]\n", LONG_AGO);
        recordRun(request(list, "config"));
        assertThat(UpToDate.of(request(list("customers: [ab]\n", LONG_AGO), "config"))
                        .current())
                .as("another size")
                .isFalse();
        assertThat(UpToDate.of(request(list("customers: [b]\n", LONG_AGO.plusSeconds(60)), "config"))
                        .current())
                .as("another modification time")
                .isFalse();
        assertThat(UpToDate.of(request(list("customers: [a]\n", LONG_AGO.plusSeconds(60)), "config"))
                        .current())
                .as("touched, same bytes: hashed again and found the same")
                .isTrue();
        assertThat(UpToDate.of(request(list, "other config")).current())
                .as("another configuration")
                .isFalse();
    }

    @Test
    void aMarkerWithoutTheListsStateOrEditedByHandMeansTheListIsHashed() throws IOException {
        Path list = list("customers: [a]\n", LONG_AGO);
        GenerateRequest request = request(list, "config");
        recordRun(request);
        Path marker = request.outputDirectory().resolve(UpToDate.markerName("default"));
        List<String> lines = Files.readAllLines(marker);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("list " + UpToDate.of(request).listSha256() + " 15 2026-01-01T00:00:00Z ");
        for (String second : List.of("", "list nonsense", "list " + "0".repeat(64) + " x y z w v")) {
            Files.writeString(marker, lines.get(0) + "\n" + second + "\n");
            list("customers: [b]\n", LONG_AGO);
            assertThat(UpToDate.of(request).current()).as(second).isFalse();
            list("customers: [a]\n", LONG_AGO);
            assertThat(UpToDate.of(request).current()).as(second).isTrue();
        }
        Files.writeString(marker, lines.get(0)); // one line, as older versions wrote it
        assertThat(UpToDate.of(request).current()).isTrue();
        Files.writeString(marker, "something else\n");
        assertThat(UpToDate.of(request).current()).isFalse();
    }

    @Test
    void anotherFileOfTheSameSizeAndTimeIsHashed() throws IOException {
        Path list = list("customers: [a]\n", LONG_AGO);
        recordRun(request(list, "config"));
        Path other = dir.resolve("other.yaml");
        Files.writeString(other, "customers: [b]\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(other, FileTime.from(LONG_AGO));
        assertThat(UpToDate.of(request(other, "config")).current()).isFalse();
    }
}
