package io.github.azlighthouse.findings;

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

    private FindingReport() {}

    /** Logs {@link #lines} at each finding's level: errors as errors, warnings as warnings. */
    public static void log(List<Finding> findings, BuildLog log) {
        for (List<Finding> group : groups(findings)) {
            String line = line(group);
            if (group.get(0).isError()) {
                log.error(line);
            } else {
                log.warn(line);
            }
        }
    }

    public static List<String> lines(List<Finding> findings) {
        return groups(findings).stream().map(FindingReport::line).toList();
    }

    private static List<List<Finding>> groups(List<Finding> findings) {
        Map<List<Object>, List<Finding>> groups = new LinkedHashMap<>();
        findings.stream()
                .sorted(Comparator.comparing((Finding f) -> f.position().file())
                        .thenComparingInt(f -> f.position().line())
                        .thenComparingInt(f -> f.position().column())
                        .thenComparing(Finding::ruleId))
                .forEach(f -> groups.computeIfAbsent(
                                List.of(f.ruleId(), f.severity(), f.position(), f.message()), k -> new ArrayList<>())
                        .add(f));
        return new ArrayList<>(groups.values());
    }

    /** The first finding of a group, with the others it repeats on counted. */
    private static String line(List<Finding> group) {
        String line = group.get(0).toString();
        if (group.size() > 1) {
            String first = group.get(0).subject() == null
                    ? null
                    : shortName(group.get(0).subject());
            List<String> others = group.stream()
                    .skip(1)
                    .map(Finding::subject)
                    .filter(Objects::nonNull)
                    .map(FindingReport::shortName)
                    .filter(s -> !s.equals(first))
                    .distinct()
                    .toList();
            if (!others.isEmpty()) { // repeats within the first delegation (one principal used twice) say nothing new
                line += " (also "
                        + String.join(", ", others.stream().limit(NAMED_REPEATS).toList())
                        + (others.size() > NAMED_REPEATS ? " and " + (others.size() - NAMED_REPEATS) + " more" : "")
                        + ")";
            }
        }
        return line;
    }

    private static String shortName(Subject s) {
        return s.customerId() + "/" + s.scope() + (s.offer() == null ? "" : "/" + s.offer());
    }

    /** Findings of a severity: every place a problem shows, repeats included. */
    public static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * Distinct problems of a severity: repeats of one problem (same rule, place and message, on several
     * customers or offers) count once, as the console prints them once.
     */
    public static long problems(List<Finding> findings, Severity severity) {
        return groups(findings).stream()
                .filter(g -> g.get(0).severity() == severity)
                .count();
    }
}
