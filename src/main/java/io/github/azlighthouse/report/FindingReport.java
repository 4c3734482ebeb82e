package io.github.azlighthouse.report;

import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.findings.Subject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Console lines for findings, in file/line/column order. A problem in an offer repeats on every
 * customer and subscription that uses it; such repeats (same rule, place and message) print once,
 * naming the first delegation and counting the others.
 */
public final class FindingReport {

    private static final int NAMED_REPEATS = 3;

    private FindingReport() {
    }

    public static List<String> lines(List<Finding> findings) {
        Map<List<Object>, List<Finding>> groups = new LinkedHashMap<>();
        findings.stream()
                .sorted(Comparator.comparing((Finding f) -> f.position().file())
                        .thenComparingInt(f -> f.position().line())
                        .thenComparingInt(f -> f.position().column())
                        .thenComparing(Finding::ruleId))
                .forEach(f -> groups.computeIfAbsent(
                        List.of(f.ruleId(), f.severity(), f.position(), f.message()), k -> new ArrayList<>()).add(f));
        List<String> lines = new ArrayList<>();
        for (List<Finding> group : groups.values()) {
            Finding first = group.get(0);
            String line = first.toString();
            if (group.size() > 1) {
                List<String> others = group.stream().skip(1).map(Finding::subject).filter(Objects::nonNull)
                        .map(FindingReport::shortName).distinct().toList();
                line += " (also " + String.join(", ", others.stream().limit(NAMED_REPEATS).toList())
                        + (others.size() > NAMED_REPEATS ? " and " + (others.size() - NAMED_REPEATS) + " more" : "") + ")";
            }
            lines.add(line);
        }
        return lines;
    }

    private static String shortName(Subject s) {
        return s.customerId() + "/" + s.subscriptionId() + (s.offer() == null ? "" : "/" + s.offer());
    }

    public static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
