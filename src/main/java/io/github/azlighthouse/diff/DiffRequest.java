package io.github.azlighthouse.diff;

import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Everything one {@code diff} run needs, already resolved from Maven parameters.
 *
 * @param customers the current customer list
 * @param baseline a customer list, a {@code generate} output directory or an onboarding archive (a released one
 *     already resolved to its file)
 * @param baselineShown how messages name the baseline (a path relative to the project, or Maven coordinates)
 * @param basedir paths in findings are shown relative to this directory
 * @param scratch a folder for the spooled baseline and changes (deleted at the end)
 */
public record DiffRequest(
        Path customers,
        Path baseline,
        String baselineShown,
        Path basedir,
        RoleCatalog catalog,
        RuleSet rules,
        LocalDate today,
        int catalogMaxAgeDays,
        Path scratch) {}
