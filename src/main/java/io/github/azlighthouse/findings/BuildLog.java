package io.github.azlighthouse.findings;

/** The core's view of a logger; the Mojo adapts Maven's Log to it, tests collect lines. */
public interface BuildLog {
    void info(String line);

    void warn(String line);

    void error(String line);

    default void debug(String line) {}
}
