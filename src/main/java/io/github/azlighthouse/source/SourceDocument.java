package io.github.azlighthouse.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A parsed JSON or YAML document that remembers where every value starts, keyed by JSON Pointer
 * ({@code /customers/0/id}). Positions are kept at parse time instead of searched for later.
 */
public final class SourceDocument {

    private final String file;
    private final JsonNode root;
    private final String base;
    private Map<String, Position> positions;
    private Supplier<Map<String, Position>> deferred;
    private boolean mapped;

    SourceDocument(String file, JsonNode root, Map<String, Position> positions) {
        this(file, "", root, positions);
    }

    /** A part of a file: {@code root} is the value at {@code base}; pointers stay those of the whole file. */
    SourceDocument(String file, String base, JsonNode root, Map<String, Position> positions) {
        this.file = file;
        this.base = base;
        this.root = root;
        this.positions = positions;
    }

    private SourceDocument(String file, JsonNode root, Supplier<Map<String, Position>> deferred) {
        this.file = file;
        this.base = "";
        this.root = root;
        this.deferred = deferred;
    }

    /**
     * A document built in memory whose values stand for places in other files (a template embedded in a
     * policy, assembled from the parts ARM would assemble): each pointer maps to where its value was written;
     * a pointer not in the map takes its nearest parent's place.
     */
    public static SourceDocument mapped(String file, JsonNode root, Map<String, Position> positions) {
        SourceDocument doc = new SourceDocument(file, root, positions);
        doc.mapped = true;
        return doc;
    }

    /** True for a document assembled from other files' values ({@link #mapped}). */
    public boolean isMapped() {
        return mapped;
    }

    /** A document whose positions come from {@code positions} the first time one is asked for. */
    static SourceDocument deferred(String file, JsonNode root, Supplier<SourceDocument> positions) {
        return new SourceDocument(file, root, () -> positions.get().positions());
    }

    /**
     * A document already held as a tree (one this plugin just built), whose positions are found by
     * parsing its serialized form only if a position is ever asked for.
     */
    public static SourceDocument deferred(String file, JsonNode root, byte[] serialized, SourceParser parser) {
        return deferred(file, root, () -> {
            try {
                return parser.parse(new java.io.ByteArrayInputStream(serialized), false, file);
            } catch (java.io.IOException | SyntaxError e) {
                throw new IllegalStateException("cannot parse " + file + " for positions: " + e.getMessage(), e);
            }
        });
    }

    private synchronized Map<String, Position> positions() {
        if (positions == null) {
            positions = deferred.get();
            deferred = null;
        }
        return positions;
    }

    public String file() {
        return file;
    }

    /** The value at {@link #base()} (the whole document's root, unless this is a streamed part). */
    public JsonNode root() {
        return root;
    }

    /** The JSON Pointer of {@link #root()} in the file: empty, or e.g. {@code /customers/7} for a streamed part. */
    public String base() {
        return base;
    }

    /** The value at {@code pointer} (a pointer into the whole file, inside {@link #base()}); missing if outside. */
    public JsonNode node(String pointer) {
        if (base.isEmpty()) {
            return walk(root, pointer, 0);
        }
        if (!pointer.startsWith(base) || (pointer.length() > base.length() && pointer.charAt(base.length()) != '/')) {
            return MissingNode.getInstance();
        }
        return walk(root, pointer, base.length());
    }

    /**
     * The value at {@code pointer.substring(from)} under {@code node}, as {@link JsonNode#at(String)} finds it,
     * without compiling a {@code JsonPointer} per call: the mapper looks up every value of every customer this
     * way, and compiling was a fifth of mapping a cold list.
     */
    static JsonNode walk(JsonNode node, String pointer, int from) {
        if (from == pointer.length()) {
            return node;
        }
        if (pointer.charAt(from) != '/') {
            return node.at(pointer.substring(from)); // not a pointer: Jackson says why
        }
        JsonNode at = node;
        int i = from;
        while (i < pointer.length()) {
            int end = pointer.indexOf('/', i + 1);
            if (end < 0) {
                end = pointer.length();
            }
            String token = pointer.substring(i + 1, end);
            if (at.isObject()) {
                at = at.get(token.indexOf('~') < 0 ? token : unescape(token));
            } else if (at.isArray()) {
                int index = index(token);
                at = index < 0 ? null : at.get(index);
            } else {
                at = null;
            }
            if (at == null) {
                return MissingNode.getInstance();
            }
            i = end;
        }
        return at;
    }

    /** An array index as RFC 6901 writes it (digits, no leading zero), or -1. */
    private static int index(String token) {
        int n = token.length();
        if (n == 0 || n > 9 || (n > 1 && token.charAt(0) == '0')) {
            return -1;
        }
        int value = 0;
        for (int k = 0; k < n; k++) {
            char c = token.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The reverse of {@link #escape}: one reference token as the key it names. */
    public static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** The position of the value at {@code pointer}, or of its nearest parent that has one. */
    public Position position(String pointer) {
        String p = pointer;
        while (true) {
            Position found = positions().get(p);
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
        Position key = positions().get(pointer + "/" + escape(name) + KEY_SUFFIX);
        return key != null ? key : position(pointer + "/" + escape(name));
    }

    public Located text(String pointer) {
        JsonNode node = node(pointer);
        return new Located(node.isValueNode() && !node.isNull() ? node.asText() : null, Position.in(this, pointer));
    }

    /** JSON Pointer escaping of one reference token (RFC 6901). */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    static final String KEY_SUFFIX = "#key";
}
