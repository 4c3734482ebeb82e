package io.github.azlighthouse.validate;

import io.github.azlighthouse.findings.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** All templates' outcomes, plus findings that belong to no template (the catalog's age). */
public record ValidateResult(List<TemplateResult> templates, List<Finding> general) {

    /**
     * Every finding once: a template checked with several parameter files reports its own problems in
     * each unit (each verdict is complete), but the console and SARIF list them once.
     */
    public List<Finding> findings() {
        Set<Finding> all = new LinkedHashSet<>(general);
        templates.forEach(t -> all.addAll(t.findings()));
        return new ArrayList<>(all);
    }

    public long checked() {
        return templates.stream().filter(t -> !t.skipped()).count();
    }

    /** Checked units without errors where some value was known only at deployment (expression-unresolved). */
    public long unverified() {
        return templates.stream()
                .filter(t -> !t.skipped()
                        && !t.hasErrors()
                        && t.findings().stream()
                                .anyMatch(f -> f.ruleId()
                                        .equals(io.github.azlighthouse.findings.RuleIds.EXPRESSION_UNRESOLVED)))
                .count();
    }

    public long failed() {
        return templates.stream().filter(TemplateResult::hasErrors).count();
    }

    public long skipped() {
        return templates.stream().filter(TemplateResult::skipped).count();
    }
}
