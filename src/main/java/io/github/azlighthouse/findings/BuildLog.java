package io.github.azlighthouse.findings;

/** The core's view of a logger; the Mojo adapts Maven's Log to it, tests collect lines. */
public interface BuildLog {
    /** Drops every line: for callers that take the findings from the result (tests, benchmarks, embedders). */
    BuildLog NONE = new BuildLog() {
        @Override
        public void info(String line) {}

        @Override
        public void warn(String line) {}

        @Override
        public void error(String line) {}
    };

    void info(String line);

    void warn(String line);

    void error(String line);

    default void debug(String line) {}
}
