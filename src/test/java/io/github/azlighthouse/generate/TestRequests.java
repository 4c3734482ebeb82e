package io.github.azlighthouse.generate;

import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The generate request the tests run, in one place: today is 2026-11-24 (the catalog's age is fixed), the
 * execution is "default", the plugin version "test", the configuration "config", warnings do not fail.
 */
public final class TestRequests {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private TestRequests() {}

    /** With the bundled catalog and the default rules. */
    public static GenerateRequest generate(Path customers, Path basedir, Path out, int threads) {
        return generate(customers, basedir, out, RoleCatalog.bundled(), RuleSet.defaults(), threads);
    }

    public static GenerateRequest generate(
            Path customers, Path basedir, Path out, RoleCatalog catalog, RuleSet rules, int threads) {
        return generate(customers, basedir, out, catalog, "bundled", rules, "config", threads);
    }

    /** Everything the up-to-date check fingerprints, given: the catalog's fingerprint and the configuration. */
    public static GenerateRequest generate(
            Path customers,
            Path basedir,
            Path out,
            RoleCatalog catalog,
            String catalogFingerprint,
            RuleSet rules,
            String configuration,
            int threads) {
        return new GenerateRequest(
                customers,
                basedir,
                out,
                catalog,
                catalogFingerprint,
                rules,
                false,
                TODAY,
                180,
                "default",
                "test",
                configuration,
                threads);
    }
}
