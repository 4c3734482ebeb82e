package io.github.azlighthouse.pack;

import io.github.azlighthouse.findings.Finding;
import java.util.List;

/**
 * The outcome: either an archive, or the reason there is none.
 *
 * @param refusal why nothing was packaged (no generated output, or it no longer passes), else null
 * @param findings the errors that made the output fail, when that is the refusal
 */
public record PackageResult(String refusal, List<Finding> findings, int customers, int files) {

    public boolean refused() {
        return refusal != null;
    }
}
