package io.github.azlighthouse.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A JSON or YAML file read as a stream: its top-level object (the header) is held, except one array,
 * whose elements are handed out one at a time, each a {@link SourceDocument} part with the positions
 * of its own values. Memory is the header plus one element, however long the array is.
 *
 * <p>When the array comes after every key its elements need ({@code headerReady}), the elements are
 * read in the same pass; keys that follow the array are read after the last element and listed by
 * {@link #lateKeys()}, because whoever used the elements did so without them. Otherwise the first
 * pass skips the array and the elements come from a second pass over the file. Not thread-safe.
 */
public final class StreamedDocument implements AutoCloseable {

    private final SourceParser parser;
    private final Path file;
    private final String shownAs;
    private final String arrayKey;
    private final Map<String, Position> headerPositions = new HashMap<>();
    private final List<String> lateKeys = new ArrayList<>();
    private JsonNode header;
    private JsonParser p; // where elements come from: the first pass (one pass) or the second
    private boolean onePass;
    private boolean arrayFound;
    private boolean done;
    private int count;
    private int index;

    StreamedDocument(
            SourceParser parser,
            Path file,
            String shownAs,
            String arrayKey,
            Predicate<JsonNode> headerReady,
            boolean headerFirst)
            throws IOException, SyntaxError {
        this.parser = parser;
        this.file = file;
        this.shownAs = shownAs;
        this.arrayKey = arrayKey;
        this.p = parser.open(file, shownAs);
        boolean ok = false;
        try {
            readHeader(headerReady, headerFirst);
            ok = true;
        } finally {
            if (!ok) {
                close();
            }
        }
    }

    private void readHeader(Predicate<JsonNode> headerReady, boolean headerFirst) throws IOException, SyntaxError {
        if (p.currentToken() != JsonToken.START_OBJECT) { // not an object: hold it all; the schema will say why
            header = parser.value(p, "", headerPositions, shownAs, file);
            parser.requireEnd(p, shownAs, file);
            close();
            return;
        }
        header = JsonNodeFactory.instance.objectNode();
        headerPositions.put("", SourceParser.position(p, shownAs));
        SourceParser.refuseAliases(p, shownAs);
        readKeys(headerReady, headerFirst, false);
    }

    /**
     * Reads top-level keys into the header up to the end of the document, or up to the array when its
     * elements are to be read in this pass. {@code late}: keys after the array, recorded as such.
     */
    private void readKeys(Predicate<JsonNode> headerReady, boolean headerFirst, boolean late)
            throws IOException, SyntaxError {
        ObjectNode object = (ObjectNode) header;
        while (token() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String pointer = "/" + SourceDocument.escape(name);
            if (object.has(name)) {
                throw SourceParser.duplicateKey(p, shownAs, name);
            }
            headerPositions.put(pointer + SourceDocument.KEY_SUFFIX, SourceParser.position(p, shownAs));
            if (late) {
                lateKeys.add(name);
            }
            token();
            if (!late && name.equals(arrayKey) && p.currentToken() == JsonToken.START_ARRAY) {
                SourceParser.refuseAliases(p, shownAs);
                arrayFound = true;
                headerPositions.put(pointer, SourceParser.position(p, shownAs));
                object.putArray(name); // stands for the array in the header; its elements are streamed
                if (!headerFirst && headerReady.test(object)) {
                    onePass = true;
                    return; // the elements follow on this parser
                }
                count = parser.skip(p, shownAs, file);
                continue;
            }
            object.set(name, parser.value(p, pointer, headerPositions, shownAs, file));
        }
        parser.requireEnd(p, shownAs, file);
        close();
    }

    /** The top level, with the streamed array standing as an empty array. After the last element it includes late keys. */
    public SourceDocument header() {
        return new SourceDocument(shownAs, header, headerPositions);
    }

    /** Whether the top level has the array key holding an array (else there are no elements). */
    public boolean hasArray() {
        return arrayFound;
    }

    /** The next element, or {@code null} after the last. */
    public SourceDocument nextElement() throws IOException, SyntaxError {
        if (done || !arrayFound) {
            return null;
        }
        if (p == null) { // second pass: find the array again
            p = parser.open(file, shownAs);
            while (token() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                token();
                if (name.equals(arrayKey)) {
                    break;
                }
                parser.skip(p, shownAs, file);
            }
        }
        if (token() == JsonToken.END_ARRAY) {
            done = true;
            if (onePass) {
                readKeys(null, false, true);
            } else {
                close();
            }
            return null;
        }
        String pointer = "/" + SourceDocument.escape(arrayKey) + "/" + index;
        Map<String, Position> positions = new HashMap<>();
        JsonNode value = parser.value(p, pointer, positions, shownAs, file);
        index++;
        if (onePass) {
            count = index;
        }
        return new SourceDocument(shownAs, pointer, value, positions);
    }

    /** Keys after the array (one pass only), in the order read: they were not known while elements were used. */
    public List<String> lateKeys() {
        return List.copyOf(lateKeys);
    }

    /** The number of elements: known from the start after two passes, else once the last has been read. */
    public int count() {
        return count;
    }

    private JsonToken token() throws IOException, SyntaxError {
        return parser.next(p, shownAs, file);
    }

    @Override
    public void close() throws IOException {
        if (p != null) {
            p.close();
            p = null;
        }
    }
}
