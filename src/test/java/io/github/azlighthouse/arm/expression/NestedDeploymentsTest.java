package io.github.azlighthouse.arm.expression;

import static io.github.azlighthouse.arm.expression.Fixtures.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.FindingSink;
import io.github.azlighthouse.findings.RuleIds;
import org.junit.jupiter.api.Test;

class NestedDeploymentsTest {

    private static final String INNER = """
            {
              "$schema": "%s",
              "parameters": { "offer": { "type": "string", "defaultValue": "Outer Offer" }, "groups": { "type": "array",
                              "defaultValue": ["rg-a", "rg-b"] } },
              "variables": { "suffix": "-outer" },
              "resources": [
                {
                  "type": "Microsoft.Resources/deployments",
                  "apiVersion": "2021-04-01",
                  "name": "[concat('inner-', copyIndex())]",
                  "resourceGroup": "[parameters('groups')[copyIndex()]]",
                  "copy": { "name": "groupLoop", "count": "[length(parameters('groups'))]" },
                  "properties": {
                    "expressionEvaluationOptions": { "scope": "inner" },
                    "mode": "Incremental",
                    "parameters": {
                      "offerName": { "value": "[concat(parameters('offer'), variables('suffix'), copyIndex())]" },
                      "count": { "value": "two" },
                      "extra": { "value": 1 }
                    },
                    "template": {
                      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                      "parameters": { "offerName": { "type": "string" }, "count": { "type": "int", "defaultValue": 2 },
                                      "tag": { "type": "string", "defaultValue": "[concat('t-', parameters('offerName'))]" } },
                      "variables": { "suffix": "-inner" },
                      "resources": [
                        { "type": "Microsoft.ManagedServices/registrationAssignments", "apiVersion": "2022-10-01",
                          "name": "[guid(parameters('offerName'))]",
                          "properties": { "note": "[concat(parameters('tag'), variables('suffix'))]",
                                          "group": "[resourceGroup().name]", "id": "[resourceGroup().id]",
                                          "sub": "[subscription().subscriptionId]",
                                          "loop": "[copyIndex()]" } }
                      ]
                    }
                  }
                }
              ]
            }""".formatted(Fixtures.SUBSCRIPTION_SCHEMA);

    @Test
    void innerScopeHasItsOwnParametersFromTheDeploymentEvaluatedOutside() {
        FindingSink sink = Fixtures.sink();
        TemplateScope scope = Fixtures.scope(INNER, null, new DeploymentContext(SUB, null), sink);
        ResourceInstance second = scope.resources().get(1);
        TemplateScope inner = second.nested();
        assertThat(inner.mode()).isEqualTo(TemplateScope.Mode.INNER);
        assertThat(inner.deployment()).isSameAs(second);
        assertThat(inner.parameter("offerName").asText()).isEqualTo("Outer Offer-outer1");
        assertThat(inner.parameter("tag").asText()).isEqualTo("t-Outer Offer-outer1");
        Value props = inner.resources().get(0).member("properties");
        assertThat(props.get("note").asText())
                .as("the inner template's own variable")
                .isEqualTo("t-Outer Offer-outer1-inner");
        assertThat(props.get("group").asText()).isEqualTo("rg-b");
        assertThat(props.get("id").asText()).isEqualTo("/subscriptions/" + SUB + "/resourceGroups/rg-b");
        assertThat(props.get("sub").asText()).isEqualTo(SUB);
        assertThat(props.get("loop").isInvalid())
                .as("an inner template does not see the outer loop")
                .isTrue();
    }

    @Test
    void innerScopeParameterMismatchesAreReportedAtTheDeploymentsParameters() {
        FindingSink sink = Fixtures.sink();
        TemplateScope scope = Fixtures.scope(INNER, null, DeploymentContext.NONE, sink);
        assertThat(sink.findings())
                .as("nothing until the nested template is read")
                .isEmpty();
        TemplateScope inner = scope.resources().get(0).nested();
        assertThat(sink.findings()).extracting(Finding::ruleId).containsOnly(RuleIds.PARAMETER_MISMATCH);
        assertThat(sink.findings())
                .extracting(f -> f.position() + " " + f.message())
                .containsExactly(
                        "template.json:18:31 parameter 'count': Template parameter JToken type is not valid. Expected 'Integer'."
                                + " Actual 'String'.",
                        "template.json:19:11 The template parameters 'extra' in the parameters of the nested deployment are not"
                                + " valid; they are not present in the original template and can therefore not be provided at"
                                + " deployment time. The only supported parameters for this template are 'offerName, count, tag'.");
        assertThat(inner.parameter("count").isInvalid()).isTrue();
        inner.parameter("offerName");
        assertThat(scope.resources().get(0).nested()).isSameAs(inner);
        assertThat(sink.findings()).as("reported once").hasSize(2);
    }

    @Test
    void outerScopeUsesTheParentsParametersVariablesAndLoop() {
        String outer = INNER.replace("\"scope\": \"inner\"", "\"scope\": \"outer\"");
        TemplateScope scope = Fixtures.scope(outer, null, new DeploymentContext(SUB, null), Fixtures.sink());
        TemplateScope inner = scope.resources().get(1).nested();
        assertThat(inner.mode()).isEqualTo(TemplateScope.Mode.OUTER);
        ResourceInstance assignment = inner.resources().get(0);
        assertThat(assignment.member("properties").get("loop").asLong()).isEqualTo(1L);
        assertThat(inner.variable("suffix").asText()).isEqualTo("-outer");
        assertThat(inner.parameter("offer").asText()).isEqualTo("Outer Offer");
        assertThat(inner.parameter("offerName").isInvalid())
                .as("not a parameter of the parent")
                .isTrue();
        assertThat(assignment.member("properties").get("sub").asText()).isEqualTo(SUB);
        assertThat(assignment.member("properties").get("group").isUnknown())
                .as("resourceGroup() is the parent's: a subscription deployment has none")
                .isTrue();
        assertThat(scope.resourceIdOf(assignment).isResolved()).isFalse();
        assertThat(inner.resources().get(0).member("name").isInvalid())
                .as("offerName is not the parent's")
                .isTrue();
    }

    @Test
    void defaultScopeIsOuter() {
        String noOptions = INNER.replace("\"expressionEvaluationOptions\": { \"scope\": \"inner\" },", "");
        TemplateScope scope = Fixtures.scope(noOptions);
        assertThat(scope.resources().get(0).nested().mode()).isEqualTo(TemplateScope.Mode.OUTER);
    }

    @Test
    void nestingDeeperThanTheLimitIsInvalidNotAStackOverflow() {
        String template = "{\"resources\": []}";
        for (int i = 0; i < TemplateScope.MAX_NESTING + 2; i++) {
            template = "{\"resources\": [{\"type\": \"Microsoft.Resources/deployments\", \"name\": \"d" + i + "\","
                    + " \"properties\": {\"template\": " + template + "}}]}";
        }
        TemplateScope scope = Fixtures.scope(template);
        int depth = 0;
        while (scope.problem() == null && !scope.resources().isEmpty()) {
            scope = scope.resources().get(0).nested();
            depth++;
        }
        assertThat(depth).isEqualTo(TemplateScope.MAX_NESTING + 1);
        assertThat(scope.problem().isInvalid()).isTrue();
        assertThat(scope.problem().reason()).contains("more than " + TemplateScope.MAX_NESTING + " deployments deep");
        assertThat(scope.resources()).isEmpty();
    }
}
