package io.github.azlighthouse.plugin;

import io.github.azlighthouse.findings.BuildLog;
import org.apache.maven.plugin.logging.Log;

/** Adapts Maven's logger to the core's. */
final class MavenBuildLog implements BuildLog {

    private final Log log;

    MavenBuildLog(Log log) {
        this.log = log;
    }

    @Override
    public void info(String line) {
        log.info(line);
    }

    @Override
    public void warn(String line) {
        log.warn(line);
    }

    @Override
    public void error(String line) {
        log.error(line);
    }

    @Override
    public void debug(String line) {
        log.debug(line);
    }
}
