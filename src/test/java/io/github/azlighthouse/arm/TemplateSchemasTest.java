package io.github.azlighthouse.arm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.azlighthouse.source.SchemaCheck.Violation;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The project's own strict schemas: what they refuse (and that a correct template passes). */
class TemplateSchemasTest {

    final TemplateSchemas schemas = new TemplateSchemas();
    final ObjectMapper mapper = new ObjectMapper();

    ObjectNode template() throws IOException {
        return (ObjectNode) mapper.readTree("""
                {"$schema": "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "resources": [
                   {"type": "Microsoft.ManagedServices/registrationDefinitions", "apiVersion": "2022-10-01",
                    "name": "f6111ea6-1445-37b1-97f6-13bae77878a9",
                    "properties": {"registrationDefinitionName": "X", "managedByTenantId": "[parameters('t')]",
                                   "authorizations": [{"principalId": "3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f",
                                                       "roleDefinitionId": "b24988ac-6180-42a0-ab88-20f7382dd24c"}]}},
                   {"type": "Microsoft.ManagedServices/registrationAssignments", "apiVersion": "2022-10-01",
                    "name": "[guid('x')]", "properties": {"registrationDefinitionId": "[resourceId('a', 'b')]"}}]}
                """);
    }

    @Test
    void aMinimalCorrectTemplatePasses() throws IOException {
        assertThat(schemas.checkTemplate(template())).isEmpty();
    }

    @Test
    void refusesUnknownPropertiesTypesAndSchemas() throws IOException {
        ObjectNode t = template();
        ((ObjectNode) t.at("/resources/0/properties")).put("managedByTenant", "typo");
        ((ArrayNode) t.get("resources")).addObject().put("type", "Microsoft.Storage/storageAccounts");
        t.put("$schema", "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#");
        assertThat(schemas.checkTemplate(t))
                .extracting(Violation::pointer)
                .contains("/$schema", "/resources/0/properties", "/resources/2/type");
    }

    @Test
    void refusesAMissingAssignmentAndABadApiVersion() throws IOException {
        ObjectNode t = template();
        ((ArrayNode) t.get("resources")).remove(1);
        ((ObjectNode) t.at("/resources/0")).put("apiVersion", "2019-04-01");
        assertThat(schemas.checkTemplate(t))
                .extracting(Violation::pointer)
                .contains("/resources", "/resources/0/apiVersion");
    }

    @Test
    void parameterFilesNeedGuidsAndKnownPolicyValues() throws IOException {
        JsonNode p = mapper.readTree("""
                {"$schema": "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentParameters.json#",
                 "contentVersion": "1.0.0.0",
                 "parameters": {"mspOfferName": {"value": "X"}, "managedByTenantId": {"value": "nope"},
                   "authorizations": {"value": [{"principalId": "3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f",
                                                 "roleDefinitionId": "b24988ac-6180-42a0-ab88-20f7382dd24c"}]},
                   "eligibleAuthorizations": {"value": [{"principalId": "3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f",
                      "roleDefinitionId": "b24988ac-6180-42a0-ab88-20f7382dd24c",
                      "justInTimeAccessPolicy": {"multiFactorAuthProvider": "azure"}}]}}}
                """);
        assertThat(schemas.checkParameters(p))
                .extracting(Violation::pointer)
                .containsExactlyInAnyOrder(
                        "/parameters/managedByTenantId/value",
                        "/parameters/eligibleAuthorizations/value/0/justInTimeAccessPolicy/multiFactorAuthProvider");
    }
}
