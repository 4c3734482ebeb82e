package io.github.azlighthouse.findings;

import java.util.Locale;

/** How a finding counts: errors fail the build, warnings are shown, OFF drops the finding. */
public enum Severity {
    ERROR,
    WARNING,
    OFF;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error}, {@code warning} or {@code off} (any case); {@code null} for anything else. */
    public static Severity parse(String text) {
        if (text == null) {
            return null;
        }
        for (Severity s : values()) {
            if (s.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }
}
