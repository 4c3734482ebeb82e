package io.github.azlighthouse.arm.expression;

import static io.github.azlighthouse.arm.expression.Fixtures.template;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.FindingSink;
import io.github.azlighthouse.findings.RuleIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParametersTest {

    private static final String PARAMETERS = """
            {
              "parameters": {
                "name": { "type": "string", "defaultValue": "fromDefault" },
                "prefix": { "type": "string", "defaultValue": "[concat('pre-', parameters('name'))]" },
                "secret": { "type": "securestring" },
                "required": { "type": "string" },
                "count": { "type": "int", "minValue": 1, "maxValue": 5, "defaultValue": 2 },
                "sku": { "type": "string", "allowedValues": [ "Basic", "Standard" ], "defaultValue": "Basic" },
                "tags": { "type": "array", "allowedValues": [ "a", "b", "c" ], "defaultValue": [] },
                "label": { "type": "string", "minLength": 3, "maxLength": 5, "defaultValue": "abc" },
                "items": { "type": "array", "maxLength": 2, "defaultValue": [] },
                "enabled": { "type": "Bool", "defaultValue": true },
                "settings": { "type": "object", "defaultValue": {} },
                "maybe": { "type": "string", "nullable": true }
              }
            }""";

    private static String templateWith(String parameters) {
        return "{\"$schema\": \"" + Fixtures.SUBSCRIPTION_SCHEMA + "\","
                + parameters.substring(1, parameters.length() - 1) + ", \"resources\": []}";
    }

    private static TemplateScope scope(String file, FindingSink sink) {
        return Fixtures.scope(templateWith(PARAMETERS), file, DeploymentContext.NONE, sink);
    }

    @Test
    void parameterFileValueWinsOverDefaultAndKeepsItsPosition() {
        String file = """
                {
                  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
                  "contentVersion": "1.0.0.0",
                  "parameters": {
                    "NAME": { "value": "fromFile" }
                  }
                }""";
        FindingSink sink = Fixtures.sink();
        TemplateScope scope = scope(file, sink);
        Value name = scope.parameter("name");
        assertThat(name.asText()).isEqualTo("fromFile");
        assertThat(name.at().toString()).isEqualTo("template.parameters.json:5:24");
        assertThat(scope.evaluateExpression("[parameters('prefix')]").asText()).isEqualTo("pre-fromFile");
        assertThat(sink.findings()).isEmpty();
    }

    @Test
    void defaultValuesMayUseFunctionsAndOtherParameters() {
        TemplateScope scope = scope(null, Fixtures.sink());
        assertThat(scope.parameter("prefix").asText()).isEqualTo("pre-fromDefault");
        assertThat(scope.parameter("prefix").at().toString()).isEqualTo("template.json:4:51");
        assertThat(scope.parameter("count").asLong()).isEqualTo(2L);
        assertThat(scope.parameter("maybe").isNull())
                .as("nullable without value")
                .isTrue();
    }

    @Test
    void missingValueIsUnknownWithItsReason() {
        Value v = scope(null, Fixtures.sink()).parameter("required");
        assertThat(v.isUnknown()).isTrue();
        assertThat(v.reason())
                .isEqualTo("parameter 'required' has no value: no parameter file value and no defaultValue");
        assertThat(v.symbol()).isEqualTo("parameters('required')");
    }

    @Test
    void keyVaultReferenceIsUnknown() {
        String file = """
                {"parameters": {"secret": {"reference": {"keyVault": {"id": "/subscriptions/x/resourceGroups/y/providers/Microsoft.KeyVault/vaults/v"}, "secretName": "s"}}}}""";
        Value v = scope(file, Fixtures.sink()).parameter("secret");
        assertThat(v.isUnknown()).isTrue();
        assertThat(v.reason()).contains("Key Vault");
    }

    @Test
    void parameterFileValuesAreLiteral() {
        String file = "{\"parameters\": {\"name\": {\"value\": \"[concat('a', 'b')]\"}}}";
        assertThat(scope(file, Fixtures.sink()).parameter("name").asText()).isEqualTo("[concat('a', 'b')]");
    }

    @Test
    void undeclaredParameterIsReportedAtItsKey() {
        String file = """
                {
                  "parameters": {
                    "name": { "value": "x" },
                    "storageAccountType": { "value": "Standard_LRS" }
                  }
                }""";
        FindingSink sink = Fixtures.sink();
        scope(file, sink);
        assertThat(sink.findings()).hasSize(1);
        Finding f = sink.findings().get(0);
        assertThat(f.ruleId()).isEqualTo(RuleIds.PARAMETER_MISMATCH);
        assertThat(f.position().toString()).isEqualTo("template.parameters.json:4:5");
        assertThat(f.message())
                .startsWith("The template parameters 'storageAccountType' in the parameters file are not"
                        + " valid; they are not present in the original template and can therefore not be provided at deployment"
                        + " time. The only supported parameters for this template are 'name, prefix, secret,");
    }

    @Test
    void wrongJsonTypeIsReportedAtTheValueInArmsWords() {
        String file = """
                {
                  "parameters": {
                    "count": { "value": "3" },
                    "enabled": { "value": "true" },
                    "settings": { "value": [] },
                    "tags": { "value": {} },
                    "name": { "value": 5 },
                    "secret": { "value": 1.5 }
                  }
                }""";
        FindingSink sink = Fixtures.sink();
        TemplateScope scope = scope(file, sink);
        assertThat(messages(sink))
                .containsExactly(
                        "template.parameters.json:3:25 parameter 'count': Template parameter JToken type is not valid."
                                + " Expected 'Integer'. Actual 'String'.",
                        "template.parameters.json:4:27 parameter 'enabled': Template parameter JToken type is not valid."
                                + " Expected 'Boolean'. Actual 'String'.",
                        "template.parameters.json:5:28 parameter 'settings': Template parameter JToken type is not valid."
                                + " Expected 'Object'. Actual 'Array'.",
                        "template.parameters.json:6:24 parameter 'tags': Template parameter JToken type is not valid."
                                + " Expected 'Array'. Actual 'Object'.",
                        "template.parameters.json:7:24 parameter 'name': Template parameter JToken type is not valid."
                                + " Expected 'String'. Actual 'Integer'.",
                        "template.parameters.json:8:26 parameter 'secret': Template parameter JToken type is not valid."
                                + " Expected 'String'. Actual 'Float'.");
        assertThat(scope.parameter("count").isInvalid())
                .as("ARM rejects the deployment")
                .isTrue();
        assertThat(scope.parameter("prefix").isInvalid())
                .as("and what is computed from it")
                .isTrue();
    }

    @Test
    void constraintsOfAllowedValuesRangesAndLengths() {
        String file = """
                {
                  "parameters": {
                    "count": { "value": 6 },
                    "sku": { "value": "Premium" },
                    "tags": { "value": [ "a", "z" ] },
                    "label": { "value": "ab" },
                    "items": { "value": [ 1, 2, 3 ] }
                  }
                }""";
        FindingSink sink = Fixtures.sink();
        scope(file, sink);
        assertThat(messages(sink))
                .containsExactly(
                        "template.parameters.json:3:25 parameter 'count': The provided value for the template parameter 'count'"
                                + " is not valid. The value 6 is greater than the maxValue 5.",
                        "template.parameters.json:4:23 parameter 'sku': The provided value for the template parameter 'sku' is"
                                + " not valid. The parameter value string 'Premium' is not part of the allowed value(s):"
                                + " 'Basic,Standard'.",
                        "template.parameters.json:5:24 parameter 'tags': The provided value for the template parameter 'tags' is"
                                + " not valid. The parameter value string 'z' is not part of the allowed value(s): 'a,b,c'.",
                        "template.parameters.json:6:25 parameter 'label': The provided value for the template parameter 'label'"
                                + " is not valid. The length of the value, 2, is less than the minLength 3.",
                        "template.parameters.json:7:25 parameter 'items': The provided value for the template parameter 'items'"
                                + " is not valid. The length of the value, 3, is greater than the maxLength 2.");
    }

    @Test
    void valueBelowMinValue() {
        FindingSink sink = Fixtures.sink();
        scope("{\"parameters\": {\"count\": {\"value\": 0}}}", sink);
        assertThat(messages(sink))
                .containsExactly("template.parameters.json:1:36 parameter 'count': The provided value"
                        + " for the template parameter 'count' is not valid. The value 0 is less than the minValue 1.");
    }

    @Test
    void valuesThatPassAreNotReported() {
        String file = """
                {"parameters": {"count": {"value": 5}, "sku": {"value": "Standard"}, "tags": {"value": ["a", "c"]},
                 "label": {"value": "abcde"}, "enabled": {"value": false}, "settings": {"value": {"a": 1}},
                 "secret": {"value": "s"}, "maybe": {"value": null}, "sku2": null}}""";
        FindingSink sink = Fixtures.sink();
        TemplateScope scope = Fixtures.scope(
                templateWith(PARAMETERS), file.replace(", \"sku2\": null", ""), DeploymentContext.NONE, sink);
        assertThat(sink.findings()).isEmpty();
        assertThat(scope.parameter("settings").get("a").asLong()).isEqualTo(1L);
        assertThat(scope.parameter("maybe").isNull()).isTrue();
    }

    @Test
    void caseOnlyDifferenceFromAllowedValuesIsNotReported() {
        FindingSink sink = Fixtures.sink();
        scope("{\"parameters\": {\"sku\": {\"value\": \"basic\"}}}", sink);
        assertThat(sink.findings()).isEmpty();
    }

    @Test
    void everyParameterFileSchemaIsAccepted() {
        for (String schema : List.of(
                "https://schema.management.azure.com/schemas/2015-01-01/deploymentParameters.json#",
                "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
                "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentParameters.json#")) {
            FindingSink sink = Fixtures.sink();
            TemplateScope scope =
                    scope("{\"$schema\": \"" + schema + "\", \"parameters\": {\"name\": {\"value\": \"v\"}}}", sink);
            assertThat(scope.parameter("name").asText()).isEqualTo("v");
            assertThat(sink.findings()).isEmpty();
        }
    }

    @Test
    void languageVersion2RefsAreFollowedForTheType() {
        String template = """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "languageVersion": "2.0",
                 "definitions": {"count": {"type": "int"}, "shape": {"type": "object", "properties": {}}},
                 "parameters": {"n": {"$ref": "#/definitions/count"}, "s": {"$ref": "#/definitions/shape"},
                                "o": {"$ref": "#/definitions/count", "nullable": true}},
                 "resources": {}}""";
        FindingSink sink = Fixtures.sink();
        TemplateScope scope = Fixtures.scope(
                template,
                "{\"parameters\": {\"n\": {\"value\": \"x\"}, \"s\": {\"value\": {}}," + " \"o\": {\"value\": null}}}",
                DeploymentContext.NONE,
                sink);
        assertThat(sink.findings())
                .extracting(Finding::message)
                .containsExactly(
                        "parameter 'n': Template parameter JToken type is not valid. Expected 'Integer'. Actual 'String'.");
        assertThat(scope.parameter("o").isNull()).isTrue();
    }

    @Test
    void parametersAreCaseInsensitiveAndUndeclaredOnesInvalid() {
        TemplateScope scope =
                Fixtures.scope(template("{\"Location\": {\"type\": \"string\", \"defaultValue\": \"x\"}}", "{}"));
        assertThat(scope.evaluateExpression("[PARAMETERS('location')]").asText())
                .isEqualTo("x");
        Value missing = scope.evaluateExpression("[parameters('nope')]");
        assertThat(missing.isInvalid()).isTrue();
        assertThat(missing.reason()).isEqualTo("The template parameter 'nope' is not found.");
    }

    @Test
    void defaultsReferringToEachOtherAreACycle() {
        TemplateScope scope = Fixtures.scope(template(
                "{\"a\": {\"type\": \"string\", \"defaultValue\": \"[parameters('b')]\"},"
                        + " \"b\": {\"type\": \"string\", \"defaultValue\": \"[parameters('a')]\"}}",
                "{}"));
        assertThat(scope.parameter("a").isInvalid()).isTrue();
        assertThat(scope.parameter("a").reason()).contains("circular reference");
    }

    private static List<String> messages(FindingSink sink) {
        return sink.findings().stream()
                .map(f -> f.position() + " " + f.message())
                .toList();
    }
}
