package io.github.azlighthouse.pack;

import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Everything one {@code package} run needs.
 *
 * @param generated {@code generate}'s output directory
 * @param customerListSha256 the customer list's hash, recorded in the manifest
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
}
