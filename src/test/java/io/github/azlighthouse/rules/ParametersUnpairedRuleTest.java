package io.github.azlighthouse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.findings.Finding;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** parameters-unpaired comes from validate's pairing: a Lighthouse parameter file no template takes. */
class ParametersUnpairedRuleTest {

    @TempDir
    Path dir;

    @Test
    void firesWhenTheOnlyTemplateIsGoneAndTheParameterFileStays() throws IOException {
        assertThat(ReaderRules.validate(
                        dir,
                        "subscription",
                        (name, text) ->
                                name.endsWith(".parameters.json") ? text : "{\"note\": \"not a template any more\"}"))
                .filteredOn(f -> f.ruleId().equals(ParametersUnpairedRule.ID))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.isError()).isTrue();
                    assertThat(f.position().file()).endsWith("subscription.parameters.json");
                    assertThat(f.message()).contains("there is no template in its folder");
                });
    }

    @Test
    void quietWhenTheParameterFilePairsWithItsTemplate() throws IOException {
        assertThat(ReaderRules.validate(dir, "subscription"))
                .extracting(Finding::ruleId)
                .doesNotContain(ParametersUnpairedRule.ID);
    }
}
