package io.github.azlighthouse.diff;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The changes found so far, one customer per line in a scratch file, with their counts by kind in memory: a
 * change that touches every customer (a new PEC role) never sits in memory as one list. Read back, in the order
 * written, by the reports.
 */
final class ChangeLog implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private BufferedWriter out;
    private final Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
    private int customers;

    ChangeLog(Path scratch) throws IOException {
        this.file = Files.createTempFile(scratch, ".lighthouse-changes-", ".jsonl");
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** Adds one customer's changes (nothing when there are none). */
    void add(CustomerChanges c) throws IOException {
        if (c.changes().isEmpty()) {
            return;
        }
        out.write(MAPPER.writeValueAsString(c));
        out.write('\n');
        c.changes().forEach(change -> counts.merge(change.kind(), 1, Integer::sum));
        if (c.customer() != null) {
            customers++;
        }
    }

    /** Forgets everything (the current list is read again). */
    void reset() throws IOException {
        out.close();
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        counts.clear();
        customers = 0;
    }

    Map<ChangeKind, Integer> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** Customers with changes. */
    int customers() {
        return customers;
    }

    /** Stops writing; the log can then be read, as often as needed. */
    void finish() throws IOException {
        out.close();
    }

    void each(DiffResult.Visitor visitor) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                visitor.visit(MAPPER.readValue(line, CustomerChanges.class));
            }
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
        Files.deleteIfExists(file);
    }
}
