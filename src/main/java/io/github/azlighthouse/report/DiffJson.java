package io.github.azlighthouse.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.diff.Change;
import io.github.azlighthouse.diff.ChangeKind;
import io.github.azlighthouse.diff.DiffResult;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.FindingReport;
import io.github.azlighthouse.findings.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code diff.json}: every change of a {@code diff}, for tools. {@code changes[]} holds one object per change with
 * {@code kind}, {@code customer}, {@code subscription}, {@code scope}, {@code offer}, {@code principalId},
 * {@code principal}, {@code roleId}, {@code role}, {@code before} and {@code after} (null where they do not apply),
 * streamed customer by customer; {@code summary} counts them by kind; {@code findings[]} has the rules' findings.
 * 2-space indent, LF, no timestamps.
 */
public final class DiffJson {

    public static final String FILE = Lighthouse.DIFF;

    private DiffJson() {}

    public static void write(DiffResult r, Path file, String version) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ObjectMapper mapper = new ObjectMapper();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
                    .withObjectIndenter(indenter)
                    .withArrayIndenter(indenter));
            g.writeStartObject();
            g.writeStringField("generator", Lighthouse.NAME);
            g.writeStringField("pluginVersion", version);
            g.writeStringField("customerList", r.current());
            g.writeStringField("baseline", r.baseline());
            g.writeBooleanField("compared", r.compared());
            g.writeObjectFieldStart("summary");
            g.writeNumberField("baselineCustomers", r.baselineCustomers());
            g.writeNumberField("currentCustomers", r.currentCustomers());
            g.writeNumberField("changedCustomers", r.changedCustomers());
            g.writeNumberField("changes", r.changes());
            g.writeObjectFieldStart("byKind");
            for (Map.Entry<ChangeKind, Integer> e : r.counts().entrySet()) {
                g.writeNumberField(e.getKey().label(), e.getValue());
            }
            g.writeEndObject();
            g.writeNumberField("errors", FindingReport.count(r.findings(), Severity.ERROR));
            g.writeNumberField("warnings", FindingReport.count(r.findings(), Severity.WARNING));
            g.writeEndObject();
            g.writeArrayFieldStart("notes");
            for (String n : r.notes()) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("changes");
            r.each(c -> {
                for (Change ch : c.changes()) {
                    change(g, ch);
                }
            });
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : r.findings()) {
                g.writeStartObject();
                g.writeStringField("rule", f.ruleId());
                g.writeStringField("severity", f.severity().label());
                g.writeStringField("file", f.position().file());
                g.writeNumberField("line", f.position().line());
                g.writeNumberField("column", f.position().column());
                g.writeStringField("customer", f.subject().customerId());
                g.writeStringField("subscription", f.subject().subscriptionId());
                g.writeStringField("offer", f.subject().offer());
                g.writeStringField("message", f.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void change(JsonGenerator g, Change c) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", c.kind().label());
        g.writeStringField("customer", c.customer());
        g.writeStringField("subscription", c.subscription());
        g.writeStringField("scope", c.scope());
        g.writeStringField("offer", c.offer());
        g.writeStringField("principalId", c.principalId());
        g.writeStringField("principal", c.principal());
        g.writeStringField("roleId", c.roleId());
        g.writeStringField("role", c.role());
        g.writeStringField("before", c.before());
        g.writeStringField("after", c.after());
        g.writeEndObject();
    }
}
