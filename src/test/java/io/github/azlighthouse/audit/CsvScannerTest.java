package io.github.azlighthouse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The byte-level CSV scanner, against hand-made cases and against Jackson's CSV parser on random tables. */
class CsvScannerTest {

    static List<List<String>> scan(byte[] content) throws IOException {
        return scan(new ByteArrayInputStream(content));
    }

    static List<List<String>> scan(InputStream in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvScanner csv = new CsvScanner(in)) {
            List<String> row = new ArrayList<>();
            while (csv.next((c, b, s, e) -> row.add(new String(b, s, e - s, StandardCharsets.UTF_8)))) {
                rows.add(List.copyOf(row));
                row.clear();
            }
        }
        return rows;
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void quotesEscapesLineBreaksAndLineEnds() throws IOException {
        assertThat(scan(bytes("\uFEFFa,b,c\r\n1,\"x, \"\"y\"\"\",3\n\n\"multi\nline\",,last\r\nend")))
                .containsExactly(
                        List.of("a", "b", "c"),
                        List.of("1", "x, \"y\"", "3"),
                        List.of("multi\nline", "", "last"),
                        List.of("end"));
    }

    @Test
    void lineNumbersCountLineBreaksInsideQuotes() throws IOException {
        List<Long> lines = new ArrayList<>();
        try (CsvScanner csv = new CsvScanner(new ByteArrayInputStream(bytes("h\n\"a\nb\"\nc\r\n\r\nd\n")))) {
            while (csv.next((c, b, s, e) -> {})) {
                lines.add(csv.rowLine());
            }
        }
        assertThat(lines).containsExactly(1L, 2L, 4L, 6L);
    }

    @Test
    void fieldsAcrossBufferBoundsAndLongerThanTheBuffer() throws IOException {
        String longValue = "v".repeat(200_000);
        String quoted = "q\"\"".repeat(30_000);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            s.append(i).append(",\"").append(i % 7 == 0 ? "a,b" : "c").append("\",x\n");
        }
        s.append(longValue).append(",\"").append(quoted).append("\"\n");
        List<List<String>> rows =
                scan(new java.io.BufferedInputStream(new ByteArrayInputStream(bytes(s.toString())), 777));
        assertThat(rows).hasSize(5_001);
        assertThat(rows.get(4_999)).containsExactly("4999", "c", "x");
        assertThat(rows.get(5_000)).containsExactly(longValue, "q\"".repeat(30_000));
    }

    @Test
    void anUnclosedQuoteIsReported() throws IOException {
        try (CsvScanner csv = new CsvScanner(new ByteArrayInputStream(bytes("a,\"open\nmore")))) {
            assertThat(csv.next((c, b, s, e) -> {})).isTrue();
            assertThat(csv.problem()).contains("not closed");
        }
    }

    @Property(tries = 300)
    void readsWhatJacksonReads(@ForAll("tables") List<List<String>> table, @ForAll boolean crlf) throws IOException {
        StringBuilder s = new StringBuilder();
        for (List<String> row : table) {
            List<String> cells = new ArrayList<>();
            for (String v : row) {
                cells.add(
                        v.isEmpty() || (v.matches("[^,\"\r\n]+") && !v.startsWith(" "))
                                ? v
                                : "\"" + v.replace("\"", "\"\"") + "\"");
            }
            s.append(String.join(",", cells)).append(crlf ? "\r\n" : "\n");
        }
        byte[] content = bytes(s.toString());
        List<List<String>> expected = new ArrayList<>();
        try (CsvParser p = new CsvFactory().createParser(content)) {
            List<String> row = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    row.add(p.getText());
                } else if (t == JsonToken.END_ARRAY) {
                    expected.add(List.copyOf(row));
                    row.clear();
                }
            }
        }
        assertThat(scan(new java.io.BufferedInputStream(new ByteArrayInputStream(content), 3)))
                .isEqualTo(expected);
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> cell =
                Arbitraries.strings().withChars("ab ,\"\r\n\u00e9\u20ac1").ofMaxLength(8);
        return cell.list()
                .ofMinSize(1)
                .ofMaxSize(5)
                .filter(r -> !(r.size() == 1 && r.get(0).isEmpty()))
                .list()
                .ofMaxSize(8);
    }
}
