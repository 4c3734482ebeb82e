package io.github.azlighthouse.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a value stands in a file: 1-based line and column; {@code file} as it is shown to the user.
 * A position can also be a reference into a document ({@link #in}) whose line and column are looked
 * up on first use: that costs a parse for documents this plugin built itself, and most positions are
 * never reported.
 */
public final class Position {

    private String file;
    private boolean fileFromLookup;
    private final String pointer;
    private java.util.function.Supplier<Position> lookup;
    private SourceDocument doc; // for in(): looked up there, without a lambda per position (there are many)
    private int line;
    private int column;

    public Position(String file, int line, int column) {
        this.file = file;
        this.pointer = null;
        this.line = line;
        this.column = column;
    }

    private Position(String file, String pointer, java.util.function.Supplier<Position> lookup) {
        this.file = file;
        this.pointer = pointer;
        this.lookup = lookup;
    }

    /**
     * The position of the value at {@code pointer} in {@code doc}, looked up when first needed. A value that
     * is absent stands at its nearest parent that is there (a missing key: the object that lacks it).
     */
    public static Position in(SourceDocument doc, String pointer) {
        Position p = new Position(doc.file(), pointer, null);
        p.doc = doc;
        p.fileFromLookup = doc.isMapped(); // an assembled document's values stand in other files
        return p;
    }

    /** The position of key {@code name} of the object at {@code pointer}, looked up when first needed. */
    public static Position ofKey(SourceDocument doc, String pointer, String name) {
        return new Position(
                doc.file(), pointer + "/" + SourceDocument.escape(name), () -> doc.keyPosition(pointer, name));
    }

    public static Position startOf(String file) {
        return new Position(file, 1, 1);
    }

    /** A path as findings and logs show it: relative to the project when inside it, '/'-separated. */
    public static String shownPath(Path basedir, Path file) {
        Path base = basedir.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }

    private synchronized void resolve() {
        if (lookup != null || doc != null) {
            Position p = doc != null ? doc.position(pointer) : lookup.get();
            line = p.line();
            column = p.column();
            if (fileFromLookup) {
                file = p.file();
            }
            lookup = null;
            doc = null;
        }
    }

    /**
     * Looks the line and column up now, so the document they came from need not be kept: for values
     * held long after their part of a file was read (a collected customer list).
     */
    public Position pin() {
        resolve();
        return this;
    }

    public String file() {
        if (fileFromLookup) {
            resolve();
        }
        return file;
    }

    /**
     * The JSON Pointer of the value this position was made for ({@link #in}, {@link #ofKey}), e.g.
     * {@code /principals/tier1/displayName}, so a message can name what the user wrote there; {@code null}
     * for a position given by line and column. Not part of equality: one place is one place.
     */
    public String pointer() {
        return pointer;
    }

    public int line() {
        resolve();
        return line;
    }

    public int column() {
        resolve();
        return column;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Position p && file().equals(p.file()) && line() == p.line() && column() == p.column();
    }

    @Override
    public int hashCode() {
        return Objects.hash(file(), line(), column());
    }

    @Override
    public String toString() {
        return file() + ":" + line() + ":" + column();
    }
}
