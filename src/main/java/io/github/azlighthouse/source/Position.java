package io.github.azlighthouse.source;

/** Where a value stands in a file: 1-based line and column; {@code file} as it is shown to the user. */
public record Position(String file, int line, int column) {

    public static Position startOf(String file) {
        return new Position(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
