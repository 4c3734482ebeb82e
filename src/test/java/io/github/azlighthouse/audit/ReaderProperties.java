package io.github.azlighthouse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.FindingSink;
import io.github.azlighthouse.findings.Severities;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The audit's readers on random and mutated input: whatever they are given, they return findings (with a
 * file, a line and a column), never an exception; and lenient values read back what was written.
 */
class ReaderProperties {

    static final ExportReader EXPORTS = new ExportReader();
    static final BillingReader BILLING = new BillingReader();

    static Path temp(byte[] content, String suffix) throws IOException {
        Path file = Files.createTempFile("lighthouse-property-", suffix);
        Files.write(file, content);
        return file;
    }

    static void assertFindingsArePositioned(List<Finding> findings) {
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("input-invalid");
            assertThat(f.position().line()).isPositive();
            assertThat(f.position().column()).isPositive();
            assertThat(f.message()).isNotBlank();
        });
    }

    int readExport(byte[] content) throws IOException {
        Path file = temp(content, ".json");
        try {
            FindingSink findings = new FindingSink(Severities.allErrors());
            List<DeployedAssignment> read = new ArrayList<>();
            EXPORTS.read(file, "export.json", read::add, findings);
            assertFindingsArePositioned(findings.findings());
            read.forEach(a -> assertThat(a.subscriptionId()).isNotBlank());
            return read.size();
        } finally {
            Files.delete(file);
        }
    }

    static byte[] validExport() throws IOException {
        return Exports.JSON.writeValueAsBytes(Exports.array(
                Exports.page(
                        "https://next", Exports.standard(Exports.SUB1, "d1").rest()),
                Exports.page(
                        null,
                        Exports.standard(Exports.SUB2, "d2").resourceGroup("rg").rest()),
                Exports.standard(Exports.SUB3, "d3").cli()));
    }

    @Property(tries = 300)
    void anyBytesAsAnExportGiveFindingsNotExceptions(@ForAll byte[] content) throws IOException {
        readExport(content);
    }

    @Property(tries = 300)
    void anyTextAsAnExportGiveFindingsNotExceptions(@ForAll("jsonish") String content) throws IOException {
        readExport(content.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> jsonish() {
        return Arbitraries.strings()
                .withChars("{}[]\":,0123456789.-truefalsnvlueidpropertis \n\\/")
                .ofMaxLength(300);
    }

    @Property(tries = 300)
    void mutatedExportsGiveFindingsOrAssignmentsNotExceptions(@ForAll("mutations") Mutation m) throws IOException {
        readExport(m.apply(validExport()));
    }

    /** Cut a range, insert a byte, or overwrite a byte, somewhere in the file. */
    record Mutation(int kind, double where, double length, byte value) {
        byte[] apply(byte[] in) {
            int at = (int) (where * in.length);
            int n = Math.min(in.length - at, (int) (length * 40));
            byte[] out;
            switch (kind) {
                case 0 -> {
                    out = new byte[in.length - n];
                    System.arraycopy(in, 0, out, 0, at);
                    System.arraycopy(in, at + n, out, at, in.length - at - n);
                }
                case 1 -> {
                    out = new byte[in.length + 1];
                    System.arraycopy(in, 0, out, 0, at);
                    out[at] = value;
                    System.arraycopy(in, at, out, at + 1, in.length - at);
                }
                default -> {
                    out = in.clone();
                    out[Math.min(at, in.length - 1)] = value;
                }
            }
            return out;
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.doubles().between(0, 0.999).ofScale(3),
                        Arbitraries.doubles().between(0, 1).ofScale(3),
                        Arbitraries.of(
                                (byte) '"',
                                (byte) '{',
                                (byte) '}',
                                (byte) ',',
                                (byte) ':',
                                (byte) '[',
                                (byte) 0,
                                (byte) 0xC3,
                                (byte) 'x',
                                (byte) '\n'))
                .as(Mutation::new);
    }

    @Property(tries = 200)
    void anExportStillReadsEveryAssignmentAfterAHarmlessWhitespaceMutation(
            @ForAll @IntRange(min = 0, max = 2000) int at) throws IOException {
        byte[] valid = validExport();
        int i = at % valid.length;
        while (i < valid.length && valid[i] != '\n') {
            i++;
        }
        byte[] spaced = new byte[valid.length + 1];
        System.arraycopy(valid, 0, spaced, 0, i);
        spaced[i] = ' ';
        System.arraycopy(valid, i, spaced, i + 1, valid.length - i);
        assertThat(readExport(spaced)).isEqualTo(3);
    }

    // ---- billing

    long readBilling(byte[] content, String suffix) throws IOException {
        Path file = temp(content, suffix);
        try {
            FindingSink findings = new FindingSink(Severities.allErrors());
            UsageTable table = new UsageTable();
            BILLING.read(file, "billing" + suffix, table, findings);
            assertFindingsArePositioned(findings.findings());
            table.bySubscription(LocalDate.of(2026, 11, 24)).values().forEach(b -> {
                assertThat(b.usage().missedCost()).isLessThanOrEqualTo(b.usage().eligibleCost() + 0.01);
                assertThat(b.usage().applied()).isIn("yes", "no", "partly", "unknown");
            });
            return table.lines;
        } finally {
            Files.delete(file);
        }
    }

    @Property(tries = 300)
    void anyBytesAsABillingFileGiveFindingsNotExceptions(@ForAll byte[] content) throws IOException {
        readBilling(content, ".csv");
        readBilling(content, ".csv.gz");
    }

    @Property(tries = 200)
    void randomValuesUnderARealHeaderGiveFindingsNotExceptions(
            @ForAll("lines") List<List<String>> lines, @ForAll boolean costDetails) throws IOException {
        List<String> header = costDetails ? Billing.COST_DETAILS : Billing.DAILY_RATED_USAGE;
        StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
        for (List<String> line : lines) {
            List<String> values = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                values.add(Billing.quote(line.get(c % line.size())));
            }
            csv.append(String.join(",", values)).append('\n');
        }
        assertThat(readBilling(csv.toString().getBytes(StandardCharsets.UTF_8), ".csv"))
                .isEqualTo(lines.size());
    }

    @Provide
    Arbitrary<List<List<String>>> lines() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.create(() -> UUID.randomUUID().toString()),
                Arbitraries.of(
                        "15",
                        "0",
                        "15.00",
                        "0.15",
                        "15%",
                        "True",
                        "false",
                        "1",
                        "2026-11-01",
                        "11/31/2026",
                        "2026-02-30T00:00:00",
                        "1.5E-05",
                        "-3,25",
                        "",
                        "\"",
                        "Spot",
                        "Reservation",
                        "Marketplace"));
        return value.list().ofMinSize(1).ofMaxSize(8).list().ofMaxSize(20);
    }

    @Property(tries = 200)
    void mutatedBillingFilesGiveFindingsNotExceptions(@ForAll("mutations") Mutation m, @ForAll boolean gzip)
            throws IOException {
        List<Map<String, String>> lines = new ArrayList<>();
        for (int d = 1; d <= 5; d++) {
            lines.add(Billing.usage(Exports.FABRIKAM, Exports.SUB1, "2026-11-0" + d, d % 2 == 0 ? "15" : "0", "1.25"));
        }
        byte[] content = m.apply(Billing.csv(Billing.DAILY_RATED_USAGE, lines).getBytes(StandardCharsets.UTF_8));
        if (gzip) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
                out.write(content);
            }
            content = m.apply(bytes.toByteArray()); // and the compressed bytes mutated too
        }
        readBilling(content, gzip ? ".csv.gz" : ".csv");
    }

    // ---- lenient values

    @Property
    void decimalsReadBack(
            @ForAll @DoubleRange(min = -1e9, max = 1e9) double v, @ForAll @IntRange(min = 0, max = 6) int digits) {
        String text = String.format(Locale.ROOT, "%." + digits + "f", v);
        double read = Lenient.decimal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, text.length());
        assertThat(read)
                .isCloseTo(
                        Double.parseDouble(text), org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(v))));
    }

    @Property
    void datesReadBackInBothFormats(@ForAll @IntRange(min = 0, max = 40000) int epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        String iso = d + "T00:00:00.0000000Z";
        String us = d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + d.getYear() + " 12:00:00 AM";
        assertThat(Lenient.day(iso.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, iso.length()))
                .isEqualTo(epochDay);
        assertThat(Lenient.day(us.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, us.length()))
                .isEqualTo(epochDay);
    }

    @Property
    void guidsReadBack(@ForAll long hi, @ForAll long lo, @ForAll boolean upper) {
        String text = new UUID(hi, lo).toString();
        text = upper ? text.toUpperCase(Locale.ROOT) : text;
        long[] out = new long[2];
        assertThat(Lenient.guid(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, text.length(), out))
                .isTrue();
        assertThat(new UUID(out[0], out[1])).isEqualTo(new UUID(hi, lo));
    }
}
