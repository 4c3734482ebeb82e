package io.github.azlighthouse.arm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Deterministic JSON: insertion-ordered keys, 2-space indent, {@code "key": value}, LF line ends,
 * UTF-8, a final newline. The same tree always gives the same bytes on every platform.
 */
public final class ArmJson {

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonFactory factory = mapper.getFactory();

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    public byte[] write(JsonNode tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.setPrettyPrinter(printer());
            mapper.writeTree(g, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory cannot fail
        }
        out.write('\n');
        return out.toByteArray();
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
