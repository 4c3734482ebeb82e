package io.github.azlighthouse.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The baseline readers on random and mutated input (archives, generate output directories): whatever they are
 * given, they give findings with a place, or customers that read back, never an exception.
 */
class BaselinePropertyTest {

    static final SourceParser PARSER = new SourceParser();
    static final Path WORK;
    static final byte[] ARCHIVE;
    static final Path GENERATED;
    static final byte[] SUMMARY;
    static final byte[] PARAMETERS;

    static {
        try {
            WORK = Files.createTempDirectory("lighthouse-baseline-property-");
            BaselinesTest made = new BaselinesTest();
            made.dir = WORK;
            made.generateAndPackage();
            ARCHIVE = Files.readAllBytes(made.archive);
            GENERATED = made.generated;
            SUMMARY = Files.readAllBytes(GENERATED.resolve(Lighthouse.SUMMARY));
            PARAMETERS = Files.readAllBytes(
                    GENERATED.resolve("fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/standard.parameters.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void removeWork() throws IOException {
        try (Stream<Path> files = Files.walk(WORK)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Reads a baseline and checks the outcome: positioned findings, and customers that read back. */
    static void check(Reader read) throws IOException {
        try (Spool index = new Spool("baseline", Position.startOf("baseline"), false, WORK)) {
            read.into(index);
            for (Finding f : index.findings()) {
                assertThat(f.ruleId()).isEqualTo("input-invalid");
                assertThat(f.position().line()).isPositive();
                assertThat(f.position().column()).isPositive();
                assertThat(f.message()).isNotBlank();
            }
            for (var it = index.unseen(); it.hasNext(); ) {
                CustomerState c = index.read(it.next());
                assertThat(c.id()).isNotBlank();
                c.delegations().forEach(d -> assertThat(d.subject().offer()).isNotNull());
            }
        }
    }

    @FunctionalInterface
    interface Reader {
        void into(Spool index) throws IOException;
    }

    static void archive(byte[] bytes) throws IOException {
        Path zip = Files.createTempFile(WORK, "archive-", ".zip");
        Files.write(zip, bytes);
        try {
            check(index -> ArchiveBaseline.read(zip, "baseline.zip", index, PARSER));
        } finally {
            Files.delete(zip);
        }
    }

    @Property(tries = 200)
    void anyBytesAsAnArchiveGiveFindingsNotExceptions(@ForAll byte[] bytes) throws IOException {
        archive(bytes);
    }

    @Property(tries = 200)
    void aMutatedArchiveGivesFindingsNotExceptions(@ForAll("mutatedArchives") byte[] bytes) throws IOException {
        archive(bytes);
    }

    @Property(tries = 200)
    void anArchiveWithMutatedEntriesGivesFindingsNotExceptions(
            @ForAll("mutatedParameters") byte[] parameters, @ForAll("entryNames") String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(parameters);
            zip.putNextEntry(new ZipEntry("fabrikam/deploy.sh"));
            zip.write(parameters);
            zip.putNextEntry(new ZipEntry("link-partner-id.sh"));
            zip.write(parameters);
        }
        archive(out.toByteArray());
    }

    @Property(tries = 200)
    void aMutatedOutputDirectoryGivesFindingsNotExceptions(
            @ForAll("mutatedSummaries") byte[] summary, @ForAll("mutatedParameters") byte[] parameters)
            throws IOException {
        Path dir = Files.createTempDirectory(WORK, "lighthouse-");
        try {
            Files.write(dir.resolve(Lighthouse.SUMMARY), summary);
            Path offer = Files.createDirectories(dir.resolve("fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c"));
            Files.write(offer.resolve("standard.parameters.json"), parameters);
            check(index -> OutputDirectoryBaseline.read(dir, "lighthouse", index, PARSER));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Provide
    Arbitrary<byte[]> mutatedArchives() {
        return mutations(ARCHIVE);
    }

    @Provide
    Arbitrary<byte[]> mutatedSummaries() {
        return Arbitraries.oneOf(
                mutations(SUMMARY),
                Arbitraries.strings().ofMaxLength(200).map(s -> s.getBytes(StandardCharsets.UTF_8)),
                textEdits(SUMMARY));
    }

    @Provide
    Arbitrary<byte[]> mutatedParameters() {
        return Arbitraries.oneOf(mutations(PARAMETERS), textEdits(PARAMETERS));
    }

    @Provide
    Arbitrary<String> entryNames() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/standard.parameters.json",
                        "x/y/fabrikam/9F0A1B2C-3D4E-4F5A-8B6C-7D8E9F0A1B2C/a.parameters.json",
                        "fabrikam/------------------------------------/b.parameters.json",
                        "../../etc/passwd",
                        "fabrikam/README.md"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(80).map(s -> s.replace('\u0000', '_')));
    }

    /** Bytes with a few replaced, and perhaps cut short. */
    static Arbitrary<byte[]> mutations(byte[] original) {
        Arbitrary<List<int[]>> edits = Combinators.combine(
                        Arbitraries.integers().between(0, original.length - 1),
                        Arbitraries.integers().between(0, 255))
                .as((at, value) -> new int[] {at, value})
                .list()
                .ofMaxSize(8);
        return Combinators.combine(edits, Arbitraries.integers().between(1, original.length))
                .as((list, length) -> {
                    byte[] copy = java.util.Arrays.copyOf(original, length);
                    for (int[] e : list) {
                        if (e[0] < copy.length) {
                            copy[e[0]] = (byte) e[1];
                        }
                    }
                    return copy;
                });
    }

    /** JSON text with a token swapped for another: structure errors that still parse, or nearly. */
    static Arbitrary<byte[]> textEdits(byte[] original) {
        String text = new String(original, StandardCharsets.UTF_8);
        List<String> tokens = List.of(
                "\"",
                "{",
                "}",
                "[",
                "]",
                ",",
                ":",
                "null",
                "true",
                "1e999",
                "\"\"",
                "[[]]",
                "{\"a\":{}}",
                "\"customers\"",
                "\"offers\"",
                "\"value\"",
                "\"../x\"");
        return Combinators.combine(
                        Arbitraries.integers().between(0, text.length()),
                        Arbitraries.integers().between(0, 20),
                        Arbitraries.of(tokens))
                .as((at, cut, token) -> {
                    List<String> parts = new ArrayList<>();
                    parts.add(text.substring(0, at));
                    parts.add(token);
                    parts.add(text.substring(Math.min(text.length(), at + cut)));
                    return String.join("", parts).getBytes(StandardCharsets.UTF_8);
                });
    }
}
