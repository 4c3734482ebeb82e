package io.github.azlighthouse.validate;

import io.github.azlighthouse.findings.Finding;
import java.util.ArrayList;
import java.util.List;

/** All templates' outcomes, plus findings that belong to no template (the catalog's age). */
public record ValidateResult(List<TemplateResult> templates, List<Finding> general) {

    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(general);
        templates.forEach(t -> all.addAll(t.findings()));
        return all;
    }

    public long checked() {
        return templates.stream().filter(t -> !t.skipped()).count();
    }

    public long failed() {
        return templates.stream().filter(TemplateResult::hasErrors).count();
    }

    public long skipped() {
        return templates.stream().filter(TemplateResult::skipped).count();
    }
}
