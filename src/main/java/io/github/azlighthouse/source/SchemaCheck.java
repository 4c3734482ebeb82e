package io.github.azlighthouse.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON Schema loaded from the plugin jar and compiled once; safe to share across threads.
 * Violations come back as JSON Pointers, which {@link SourceDocument} turns into positions.
 */
public final class SchemaCheck {

    /** One violation: where (JSON Pointer), which keyword, the property it names (if any), and the text. */
    public record Violation(String pointer, String keyword, String property, JsonNode schemaNode, String message) {}

    /** Where the project publishes its schemas; their ids resolve to the jar instead. */
    public static final String PUBLISHED =
            "https://raw.githubusercontent.com/azlighthouse/lighthouse-maven-plugin/main/schemas/";

    private final Schema schema;

    /**
     * @param resource classpath resource of a draft-07 schema
     * @param idPrefix schema ids starting with this prefix resolve to the resource's folder in the jar
     */
    public SchemaCheck(String resource, String idPrefix) {
        this(resource, idPrefix, "");
    }

    /**
     * @param fragment a JSON Pointer fragment ({@code #/definitions/customer}) to check against a part
     *     of the schema, or empty for the whole
     */
    public SchemaCheck(String resource, String idPrefix, String fragment) {
        String folder = resource.substring(0, resource.lastIndexOf('/') + 1);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_7,
                b -> b.schemas(iri ->
                        iri.startsWith(idPrefix) ? readResource(folder + iri.substring(idPrefix.length())) : null));
        this.schema = registry.getSchema(SchemaLocation.of(idPrefix + resource.substring(folder.length()) + fragment));
        schema.initializeValidators(); // resolve every $ref now, not on a build thread later
    }

    /** Schema text from the plugin jar; {@code null} (not found) for anything else, so nothing is fetched. */
    private static String readResource(String path) {
        int hash = path.indexOf('#');
        String name = hash < 0 ? path : path.substring(0, hash);
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + name + " from the plugin jar", e);
        }
    }

    public List<Violation> check(JsonNode tree) {
        List<Violation> out = new ArrayList<>();
        for (Error e : schema.validate(tree)) {
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            if (message.startsWith("$") && colon > 0) { // drop networknt's own path prefix
                message = message.substring(colon + 2);
            }
            out.add(new Violation(
                    pointer(e.getInstanceLocation()),
                    e.getKeyword() == null ? "" : e.getKeyword(),
                    e.getProperty(),
                    e.getSchemaNode(),
                    message));
        }
        return out;
    }

    static String pointer(NodePath path) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            s.append('/')
                    .append(
                            element instanceof Integer
                                    ? element.toString()
                                    : SourceDocument.escape(String.valueOf(element)));
        }
        return s.toString();
    }
}
