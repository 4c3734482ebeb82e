package io.github.azlighthouse.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

/**
 * Writes {@code lighthouse-summary.json} as customers are done, so a list of 50,000 customers never
 * sits in memory as one tree. Same formatting as every other file we write (2-space indent, LF).
 */
final class SummaryWriter implements AutoCloseable {

    private final ObjectMapper mapper;
    private final JsonGenerator g;

    SummaryWriter(Path file, ObjectMapper mapper, ObjectNode header) throws IOException {
        this.mapper = mapper;
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        this.g = mapper.getFactory().createGenerator(Files.newOutputStream(file));
        g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("")
                .withArrayEmptySeparator("")).withObjectIndenter(indenter).withArrayIndenter(indenter));
        g.writeStartObject();
        for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e : header.properties()) {
            g.writeFieldName(e.getKey());
            mapper.writeTree(g, e.getValue());
        }
        g.writeArrayFieldStart("customers");
    }

    void customer(ObjectNode entry) throws IOException {
        mapper.writeTree(g, entry);
    }

    void finish(int delegations, long warnings, Collection<String> files) throws IOException {
        g.writeEndArray();
        g.writeNumberField("delegations", delegations);
        g.writeNumberField("warnings", warnings);
        g.writeArrayFieldStart("files");
        for (String f : files) {
            g.writeString(f);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
    }

    @Override
    public void close() throws IOException {
        if (!g.isClosed()) {
            g.close();
        }
    }
}
