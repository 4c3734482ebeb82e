package io.github.azlighthouse.validate;

import io.github.azlighthouse.findings.Finding;
import java.util.List;

/**
 * One template's outcome: a JUnit test case, SARIF results.
 *
 * @param file the template as shown to the user (relative to the project, '/'-separated)
 * @param parameters its parameter file, or null
 * @param skipNote why it was not checked (not a Lighthouse template), or null
 */
public record TemplateResult(String file, String parameters, String skipNote, List<Finding> findings) {

    public boolean skipped() {
        return skipNote != null;
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
