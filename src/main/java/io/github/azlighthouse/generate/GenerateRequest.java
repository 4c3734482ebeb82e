package io.github.azlighthouse.generate;

import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Everything one {@code generate} run needs, already resolved from Maven parameters.
 *
 * @param customers the customer list file
 * @param basedir paths in findings are shown relative to this directory
 * @param outputDirectory where templates go ({@code target/lighthouse})
 * @param catalogFingerprint identifies the catalog content, for the up-to-date check
 * @param executionId names the up-to-date marker, so two executions never share one
 * @param configuration other settings that change the output (severities etc.), for the up-to-date check
 * @param threads worker threads; 0 = one per core. The output does not depend on it.
 */
public record GenerateRequest(
        Path customers,
        Path basedir,
        Path outputDirectory,
        RoleCatalog catalog,
        String catalogFingerprint,
        RuleSet rules,
        boolean failOnWarning,
        LocalDate today,
        int catalogMaxAgeDays,
        String executionId,
        String pluginVersion,
        String configuration,
        int threads) {}
