package io.github.azlighthouse.report;

import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.validate.TemplateResult;
import io.github.azlighthouse.validate.ValidateResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

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
        // buffered: the XML writer writes every attribute on its own, a system call each without it (20,000
        // test cases took 10 s)
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", "lighthouse");
            x.writeAttribute("tests", String.valueOf(templates.size()));
            x.writeAttribute("failures", String.valueOf(failures));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", String.valueOf(result.skipped()));
            x.writeAttribute("time", "0");
            for (TemplateResult t : templates) {
                x.writeCharacters("\n  ");
                x.writeStartElement("testcase");
                x.writeAttribute("name", t.name());
                x.writeAttribute("classname", className);
                x.writeAttribute("time", "0");
                List<Finding> counted = t.findings().stream()
                        .filter(f -> f.isError() || failOnWarning)
                        .toList();
                List<Finding> others =
                        t.findings().stream().filter(f -> !counted.contains(f)).toList();
                if (t.skipped()) {
                    x.writeCharacters("\n    ");
                    x.writeEmptyElement("skipped");
                    x.writeAttribute("message", t.skipNote());
                } else if (!counted.isEmpty()) {
                    x.writeCharacters("\n    ");
                    x.writeStartElement("failure");
                    x.writeAttribute(
                            "message",
                            counted.size() + " finding" + (counted.size() == 1 ? "" : "s") + ": "
                                    + counted.stream()
                                            .map(f -> "[" + f.ruleId() + "]")
                                            .distinct()
                                            .collect(Collectors.joining(" ")));
                    x.writeAttribute("type", counted.get(0).ruleId());
                    x.writeCharacters(lines(counted));
                    x.writeEndElement();
                }
                if (!others.isEmpty()) {
                    x.writeCharacters("\n    ");
                    x.writeStartElement("system-out");
                    x.writeCharacters(lines(others));
                    x.writeEndElement();
                }
                x.writeCharacters("\n  ");
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean failed(TemplateResult t, boolean failOnWarning) {
        return !t.skipped() && t.findings().stream().anyMatch(f -> f.isError() || failOnWarning);
    }

    private static String lines(List<Finding> findings) {
        return "\n" + findings.stream().map(Finding::toString).collect(Collectors.joining("\n")) + "\n";
    }
}
