package io.github.azlighthouse.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Azure's verdict on templates in the shapes partners keep (Microsoft's samples, Bicep output, portal
 * exports, hand-written variants): each passes with a permanent PEC-eligible authorization for the PEC
 * account, and fails with the right rule when that account is demoted to Reader or left out.
 */
class FidelityTest {

    static final Path FIXTURES =
            Path.of(System.getProperty("lighthouse.basedir", ".")).resolve("src/test/resources/fidelity");
    static final String PEC = "3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f";
    static final String OTHER = "5d6e7f80-9a0b-4c1d-8e2f-3a4b5c6d7e8f";
    static final String CONTRIBUTOR = "b24988ac-6180-42a0-ab88-20f7382dd24c";
    static final String READER = "acdd72a7-3385-48ef-bd42-f606fba81ae7";

    @TempDir
    Path dir;

    /** A copy of one fixture folder with {@code from} replaced by {@code to} in every file. */
    Path copy(String name, String from, String to) throws IOException {
        Path target = dir.resolve(name);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(FIXTURES.resolve(name))) {
            for (Path f : files.toList()) {
                Files.writeString(
                        target.resolve(f.getFileName()), Files.readString(f).replace(from, to));
            }
        }
        return target;
    }

    ValidateResult validate(Path folder) throws IOException {
        return new Validator()
                .run(new ValidateRequest(
                        List.of(folder),
                        List.of("**/*.json"),
                        List.of(),
                        dir,
                        null,
                        PEC,
                        RoleCatalog.bundled(),
                        RuleSet.defaults(),
                        LocalDate.of(2026, 11, 24),
                        180));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "multi-rg-copy",
                "marketplace-if-plan",
                "variables-inline",
                "variable-copy-loop",
                "definition-only",
                "commented",
                "bicep-v2",
                "nested-inner",
                "mg-policy",
                "per-customer"
            })
    void passesWithThePecAccountPermanentlyContributor(String name) throws IOException {
        ValidateResult r = validate(copy(name, "", ""));
        assertThat(r.findings()).as(name).isEmpty();
        assertThat(r.templates())
                .as(name)
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.skipped()).isFalse());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "multi-rg-copy",
                "marketplace-if-plan",
                "variables-inline",
                "variable-copy-loop",
                "definition-only",
                "commented",
                "bicep-v2",
                "nested-inner",
                "mg-policy",
                "per-customer"
            })
    void failsWhenThePecAccountIsDemotedToReader(String name) throws IOException {
        ValidateResult r = validate(copy(name, CONTRIBUTOR, READER));
        assertThat(r.findings()).as(name).extracting(Finding::ruleId).containsOnly("pec-role-not-eligible");
        assertThat(r.templates())
                .allSatisfy(t -> assertThat(t.hasErrors()).as(t.name()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "multi-rg-copy",
                "marketplace-if-plan",
                "variables-inline",
                "variable-copy-loop",
                "definition-only",
                "commented",
                "bicep-v2",
                "nested-inner",
                "mg-policy",
                "per-customer"
            })
    void failsWhenThePecAccountIsLeftOut(String name) throws IOException {
        ValidateResult r = validate(copy(name, PEC, OTHER));
        assertThat(r.findings()).as(name).extracting(Finding::ruleId).containsOnly("pec-account-missing");
    }
}
