package io.github.azlighthouse.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Registration assignment exports in the documented shapes, for tests: the REST list response of api
 * 2022-10-01 with expanded definitions, and what {@code az managedservices assignment list
 * --include-definition true} prints (api 2019-06-01: no eligible authorizations).
 */
final class Exports {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static final String MANAGING = "6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181";
    static final String OTHER_PARTNER = "11111111-2222-4333-8444-555555555555";
    static final String FABRIKAM = "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a";
    static final String NORTHWIND = "a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d";
    static final String SUB1 = "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b";
    static final String SUB2 = "9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c";
    static final String SUB3 = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e";
    static final String PEC = "3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f";
    static final String TIER1 = "0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e";
    static final String TIER2 = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    static final String APPROVERS = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f";
    static final String READER = "acdd72a7-3385-48ef-bd42-f606fba81ae7";
    static final String CONTRIBUTOR = "b24988ac-6180-42a0-ab88-20f7382dd24c";
    static final String DELETE_ROLE = "91c1777a-f3dc-4fae-b103-61d183457e46";

    private Exports() {}

    /** A registration assignment with its expanded definition, as the REST API returns it. */
    static Builder assignment(String subscription, String definitionName) {
        return new Builder(subscription, definitionName);
    }

    static final class Builder {
        final ObjectNode node = JSON.createObjectNode();
        final ObjectNode definition;
        final ArrayNode authorizations;
        final ArrayNode eligible;
        final String subscription;

        Builder(String subscription, String definitionName) {
            this.subscription = subscription;
            String definitionId = "/subscriptions/" + subscription
                    + "/providers/Microsoft.ManagedServices/registrationDefinitions/" + definitionName;
            ObjectNode properties = node.putObject("properties");
            properties.put("registrationDefinitionId", definitionId);
            properties.put("provisioningState", "Succeeded");
            ObjectNode expanded = properties.putObject("registrationDefinition");
            definition = expanded.putObject("properties");
            definition.put("description", "Monitoring and operations");
            authorizations = definition.putArray("authorizations");
            eligible = definition.putArray("eligibleAuthorizations");
            definition.put("registrationDefinitionName", "Contoso Managed Services");
            definition.put("managedByTenantId", MANAGING);
            definition.put("manageeTenantId", FABRIKAM);
            definition.put("manageeTenantName", "Fabrikam Ltd");
            definition.put("managedByTenantName", "Contoso");
            definition.put("provisioningState", "Succeeded");
            expanded.put("id", definitionId);
            expanded.put("type", "Microsoft.ManagedServices/registrationDefinitions");
            expanded.put("name", definitionName);
            node.put(
                    "id",
                    "/subscriptions/" + subscription + "/providers/Microsoft.ManagedServices/registrationAssignments/"
                            + java.util.UUID.nameUUIDFromBytes(
                                    (subscription + definitionName).getBytes(StandardCharsets.UTF_8)));
            node.put("type", "Microsoft.ManagedServices/registrationAssignments");
            node.put(
                    "name",
                    node.path("id").asText().substring(node.path("id").asText().lastIndexOf('/') + 1));
        }

        Builder offer(String name) {
            definition.put("registrationDefinitionName", name);
            return this;
        }

        Builder managedBy(String tenant) {
            definition.put("managedByTenantId", tenant);
            return this;
        }

        Builder customer(String tenant, String name) {
            definition.put("manageeTenantId", tenant);
            definition.put("manageeTenantName", name);
            return this;
        }

        Builder state(String state) {
            ((ObjectNode) node.path("properties")).put("provisioningState", state);
            return this;
        }

        /** Assigned to a resource group instead of the whole subscription. */
        Builder resourceGroup(String group) {
            String id = "/subscriptions/" + subscription + "/resourceGroups/" + group
                    + "/providers/Microsoft.ManagedServices/registrationAssignments/"
                    + java.util.UUID.nameUUIDFromBytes((subscription + group).getBytes(StandardCharsets.UTF_8));
            node.put("id", id);
            return this;
        }

        Builder permanent(String principal, String displayName, String role, String... delegated) {
            ObjectNode a = authorizations.addObject();
            a.put("principalId", principal);
            a.put("principalIdDisplayName", displayName);
            a.put("roleDefinitionId", role);
            if (delegated.length > 0) {
                ArrayNode d = a.putArray("delegatedRoleDefinitionIds");
                for (String r : delegated) {
                    d.add(r);
                }
            }
            return this;
        }

        Builder eligible(
                String principal, String displayName, String role, String mfa, String duration, String approver) {
            ObjectNode e = eligible.addObject();
            e.put("principalId", principal);
            e.put("principalIdDisplayName", displayName);
            e.put("roleDefinitionId", role);
            ObjectNode jit = e.putObject("justInTimeAccessPolicy");
            jit.put("multiFactorAuthProvider", mfa);
            jit.put("maximumActivationDuration", duration);
            if (approver != null) {
                ObjectNode a = jit.putArray("managedByTenantApprovers").addObject();
                a.put("principalId", approver);
                a.put("principalIdDisplayName", "PIM Approvers");
            }
            return this;
        }

        /** As az managedservices (api 2019-06-01) prints it: no eligible authorizations, plus resourceGroup. */
        ObjectNode cli() {
            ObjectNode copy = node.deepCopy();
            ((ObjectNode) copy.at("/properties/registrationDefinition/properties")).remove("eligibleAuthorizations");
            String id = copy.path("id").asText();
            int rg = id.indexOf("/resourceGroups/");
            copy.put("resourceGroup", rg < 0 ? null : id.substring(rg + 16, id.indexOf('/', rg + 16)));
            return copy;
        }

        ObjectNode rest() {
            return node.deepCopy();
        }
    }

    /** The standard offer of the example customer list, as generate deploys it. */
    static Builder standard(String subscription, String definitionName) {
        return assignment(subscription, definitionName)
                .permanent(TIER1, "Tier 1 Support", READER)
                .permanent(TIER1, "Tier 1 Support", DELETE_ROLE)
                .permanent(TIER2, "Tier 2 Engineers", READER)
                .permanent(
                        "4e5f6a7b-8c9d-4e0f-8a1b-2c3d4e5f6a7b",
                        "Policy Deploy SP",
                        "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9",
                        CONTRIBUTOR)
                .permanent(PEC, "PEC Automation Account", CONTRIBUTOR)
                .eligible(TIER2, "Tier 2 Engineers", CONTRIBUTOR, "Azure", "PT4H", APPROVERS);
    }

    /** A REST list page. */
    static ObjectNode page(String nextLink, JsonNode... assignments) {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode value = page.putArray("value");
        for (JsonNode a : assignments) {
            value.add(a);
        }
        page.put("nextLink", nextLink);
        return page;
    }

    static ArrayNode array(JsonNode... elements) {
        ArrayNode array = JSON.createArrayNode();
        for (JsonNode e : elements) {
            array.add(e);
        }
        return array;
    }

    /** Every property name in PascalCase, as PowerShell's ConvertTo-Json of Az objects writes them. */
    static JsonNode pascal(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.set(Character.toUpperCase(e.getKey().charAt(0)) + e.getKey().substring(1), pascal(e.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JSON.createArrayNode();
            node.forEach(e -> out.add(pascal(e)));
            return out;
        }
        return node;
    }

    static Path write(Path file, JsonNode content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writeValueAsString(content) + "\n");
        return file;
    }
}
