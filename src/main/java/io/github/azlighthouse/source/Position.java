package io.github.azlighthouse.source;

/** Where a value stands in a file: 1-based line and column; {@code file} as it is shown to the user. */
public record Position(String file, int line, int column) {

    /** A path as findings and logs show it: relative to the project when inside it, '/'-separated. */
    public static String shownPath(java.nio.file.Path basedir, java.nio.file.Path file) {
        java.nio.file.Path base = basedir.toAbsolutePath().normalize();
        java.nio.file.Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }

    public static Position startOf(String file) {
        return new Position(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
