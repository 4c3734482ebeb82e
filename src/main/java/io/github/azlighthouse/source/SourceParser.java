package io.github.azlighthouse.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses JSON or YAML into a {@link SourceDocument}, recording the position of every value.
 * JSON may carry {@code //} and {@code /* *}{@code /} comments, as ARM allows in templates.
 * Hostile input is refused rather than expanded: YAML anchors and aliases (the "billion laughs"
 * bomb), several YAML documents in one file, duplicate keys, and files above {@link #MAX_BYTES}.
 * Thread-safe: the factories are immutable once built.
 */
public final class SourceParser {

    /** Larger than any real customer list (50,000 customers is about 25 MB of YAML). */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private final JsonFactory json;
    private final YAMLFactory yaml;

    public SourceParser() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxStringLength(1_000_000)
                .build();
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, MAX_BYTES));
        loader.setMaxAliasesForCollections(0);
        loader.setAllowDuplicateKeys(false);
        // ARM reads templates and parameter files with // and /* */ comments; so do we, for every JSON input
        this.json = JsonFactory.builder()
                .streamReadConstraints(limits)
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .build();
        this.yaml = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(limits)
                .build();
    }

    /**
     * Parses {@code file} keeping only its tree; line and column are found by parsing it again, once,
     * if a position is ever asked for. For the many files {@code validate} reads, which are usually
     * valid, this keeps the cost to the tree.
     */
    public SourceDocument parseDeferred(Path file, String shownAs) throws IOException, SyntaxError {
        refuseLarge(file, shownAs);
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = parse(in, isYaml(file), shownAs, null, file).root();
        }
        return positionsLater(root, file, shownAs);
    }

    /**
     * As {@link #parseDeferred(Path, String)}, for a file whose bytes were already read (to be digested):
     * the tree comes from {@code bytes}; positions, if ever asked for, from reading {@code file} again.
     */
    public SourceDocument parseDeferred(byte[] bytes, Path file, String shownAs) throws IOException, SyntaxError {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(shownAs);
        }
        JsonNode root = parse(new java.io.ByteArrayInputStream(bytes), isYaml(file), shownAs, null, file)
                .root();
        return positionsLater(root, file, shownAs);
    }

    /** A document of {@code root} whose positions come from reading {@code file} again, if ever asked for. */
    private SourceDocument positionsLater(JsonNode root, Path file, String shownAs) {
        return SourceDocument.deferred(shownAs, root, () -> {
            try {
                return parse(file, shownAs);
            } catch (IOException | SyntaxError e) {
                throw new IllegalStateException(
                        "cannot read " + shownAs + " again for positions: " + e.getMessage(), e);
            }
        });
    }

    /** The top-level keys of a JSON object read up to {@code stopAt}, and that key's text value (null if absent or not text). */
    public record TopLevel(boolean isObject, java.util.Set<String> keys, String stopValue) {}

    /**
     * Reads the top level of a JSON file only as far as key {@code stopAt} (case-insensitive), skipping
     * nested values without building them: tells templates from parameter files by {@code $schema},
     * which usually comes first, at the cost of a few hundred bytes per file.
     */
    public TopLevel peek(Path file, String shownAs, String stopAt) throws IOException, SyntaxError {
        refuseLarge(file, shownAs);
        try (JsonParser p = json.createParser(Files.newInputStream(file))) {
            return peek(p, file, shownAs, stopAt);
        }
    }

    /** As {@link #peek(Path, String, String)}, over the bytes of {@code file} already read. */
    public TopLevel peek(byte[] bytes, Path file, String shownAs, String stopAt) throws IOException, SyntaxError {
        try (JsonParser p = json.createParser(bytes)) {
            return peek(p, file, shownAs, stopAt);
        }
    }

    private TopLevel peek(JsonParser p, Path file, String shownAs, String stopAt) throws IOException, SyntaxError {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        try {
            requireStart(p, shownAs, file);
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return new TopLevel(false, keys, null);
            }
            while (next(p, shownAs, file) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                keys.add(name);
                JsonToken value = next(p, shownAs, file);
                if (name.equalsIgnoreCase(stopAt)) {
                    return new TopLevel(true, keys, value == JsonToken.VALUE_STRING ? p.getText() : null);
                }
                skip(p, shownAs, file);
            }
            return new TopLevel(true, keys, null);
        } catch (JsonProcessingException | RuntimeException e) {
            throw SyntaxErrors.explain(e, shownAs, false, file);
        }
    }

    /**
     * The bytes of {@code file}, or a syntax error when it is larger than {@link #MAX_BYTES}: the size is
     * asked of the open file, so this costs no more system calls than {@link Files#readAllBytes}.
     */
    public static byte[] readBounded(Path file, String shownAs) throws IOException, SyntaxError {
        try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            if (size > MAX_BYTES) {
                throw tooLarge(shownAs);
            }
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // a file that shrinks while read ends early; one that grows is read to its size when opened
            }
            return buffer.hasRemaining() ? java.util.Arrays.copyOf(buffer.array(), buffer.position()) : buffer.array();
        }
    }

    /** Parses {@code file}; {@code shownAs} is how positions name it (usually relative to the project). */
    public SourceDocument parse(Path file, String shownAs) throws IOException, SyntaxError {
        refuseLarge(file, shownAs);
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, isYaml(file), shownAs, new HashMap<>(), file);
        }
    }

    /**
     * Streams {@code file}: its top-level object is held, except the array under {@code arrayKey},
     * whose elements are handed out one at a time (see {@link StreamedDocument}).
     *
     * @param headerReady whether the keys read before the array are enough to interpret its
     *     elements; when not (or when {@code headerFirst}), the whole top level is read first and
     *     the file is opened again for the elements
     */
    public StreamedDocument stream(
            Path file,
            String shownAs,
            String arrayKey,
            java.util.function.Predicate<JsonNode> headerReady,
            boolean headerFirst)
            throws IOException, SyntaxError {
        refuseLarge(file, shownAs);
        return new StreamedDocument(this, file, shownAs, arrayKey, headerReady, headerFirst);
    }

    private static void refuseLarge(Path file, String shownAs) throws IOException, SyntaxError {
        if (Files.size(file) > MAX_BYTES) {
            throw tooLarge(shownAs);
        }
    }

    private static SyntaxError tooLarge(String shownAs) {
        return new SyntaxError(Position.startOf(shownAs), "file is larger than " + (MAX_BYTES >> 20) + " MiB");
    }

    /** A syntax error if anything follows the value just read (a second YAML document, say). */
    void requireEnd(JsonParser p, String shownAs, Path file) throws IOException, SyntaxError {
        requireEnd(p, shownAs, file, file != null && isYaml(file));
    }

    private void requireEnd(JsonParser p, String shownAs, Path file, boolean isYaml) throws IOException, SyntaxError {
        if (next(p, shownAs, file) != null) {
            throw new SyntaxError(
                    at(p, shownAs),
                    isYaml
                            ? "more than one YAML document; keep the customer list in one document"
                            : "unexpected content after the end of the JSON value");
        }
    }

    static SyntaxError duplicateKey(JsonParser p, String shownAs, String name) {
        return new SyntaxError(at(p, shownAs), "duplicate key '" + name + "'");
    }

    /** A parser positioned on the first token of {@code file}; a syntax error if the file is empty. */
    JsonParser open(Path file, String shownAs) throws IOException, SyntaxError {
        JsonParser p = isYaml(file)
                ? yaml.createParser(Files.newInputStream(file))
                : json.createParser(Files.newInputStream(file));
        boolean ok = false;
        try {
            requireStart(p, shownAs, file);
            ok = true;
            return p;
        } finally {
            if (!ok) {
                p.close();
            }
        }
    }

    /** Moves to the first token; a syntax error if there is none. */
    private void requireStart(JsonParser p, String shownAs, Path file) throws IOException, SyntaxError {
        if (next(p, shownAs, file) == null) {
            throw new SyntaxError(Position.startOf(shownAs), "the file is empty");
        }
    }

    /** {@link JsonParser#nextToken()}, with syntax problems as {@link SyntaxError}s ({@code file}: for their words). */
    JsonToken next(JsonParser p, String shownAs, Path file) throws IOException, SyntaxError {
        try {
            return p.nextToken();
        } catch (JsonProcessingException | RuntimeException e) {
            throw SyntaxErrors.explain(e, shownAs, file != null && isYaml(file), file);
        }
    }

    /** Reads the value at the parser's current token, recording positions under {@code pointer}. */
    JsonNode value(JsonParser p, String pointer, Map<String, Position> positions, String shownAs, Path file)
            throws IOException, SyntaxError {
        try {
            return read(p, pointer, positions, shownAs);
        } catch (JsonProcessingException | RuntimeException e) {
            throw SyntaxErrors.explain(e, shownAs, isYaml(file), file);
        }
    }

    /** Skips the value at the parser's current token; for an array, returns its number of elements. */
    int skip(JsonParser p, String shownAs, Path file) throws IOException, SyntaxError {
        try {
            refuseAliases(p, shownAs);
            if (p.currentToken() != JsonToken.START_ARRAY) {
                p.skipChildren();
                return 0;
            }
            int n = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                refuseAliases(p, shownAs);
                p.skipChildren();
                n++;
            }
            return n;
        } catch (JsonProcessingException | RuntimeException e) {
            throw SyntaxErrors.explain(e, shownAs, isYaml(file), file);
        }
    }

    static Position position(JsonParser p, String shownAs) {
        return at(p, shownAs);
    }

    public static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    public SourceDocument parse(InputStream in, boolean isYaml, String shownAs) throws IOException, SyntaxError {
        return parse(in, isYaml, shownAs, new HashMap<>(), null);
    }

    /** {@code positions} null: build the tree only. {@code file}: the text to explain syntax errors with, if any. */
    private SourceDocument parse(
            InputStream in, boolean isYaml, String shownAs, Map<String, Position> positions, Path file)
            throws IOException, SyntaxError {
        try (JsonParser p = isYaml ? yaml.createParser(in) : json.createParser(in)) {
            if (next(p, shownAs, file) == null) {
                throw new SyntaxError(Position.startOf(shownAs), "the file is empty");
            }
            JsonNode root = read(p, "", positions, shownAs);
            requireEnd(p, shownAs, file, isYaml);
            return new SourceDocument(shownAs, root, positions);
        } catch (JsonProcessingException | RuntimeException e) {
            throw SyntaxErrors.explain(e, shownAs, isYaml, file);
        }
    }

    private JsonNode read(JsonParser p, String pointer, Map<String, Position> positions, String file)
            throws IOException, SyntaxError {
        refuseAliases(p, file);
        if (positions != null) {
            positions.put(pointer, at(p, file));
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = positions == null ? null : pointer + "/" + SourceDocument.escape(name);
                    if (object.has(name)) {
                        throw duplicateKey(p, file, name);
                    }
                    if (positions != null) {
                        positions.put(child + SourceDocument.KEY_SUFFIX, at(p, file));
                    }
                    p.nextToken();
                    object.set(name, read(p, child, positions, file));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(p, positions == null ? null : pointer + "/" + i, positions, file));
                    i++;
                }
                yield array;
            }
            case VALUE_STRING -> nodes.textNode(p.getText());
            case VALUE_NUMBER_INT -> nodes.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(p.getDecimalValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> throw new SyntaxError(at(p, file), "unexpected " + p.currentToken());
        };
    }

    static void refuseAliases(JsonParser p, String file) throws IOException, SyntaxError {
        if (p instanceof YAMLParser y && (y.isCurrentAlias() || y.getObjectId() != null)) {
            throw new SyntaxError(
                    at(p, file),
                    "YAML anchors and aliases (&name, *name) are not supported;"
                            + " write the value out, or use a named principal under 'principals'");
        }
    }

    private static Position at(JsonParser p, String file) {
        return SyntaxErrors.at(p.currentTokenLocation(), file);
    }
}
