package io.github.azlighthouse.source;

/** A string value together with the place it came from, so a finding can point at it. */
public record Located(String value, Position at) {

    public boolean isBlank() {
        return value == null || value.isBlank();
    }
}
