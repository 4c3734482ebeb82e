package io.github.azlighthouse.pack;

import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Everything one {@code package} run needs.
 *
 * @param generated {@code lighthouse:generate}'s output directory
 * @param archive the partner's archive; each customer's is named after it ({@link #customerArchive})
 * @param customerListSha256 the customer list's hash as it is now: the output must have been generated from it,
 *     and the manifest records it (blank: the list the summary names is read)
 * @param timestamp every archive entry's time, from {@code project.build.outputTimestamp}
 */
public record PackageRequest(
        Path generated,
        Path archive,
        Path basedir,
        CustomerList customers,
        String customerListSha256,
        RoleCatalog catalog,
        RuleSet rules,
        LocalDate today,
        int catalogMaxAgeDays,
        String pluginVersion,
        long timestamp) {

    /** A customer's archive, beside the partner's: {@code x-onboarding.zip} gives {@code x-onboarding-<id>.zip}. */
    public Path customerArchive(String customerId) {
        return Lighthouse.customerArchive(archive, customerId);
    }
}
