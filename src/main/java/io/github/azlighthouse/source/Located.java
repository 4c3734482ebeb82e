package io.github.azlighthouse.source;

/**
 * A string value together with the place it came from, so a finding can point at it. A value may be
 * {@linkplain #isUnknown() unknown}: written as an ARM expression that can only be evaluated at
 * deployment. Rules never treat an unknown value as absent, as satisfying a check, or as violating one.
 */
public record Located(String value, Position at, boolean unknown) {

    public Located(String value, Position at) {
        this(value, at, false);
    }

    /** A value that exists but is known only at deployment (its {@code value()} is null). */
    public static Located unknown(Position at) {
        return new Located(null, at, true);
    }

    /** A value at {@code pointer} in {@code doc}; its line and column are looked up only if asked for. */
    public static Located in(String value, SourceDocument doc, String pointer) {
        return new Located(value, Position.in(doc, pointer));
    }

    public boolean isUnknown() {
        return unknown;
    }

    /** Absent or empty; an unknown value is neither. */
    public boolean isBlank() {
        return !unknown && (value == null || value.isBlank());
    }
}
