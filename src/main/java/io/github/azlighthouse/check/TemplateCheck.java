package io.github.azlighthouse.check;

import io.github.azlighthouse.arm.TemplateReader;
import io.github.azlighthouse.arm.TemplateSchemas;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.rules.RuleContext;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.source.SourceDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way a template and its parameter file are checked, for {@code generate} (its own output,
 * strictly, before writing), {@code validate} and {@code package}: the template reader evaluates them
 * into delegations, and the rule engine checks those. Thread-safe.
 */
public final class TemplateCheck {

    private final TemplateReader reader;

    public TemplateCheck(TemplateSchemas schemas) {
        this.reader = new TemplateReader(schemas);
    }

    /**
     * The outcome: a note when the template was not checked, else its delegations and every finding;
     * {@code valueBlind} as {@link TemplateReader.Read#valueBlind()}.
     */
    public record Result(String skipNote, List<Delegation> delegations, List<Finding> findings, boolean valueBlind) {
        public boolean skipped() {
            return skipNote != null;
        }
    }

    /**
     * Checks a template with its parameter file: reads it into delegations, then runs the rules on them.
     *
     * @param strict also hold the template to the project's strict schema (for {@code generate}'s own output)
     */
    public Result check(
            SourceDocument template,
            SourceDocument parameters,
            TemplateReader.Context where,
            RuleSet rules,
            RuleContext context,
            boolean strict) {
        TemplateReader.Read read = reader.read(template, parameters, where, rules, strict);
        List<Finding> findings = new ArrayList<>(read.findings());
        if (!read.skipped()) {
            findings.addAll(rules.check(read.delegations(), context));
        }
        return new Result(read.skipNote(), read.delegations(), List.copyOf(findings), read.valueBlind());
    }
}
