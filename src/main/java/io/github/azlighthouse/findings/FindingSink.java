package io.github.azlighthouse.findings;

import io.github.azlighthouse.source.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects findings at their configured severity, dropping those of rules switched off: the one
 * place that decides, so readers do not filter by hand. Not thread-safe: one sink per unit of work.
 */
public final class FindingSink {

    private final Severities severities;
    private final List<Finding> findings = new ArrayList<>();

    public FindingSink(Severities severities) {
        this.severities = severities;
    }

    public void report(String ruleId, Subject subject, Position at, String message) {
        Severity s = severities.severity(ruleId);
        if (s != Severity.OFF) {
            findings.add(new Finding(ruleId, s, at, subject, message));
        }
    }

    public void addAll(List<Finding> more) {
        findings.addAll(more);
    }

    public Severities severities() {
        return severities;
    }

    /** What was reported so far, in report order. */
    public List<Finding> findings() {
        return findings;
    }

    public boolean isEmpty() {
        return findings.isEmpty();
    }
}
