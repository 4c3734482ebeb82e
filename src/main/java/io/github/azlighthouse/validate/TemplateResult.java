package io.github.azlighthouse.validate;

import io.github.azlighthouse.findings.Finding;
import java.util.List;

/**
 * One checked unit's outcome (a template with one of its parameter files, a template on its
 * defaults, or a file that could not be paired or read): one JUnit test case, its SARIF results.
 *
 * @param name the unit as reports name it: {@code src/main/arm/offer.json with offer.woodgrove.parameters.json}
 * @param file the template (or the lone file) as shown to the user (relative to the project, '/'-separated)
 * @param parameters its parameter file as shown, or null
 * @param skipNote why it was not checked (not a Lighthouse template), or null
 */
public record TemplateResult(String name, String file, String parameters, String skipNote, List<Finding> findings) {

    /** A unit named after its file alone. */
    public TemplateResult(String file, String parameters, String skipNote, List<Finding> findings) {
        this(file, file, parameters, skipNote, findings);
    }

    public boolean skipped() {
        return skipNote != null;
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
