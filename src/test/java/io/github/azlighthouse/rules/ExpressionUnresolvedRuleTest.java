package io.github.azlighthouse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.findings.Finding;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ExpressionUnresolvedRule}, reported by the template reader: a value it could not work out. */
class ExpressionUnresolvedRuleTest {

    @TempDir
    Path dir;

    @Test
    void firesOnAParameterWithNoValue() throws IOException {
        // the parameter file no longer gives managedByTenantId, and the template has no default for it
        assertThat(ReaderRules.validate(
                        dir,
                        "subscription",
                        (name, text) -> name.endsWith(".parameters.json")
                                ? ReaderRules.withoutParameter(text, "managedByTenantId")
                                : text))
                .filteredOn(f -> f.ruleId().equals(ExpressionUnresolvedRule.ID))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.isError()).isFalse());
    }

    @Test
    void quietWhenEveryParameterHasAValue() throws IOException {
        assertThat(ReaderRules.validate(dir, "subscription"))
                .extracting(Finding::ruleId)
                .doesNotContain(ExpressionUnresolvedRule.ID);
    }
}
