package io.github.azlighthouse.audit;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One JSON value read from a stream with its keys in lower case (export property names are compared
 * case-insensitively) and the position of every value, keyed by JSON Pointer of the lower-cased keys.
 * Held for one registration assignment at a time.
 */
final class PositionedJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final JsonNode root;
    private final Map<String, Position> positions;

    private PositionedJson(String file, JsonNode root, Map<String, Position> positions) {
        this.file = file;
        this.root = root;
        this.positions = positions;
    }

    /** Reads the value at the parser's current token. */
    static PositionedJson read(JsonParser p, String file) throws IOException {
        Map<String, Position> positions = new HashMap<>();
        JsonNode root = value(p, file, "", positions);
        return new PositionedJson(file, root, positions);
    }

    /** Reads the value of field {@code name} (lower case; the parser is on its value) into {@code into}. */
    static void field(JsonParser p, String file, String name, ObjectNode into, Map<String, Position> positions)
            throws IOException {
        into.set(name, value(p, file, "/" + name, positions));
    }

    private static JsonNode value(JsonParser p, String file, String pointer, Map<String, Position> positions)
            throws IOException {
        positions.put(pointer, at(p.currentTokenLocation(), file));
        return switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName().toLowerCase(Locale.ROOT);
                    p.nextToken();
                    object.set(
                            name,
                            value(
                                    p,
                                    file,
                                    pointer + "/" + name.replace("~", "~0").replace("/", "~1"),
                                    positions));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(p, file, pointer + "/" + i++, positions));
                }
                yield array;
            }
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> NODES.textNode(p.getText());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            default -> NODES.nullNode();
        };
    }

    static Position at(JsonLocation l, String file) {
        return l == null || l.getLineNr() < 1
                ? Position.startOf(file)
                : new Position(file, l.getLineNr(), Math.max(1, l.getColumnNr()));
    }

    JsonNode root() {
        return root;
    }

    JsonNode node(String pointer) {
        return root.at(pointer);
    }

    /** The position of the value at {@code pointer}, or of its nearest parent. */
    Position position(String pointer) {
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

    /** The text at {@code pointer} (null when absent or not a scalar) with its position. */
    Located text(String pointer) {
        JsonNode n = root.at(pointer);
        return new Located(n.isValueNode() && !n.isNull() ? n.asText() : null, position(pointer));
    }

    static PositionedJson of(String file, JsonNode root, Map<String, Position> positions) {
        return new PositionedJson(file, root, positions);
    }
}
