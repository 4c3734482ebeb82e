package io.github.azlighthouse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.findings.Finding;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SchemaUnknownRule}, reported by the template reader: a {@code $schema} Microsoft never published. */
class SchemaUnknownRuleTest {

    @TempDir
    Path dir;

    @Test
    void firesOnThe2019SchemaOneMicrosoftSampleUses() throws IOException {
        assertThat(ReaderRules.validate(dir, "eligible"))
                .filteredOn(f -> f.ruleId().equals(SchemaUnknownRule.ID))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.isError()).isFalse();
                    assertThat(f.message()).contains("2019-08-01/subscriptionDeploymentTemplate.json");
                });
    }

    @Test
    void quietOnThePublished2018Schema() throws IOException {
        assertThat(ReaderRules.validate(
                        dir,
                        "eligible",
                        (name, text) -> text.replace(
                                "2019-08-01/subscriptionDeploymentTemplate.json",
                                "2018-05-01/subscriptionDeploymentTemplate.json")))
                .extracting(Finding::ruleId)
                .doesNotContain(SchemaUnknownRule.ID);
    }
}
