package io.github.azlighthouse.report;

import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.validate.TemplateResult;
import io.github.azlighthouse.validate.ValidateResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code TEST-lighthouse.xml} in the JUnit XML shape Surefire writes, which Jenkins, Azure DevOps and
 * GitLab read as-is: one test case per template; errors (and warnings with failOnWarning) as its
 * failure, other warnings in its system-out; files that are not Lighthouse templates as skipped.
 */
public final class JUnitReport {

    public static final String FILE = "TEST-lighthouse.xml";

    private JUnitReport() {}

    public static void write(ValidateResult result, boolean failOnWarning, Path file) throws IOException {
        write(result, failOnWarning, file, "lighthouse.validate");
    }

    /** {@code className}: the test cases' class, e.g. {@code lighthouse.audit} for one case per audited subscription. */
    public static void write(ValidateResult result, boolean failOnWarning, Path file, String className)
            throws IOException {
        List<TemplateResult> templates = result.templates();
        long failures = templates.stream().filter(t -> failed(t, failOnWarning)).count();
        Files.createDirectories(file.toAbsolutePath().getParent());
        // written as text, not through the JDK's XMLStreamWriter: that one encodes and escapes character by
        // character, half a second for validate's 20,000 test cases in a cold build; this is the same XML
        try (Writer x = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            x.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite");
            attribute(x, "name", "lighthouse");
            attribute(x, "tests", String.valueOf(templates.size()));
            attribute(x, "failures", String.valueOf(failures));
            attribute(x, "errors", "0");
            attribute(x, "skipped", String.valueOf(result.skipped()));
            attribute(x, "time", "0");
            x.write(">");
            for (TemplateResult t : templates) {
                x.write("\n  <testcase");
                attribute(x, "name", t.name());
                attribute(x, "classname", className);
                attribute(x, "time", "0");
                x.write(">");
                List<Finding> counted = new ArrayList<>();
                List<Finding> others = new ArrayList<>();
                for (Finding f : t.findings()) {
                    (f.isError() || failOnWarning ? counted : others).add(f);
                }
                if (t.skipped()) {
                    x.write("\n    <skipped");
                    attribute(x, "message", t.skipNote());
                    x.write("/>");
                } else if (!counted.isEmpty()) {
                    x.write("\n    <failure");
                    attribute(
                            x,
                            "message",
                            counted.size() + " finding" + (counted.size() == 1 ? "" : "s") + ": "
                                    + counted.stream()
                                            .map(f -> "[" + f.ruleId() + "]")
                                            .distinct()
                                            .collect(Collectors.joining(" ")));
                    attribute(x, "type", counted.get(0).ruleId());
                    x.write(">");
                    text(x, lines(counted));
                    x.write("</failure>");
                }
                if (!others.isEmpty()) {
                    x.write("\n    <system-out>");
                    text(x, lines(others));
                    x.write("</system-out>");
                }
                x.write("\n  </testcase>");
            }
            x.write("\n</testsuite>\n");
        }
    }

    /** {@code name="value"}, escaped; line breaks and tabs as character references, so a reader keeps them. */
    private static void attribute(Writer x, String name, String value) throws IOException {
        x.write(' ');
        x.write(name);
        x.write("=\"");
        escape(x, value, true);
        x.write('"');
    }

    private static void text(Writer x, String value) throws IOException {
        escape(x, value, false);
    }

    /**
     * XML 1.0 escaping. Characters XML 1.0 cannot hold at all (control characters, lone surrogates; a message can
     * quote them from a broken file) become U+FFFD, so the report stays well-formed for CI servers.
     */
    static void escape(Writer x, String value, boolean attribute) throws IOException {
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++; // a pair: one character beyond the BMP, kept
                continue;
            }
            String replacement = replacement(c, attribute);
            if (replacement != null) {
                x.write(value, from, i - from);
                x.write(replacement);
                from = i + 1;
            }
        }
        x.write(value, from, value.length() - from);
    }

    /** What {@code c} (not part of a surrogate pair) is written as, or null to write it as it is. */
    private static String replacement(char c, boolean attribute) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> attribute ? "&quot;" : null;
            case '\r' -> "&#13;"; // a reader would turn a raw CR LF into LF
            case '\n', '\t' -> attribute ? "&#" + (int) c + ";" : null; // in an attribute, a raw one reads as a space
            case '\uFFFE', '\uFFFF' -> "\uFFFD";
            default -> c < 0x20 || Character.isSurrogate(c) ? "\uFFFD" : null;
        };
    }

    private static boolean failed(TemplateResult t, boolean failOnWarning) {
        return !t.skipped() && t.findings().stream().anyMatch(f -> f.isError() || failOnWarning);
    }

    private static String lines(List<Finding> findings) {
        return "\n" + findings.stream().map(Finding::toString).collect(Collectors.joining("\n")) + "\n";
    }
}
