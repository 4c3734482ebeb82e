package io.github.azlighthouse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.findings.Finding;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** parameter-mismatch comes from the template evaluator's parameter checks, as ARM makes them. */
class ParameterMismatchRuleTest {

    @TempDir
    Path dir;

    @Test
    void firesOnAParameterTheTemplateDoesNotDeclare() throws IOException {
        assertThat(ReaderRules.validate(
                        dir,
                        "subscription",
                        (name, text) -> name.endsWith(".parameters.json")
                                ? text.replaceFirst(
                                        "\"parameters\": \\{",
                                        "\"parameters\": {\"location\": {\"value\": \"westeurope\"},")
                                : text))
                .filteredOn(f -> f.ruleId().equals(ParameterMismatchRule.ID))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.isError()).isTrue();
                    assertThat(f.message()).contains("'location'").contains("not present in the original template");
                });
    }

    @Test
    void firesOnAValueOfTheWrongType() throws IOException {
        assertThat(ReaderRules.validate(
                        dir,
                        "subscription",
                        (name, text) -> name.endsWith(".parameters.json")
                                ? text.replace("\"value\": \"Contoso Managed Services\"", "\"value\": 42")
                                : text))
                .extracting(Finding::ruleId)
                .containsExactly(ParameterMismatchRule.ID);
    }

    @Test
    void quietWhenEveryValueMatchesItsDeclaration() throws IOException {
        assertThat(ReaderRules.validate(dir, "subscription"))
                .extracting(Finding::ruleId)
                .doesNotContain(ParameterMismatchRule.ID);
    }
}
