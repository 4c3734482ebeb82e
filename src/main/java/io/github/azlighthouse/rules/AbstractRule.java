package io.github.azlighthouse.rules;

import io.github.azlighthouse.findings.Severity;

/** A rule's identity, stated once in its constructor; subclasses implement only their checks. */
public abstract class AbstractRule implements Rule {

    private final String id;
    private final Severity defaultSeverity;
    private final String summary;

    protected AbstractRule(String id, Severity defaultSeverity, String summary) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.summary = summary;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public final String summary() {
        return summary;
    }
}
