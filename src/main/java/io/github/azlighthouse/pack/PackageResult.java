package io.github.azlighthouse.pack;

import io.github.azlighthouse.findings.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome: either the archives, or the reason there are none.
 *
 * @param refusal why nothing was packaged (no generated output, stale output, or output that no longer
 *     passes), else null
 * @param findings the errors that made the output fail, when that is the refusal
 * @param files entries in all archives together
 * @param archives the customers' archives in list order, then the partner's
 */
public record PackageResult(String refusal, List<Finding> findings, int customers, int files, List<Archive> archives) {

    /**
     * One archive written.
     *
     * @param classifier {@code onboarding-<customer-id>} for a customer's kit, {@code onboarding} for the partner's
     * @param customerId {@code null} for the partner's archive
     */
    public record Archive(String classifier, String customerId, Path file, int entries) {}

    public boolean refused() {
        return refusal != null;
    }
}
