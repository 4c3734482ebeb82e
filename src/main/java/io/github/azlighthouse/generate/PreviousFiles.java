package io.github.azlighthouse.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The files the last run listed in its summary, read as a stream (the list is as long as the
 * output). Only names inside the output directory; an unreadable summary gives what was read.
 */
final class PreviousFiles implements Iterator<String>, AutoCloseable {
    private final JsonParser p;
    private String next;

    PreviousFiles(Path summary, JsonFactory factory) throws IOException {
        JsonParser parser = null;
        if (Files.isRegularFile(summary)) {
            try {
                parser = factory.createParser(summary.toFile());
                if (parser.nextToken() == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        boolean files = parser.currentName().equals(RunSummary.FILES);
                        if (parser.nextToken() == JsonToken.START_ARRAY && files) {
                            break;
                        }
                        parser.skipChildren();
                    }
                }
            } catch (IOException e) {
                // stale files stay; the new run is still complete
            }
        }
        this.p = parser;
        advance();
    }

    private void advance() {
        next = null;
        try {
            while (p != null && !p.isClosed() && p.currentToken() != null) {
                JsonToken t = p.nextToken();
                if (t != JsonToken.VALUE_STRING) {
                    p.close(); // the end of the list, or not a list
                    return;
                }
                String name = p.getText();
                if (!name.contains("..") && !name.startsWith("/")) { // never delete outside the output directory
                    next = name;
                    return;
                }
            }
        } catch (IOException e) {
            next = null; // an unreadable old summary only means stale files stay
        }
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public String next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        String n = next;
        advance();
        return n;
    }

    @Override
    public void close() throws IOException {
        if (p != null) {
            p.close();
        }
    }
}
