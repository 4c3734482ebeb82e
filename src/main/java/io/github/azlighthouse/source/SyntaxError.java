package io.github.azlighthouse.source;

/** The file is not well-formed JSON/YAML, or uses a construct we refuse (aliases, several documents). */
public final class SyntaxError extends Exception {

    private final Position position;

    public SyntaxError(Position position, String message) {
        super(message);
        this.position = position;
    }

    public Position position() {
        return position;
    }
}
