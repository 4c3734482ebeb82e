package io.github.azlighthouse.arm.expression;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.findings.Subject;
import org.junit.jupiter.api.Test;

/** Every value reports where it came from, so a finding points at the line that holds it. */
class PositionsTest {

    private static final String TEMPLATE = """
            {
              "$schema": "%s",
              "parameters": {
                "auths": { "type": "array" },
                "offer": { "type": "string", "defaultValue": "Default Offer" }
              },
              "variables": {
                "plan": { "name": "[parameters('offer')]", "product": "fixed" },
                "computed": "[toUpper(parameters('offer'))]"
              },
              "resources": [
                {
                  "type": "Microsoft.ManagedServices/registrationDefinitions",
                  "name": "[guid(parameters('offer'))]",
                  "plan": "[if(true, variables('plan'), json('null'))]",
                  "properties": { "authorizations": "[parameters('auths')]", "literal": "text" }
                }
              ]
            }""".formatted(Fixtures.SUBSCRIPTION_SCHEMA);

    private static final String PARAMETERS = """
            {
              "parameters": {
                "auths": {
                  "value": [
                    { "principalId": "p-1", "roleDefinitionId": "r-1" },
                    { "principalId": "p-2", "roleDefinitionId": "r-2" }
                  ]
                }
              }
            }""";

    private final TemplateScope scope = TemplateScope.of(
            Fixtures.doc("t.json", TEMPLATE),
            Fixtures.doc("t.parameters.json", PARAMETERS),
            DeploymentContext.NONE,
            Fixtures.sink(),
            Subject.NONE);

    @Test
    void valuesFromTheParameterFileReportThatFile() {
        Value auths = scope.resources().get(0).member("properties").get("authorizations");
        assertThat(auths.at().toString()).isEqualTo("t.parameters.json:4:16");
        assertThat(auths.get(1).at().toString()).isEqualTo("t.parameters.json:6:9");
        assertThat(auths.get(1).get("principalId").at().toString()).isEqualTo("t.parameters.json:6:26");
    }

    @Test
    void defaultsReportTheirDefaultValue() {
        assertThat(scope.parameter("offer").at().toString()).isEqualTo("t.json:5:50");
        assertThat(scope.variable("plan").get("name").at().toString())
                .as("through parameters()")
                .isEqualTo("t.json:5:50");
    }

    @Test
    void literalsReportTheirJsonPlace() {
        Value literal = scope.resources().get(0).member("properties").get("literal");
        assertThat(literal.at().toString()).isEqualTo("t.json:16:77");
        assertThat(scope.variable("plan").get("product").at().toString()).isEqualTo("t.json:8:59");
    }

    @Test
    void functionResultsReportTheExpressionString() {
        assertThat(scope.resources().get(0).member("name").at().toString()).isEqualTo("t.json:14:15");
        assertThat(scope.variable("computed").at().toString()).isEqualTo("t.json:9:17");
    }

    @Test
    void selectionsKeepThePlaceOfWhatTheySelect() {
        Value plan = scope.resources().get(0).member("plan");
        assertThat(plan.at().toString())
                .as("if() returns the variable, reported where it is written")
                .isEqualTo("t.json:8:13");
    }

    @Test
    void unknownValuesReportWhereTheyAreWritten() {
        Value id = scope.evaluate("/resources/0/name");
        assertThat(id.isString()).isTrue();
        Value unknown =
                Fixtures.scope(TEMPLATE).resources().get(0).member("properties").get("authorizations");
        assertThat(unknown.isUnknown()).isTrue();
        assertThat(unknown.at().toString())
                .as("the declaration of the parameter without value")
                .isEqualTo("template.json:4:14");
    }
}
