package io.github.azlighthouse.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A parsed JSON or YAML document that remembers where every value starts, keyed by JSON Pointer
 * ({@code /customers/0/id}). Positions are kept at parse time instead of searched for later.
 */
public final class SourceDocument {

    private final String file;
    private final JsonNode root;
    private final Map<String, Position> positions;

    SourceDocument(String file, JsonNode root, Map<String, Position> positions) {
        this.file = file;
        this.root = root;
        this.positions = positions;
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** The position of the value at {@code pointer}, or of its nearest parent that has one. */
    public Position position(String pointer) {
        String p = pointer;
        while (true) {
            Position found = positions.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return Position.startOf(file);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** The position of the key {@code name} in the object at {@code pointer} (the key, not its value). */
    public Position keyPosition(String pointer, String name) {
        Position key = positions.get(pointer + "/" + escape(name) + KEY_SUFFIX);
        return key != null ? key : position(pointer + "/" + escape(name));
    }

    public Located text(String pointer) {
        JsonNode node = root.at(pointer);
        return new Located(node.isValueNode() && !node.isNull() ? node.asText() : null, position(pointer));
    }

    /** JSON Pointer escaping of one reference token (RFC 6901). */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    static final String KEY_SUFFIX = "#key";
}
