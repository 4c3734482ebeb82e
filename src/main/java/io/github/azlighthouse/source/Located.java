package io.github.azlighthouse.source;

/** A string value together with the place it came from, so a finding can point at it. */
public record Located(String value, Position at) {

    /** A value at {@code pointer} in {@code doc}; its line and column are looked up only if asked for. */
    public static Located in(String value, SourceDocument doc, String pointer) {
        return new Located(value, Position.in(doc, pointer));
    }

    public boolean isBlank() {
        return value == null || value.isBlank();
    }
}
