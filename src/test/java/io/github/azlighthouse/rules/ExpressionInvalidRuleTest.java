package io.github.azlighthouse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.findings.Finding;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** expression-invalid comes from the template evaluator: only what ARM itself would refuse. */
class ExpressionInvalidRuleTest {

    @TempDir
    Path dir;

    @Test
    void firesOnAParameterTheTemplateNeverDeclared() throws IOException {
        assertThat(ReaderRules.validate(
                        dir,
                        "subscription",
                        (name, text) -> name.endsWith(".parameters.json")
                                ? text
                                : text.replace("[parameters('managedByTenantId')]", "[parameters('managingTenant')]")))
                .filteredOn(f -> f.ruleId().equals(ExpressionInvalidRule.ID))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.isError()).isTrue();
                    assertThat(f.position().file()).endsWith("subscription/subscription.json");
                    assertThat(f.message()).contains("managingTenant").contains("rejects the template at deploy time");
                });
    }

    @Test
    void firesOnASyntaxErrorInAnExpression() throws IOException {
        assertThat(ReaderRules.validate(
                        dir,
                        "subscription",
                        (name, text) -> name.endsWith(".parameters.json")
                                ? text
                                : text.replace(
                                        "[parameters('managedByTenantId')]", "[parameters('managedByTenantId']")))
                .extracting(Finding::ruleId)
                .contains(ExpressionInvalidRule.ID);
    }

    @Test
    void firesOnAnApiVersionWrittenAsAnExpression() throws IOException {
        assertThat(ReaderRules.validate(
                        dir,
                        "subscription",
                        (name, text) -> name.endsWith(".parameters.json")
                                ? text
                                : text.replaceFirst(
                                                "\"apiVersion\": \"2022-10-01\"",
                                                "\"apiVersion\": \"[variables('api')]\"")
                                        .replaceFirst(
                                                "\"variables\": \\{", "\"variables\": {\"api\": \"2022-10-01\",")))
                .filteredOn(f -> f.ruleId().equals(ExpressionInvalidRule.ID))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("literal text"));
    }

    @Test
    void quietForExpressionsItCannotEvaluateButArmCould() throws IOException {
        assertThat(ReaderRules.validate(
                        dir,
                        "subscription",
                        (name, text) -> name.endsWith(".parameters.json")
                                ? text
                                : text.replace("[parameters('managedByTenantId')]", "[reference('x').tenantId]")))
                .extracting(Finding::ruleId)
                .doesNotContain(ExpressionInvalidRule.ID)
                .contains("expression-unresolved");
    }
}
