package io.github.azlighthouse.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code lighthouse-summary.json} ({@link RunSummary}) as customers are done, so a list of 50,000
 * customers never sits in memory as one object. Same formatting as every other file we write (2-space
 * indent, LF). The closing list of files (customers' files in list order, then the run's own) is spooled
 * to a scratch file meanwhile, for the same reason.
 */
final class SummaryWriter implements AutoCloseable {

    private final ObjectMapper mapper;
    private final JsonGenerator g;
    private final Path spool;
    private final BufferedWriter files;
    private int count;

    /**
     * @param header the summary's properties before the customers (those after them are written here)
     * @param scratch a folder for the spooled file list (not the output)
     */
    SummaryWriter(Path file, ObjectMapper mapper, RunSummary header, Path scratch) throws IOException {
        this.mapper = mapper;
        this.spool = Files.createTempFile(scratch, ".lighthouse-files-", ".txt");
        this.files = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        this.g = mapper.getFactory().createGenerator(Files.newOutputStream(file));
        g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
        g.writeStartObject();
        ObjectNode start = mapper.valueToTree(header);
        for (Map.Entry<String, JsonNode> e : start.properties()) {
            if (!RunSummary.STREAMED.contains(e.getKey())) {
                g.writeFieldName(e.getKey());
                mapper.writeTree(g, e.getValue());
            }
        }
        g.writeArrayFieldStart("customers");
    }

    /** One customer's entry and the files made for it. */
    void customer(RunSummary.Customer entry, List<String> made) throws IOException {
        mapper.writeValue(g, entry);
        for (String f : made) {
            files.write(f);
            files.write('\n');
        }
        count += made.size();
    }

    /** Ends the summary with the totals and every file; {@code own} are the run's own files. Returns the file count. */
    int finish(int delegations, long warnings, List<String> own) throws IOException {
        g.writeEndArray();
        g.writeNumberField("delegations", delegations);
        g.writeNumberField("warnings", warnings);
        g.writeArrayFieldStart(RunSummary.FILES);
        files.close();
        try (BufferedReader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
            for (String f = in.readLine(); f != null; f = in.readLine()) {
                g.writeString(f);
            }
        }
        for (String f : own) {
            g.writeString(f);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
        return count + own.size();
    }

    @Override
    public void close() throws IOException {
        if (!g.isClosed()) {
            g.close();
        }
        files.close();
        Files.deleteIfExists(spool);
    }
}
