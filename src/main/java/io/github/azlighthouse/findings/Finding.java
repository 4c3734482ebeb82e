package io.github.azlighthouse.findings;

import io.github.azlighthouse.source.Position;

/**
 * One problem found in the input or in a template. Prints as
 * {@code file:line:column: severity [rule-id] subject: message}.
 */
public record Finding(String ruleId, Severity severity, Position position, Subject subject, String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, s, position, subject, message);
    }

    /** The message with its subject in front, as the console, JUnit XML and SARIF show it. */
    public String fullMessage() {
        String about = subject.describe();
        return about.isEmpty() ? message : about + ": " + message;
    }

    @Override
    public String toString() {
        return position + ": " + severity.label() + " [" + ruleId + "] " + fullMessage();
    }
}
