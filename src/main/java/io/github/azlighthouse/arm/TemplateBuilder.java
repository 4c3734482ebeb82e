package io.github.azlighthouse.arm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Approver;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.delegation.Guids;
import io.github.azlighthouse.source.Located;

/**
 * Builds the onboarding template and its parameter file for one delegation (spec section 4).
 * The template holds structure only; every value the customer sees is in the parameter file.
 */
public final class TemplateBuilder {

    public static final String TEMPLATE_SCHEMA =
            "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#";
    public static final String PARAMETERS_SCHEMA =
            "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentParameters.json#";
    static final String INNER_SCHEMA =
            "https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#";
    static final String DEFINITION_ID =
            "[resourceId('Microsoft.ManagedServices/registrationDefinitions', variables('mspRegistrationName'))]";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * The registration definition's name: stable per managing tenant, subscription and offer key. Through a
     * management group's policy the subscription is not known when the template is written: the name is then
     * stable per managing tenant, customer tenant and offer key, the same on every subscription the policy
     * delegates (a definition's name is unique per subscription, so that never collides), and never one of a
     * subscription template's names.
     */
    public static String definitionName(Delegation d) {
        if (d.viaManagementGroup()) {
            return Guids.nameBased(
                    "registrationDefinition",
                    d.managingTenantId().value(),
                    "management-group",
                    String.valueOf(
                            d.customerTenantId() == null
                                    ? null
                                    : d.customerTenantId().value()),
                    d.subject().offer());
        }
        return Guids.nameBased(
                "registrationDefinition",
                d.managingTenantId().value(),
                d.subscriptionId().value(),
                d.subject().offer());
    }

    /** The subscription-scope assignment's name (resource-group assignments use ARM's guid() of the same parts). */
    public static String assignmentName(Delegation d) {
        return Guids.nameBased(
                "registrationAssignment",
                definitionName(d),
                d.viaManagementGroup() ? "management-group" : d.subscriptionId().value());
    }

    public ObjectNode template(Delegation d) {
        boolean eligible = !d.eligibleAuthorizations().isEmpty();
        boolean groups = !d.resourceGroups().isEmpty();
        ObjectNode t = NODES.objectNode();
        t.put("$schema", TEMPLATE_SCHEMA);
        t.put("contentVersion", "1.0.0.0");
        ObjectNode params = t.putObject("parameters");
        parameter(params, "mspOfferName", "string", "Name of the offer, shown to the customer.");
        parameter(params, "mspOfferDescription", "string", "Description of the offer, shown to the customer.");
        parameter(params, "managedByTenantId", "string", "The managing (partner) tenant ID.");
        parameter(params, "authorizations", "array", "Permanent authorizations: principal and built-in role.");
        if (eligible) {
            parameter(
                    params,
                    "eligibleAuthorizations",
                    "array",
                    "Just-in-time authorizations with their activation policy.");
        }
        if (groups) {
            parameter(params, "resourceGroups", "array", "Resource groups to delegate; they must exist.");
        }
        ObjectNode vars = t.putObject("variables");
        vars.put("mspRegistrationName", definitionName(d));
        if (!groups) {
            vars.put("mspAssignmentName", assignmentName(d));
        }
        ArrayNode resources = t.putArray("resources");
        ObjectNode definition = resources.addObject();
        definition.put("type", "Microsoft.ManagedServices/registrationDefinitions");
        definition.put("apiVersion", d.apiVersion().value());
        definition.put("name", "[variables('mspRegistrationName')]");
        ObjectNode props = definition.putObject("properties");
        props.put("registrationDefinitionName", "[parameters('mspOfferName')]");
        props.put("description", "[parameters('mspOfferDescription')]");
        props.put("managedByTenantId", "[parameters('managedByTenantId')]");
        props.put("authorizations", "[parameters('authorizations')]");
        if (eligible) {
            props.put("eligibleAuthorizations", "[parameters('eligibleAuthorizations')]");
        }
        if (groups) {
            resources.add(resourceGroupAssignments(d));
        } else {
            ObjectNode assignment = resources.addObject();
            assignment.put("type", "Microsoft.ManagedServices/registrationAssignments");
            assignment.put("apiVersion", d.apiVersion().value());
            assignment.put("name", "[variables('mspAssignmentName')]");
            assignment.putArray("dependsOn").add(DEFINITION_ID);
            assignment.putObject("properties").put("registrationDefinitionId", DEFINITION_ID);
        }
        ObjectNode outputs = t.putObject("outputs");
        output(outputs, "mspOfferName", "[concat('Managed by', ' ', parameters('mspOfferName'))]");
        output(outputs, "registrationDefinitionId", DEFINITION_ID);
        return t;
    }

    /**
     * The definition stays at subscription scope; each resource group gets a nested deployment
     * holding only its assignment. The inner template is evaluated in the outer scope (ARM's
     * default), so it can use the outer parameters, variables and copyIndex().
     */
    private ObjectNode resourceGroupAssignments(Delegation d) {
        ObjectNode deployment = NODES.objectNode();
        deployment.put("type", "Microsoft.Resources/deployments");
        deployment.put("apiVersion", "2021-04-01");
        deployment.put("name", "[concat('lighthouse-', variables('mspRegistrationName'), '-', copyIndex())]");
        deployment.put("resourceGroup", "[parameters('resourceGroups')[copyIndex()]]");
        deployment.putArray("dependsOn").add(DEFINITION_ID);
        ObjectNode copy = deployment.putObject("copy");
        copy.put("name", "resourceGroupAssignments");
        copy.put("count", "[length(parameters('resourceGroups'))]");
        ObjectNode props = deployment.putObject("properties");
        props.put("mode", "Incremental");
        ObjectNode inner = props.putObject("template");
        inner.put("$schema", INNER_SCHEMA);
        inner.put("contentVersion", "1.0.0.0");
        inner.putObject("parameters");
        ObjectNode assignment = inner.putArray("resources").addObject();
        assignment.put("type", "Microsoft.ManagedServices/registrationAssignments");
        assignment.put("apiVersion", d.apiVersion().value());
        // guid() of definition + resource group: distinct per offer on one group (no guid(rgName) collisions)
        assignment.put("name", "[guid(variables('mspRegistrationName'), parameters('resourceGroups')[copyIndex()])]");
        assignment.putObject("properties").put("registrationDefinitionId", DEFINITION_ID);
        return deployment;
    }

    public ObjectNode parameters(Delegation d) {
        ObjectNode p = NODES.objectNode();
        p.put("$schema", PARAMETERS_SCHEMA);
        p.put("contentVersion", "1.0.0.0");
        ObjectNode values = p.putObject("parameters");
        values.putObject("mspOfferName").put("value", escape(d.offerName().value()));
        values.putObject("mspOfferDescription")
                .put("value", escape(d.description().value()));
        values.putObject("managedByTenantId").put("value", d.managingTenantId().value());
        ArrayNode auths = values.putObject("authorizations").putArray("value");
        for (Authorization a : d.authorizations()) {
            ObjectNode n = auths.addObject();
            principal(n, a.principalId(), a.displayName());
            n.put("roleDefinitionId", a.roleDefinitionId().value());
            if (a.delegatedRoleDefinitionIds() != null) {
                ArrayNode delegated = n.putArray("delegatedRoleDefinitionIds");
                a.delegatedRoleDefinitionIds().forEach(r -> delegated.add(r.value()));
            }
        }
        if (!d.eligibleAuthorizations().isEmpty()) {
            ArrayNode eligible = values.putObject("eligibleAuthorizations").putArray("value");
            for (EligibleAuthorization e : d.eligibleAuthorizations()) {
                ObjectNode n = eligible.addObject();
                principal(n, e.principalId(), e.displayName());
                n.put("roleDefinitionId", e.roleDefinitionId().value());
                ObjectNode policy = n.putObject("justInTimeAccessPolicy");
                policy.put(
                        "multiFactorAuthProvider", e.multiFactorAuthProvider().value());
                policy.put(
                        "maximumActivationDuration",
                        e.maximumActivationDuration().value());
                if (!e.approvers().isEmpty()) {
                    ArrayNode approvers = policy.putArray("managedByTenantApprovers");
                    for (Approver ap : e.approvers()) {
                        principal(approvers.addObject(), ap.principalId(), ap.displayName());
                    }
                }
            }
        }
        if (!d.resourceGroups().isEmpty()) {
            ArrayNode groups = values.putObject("resourceGroups").putArray("value");
            d.resourceGroups().forEach(g -> groups.add(g.value()));
        }
        return p;
    }

    private static void principal(ObjectNode n, Located id, Located displayName) {
        n.put("principalId", id.value());
        if (displayName != null && !displayName.isBlank()) {
            n.put("principalIdDisplayName", escape(displayName.value()));
        }
    }

    private static void parameter(ObjectNode params, String name, String type, String description) {
        ObjectNode p = params.putObject(name);
        p.put("type", type);
        p.putObject("metadata").put("description", description);
    }

    private static void output(ObjectNode outputs, String name, String value) {
        ObjectNode o = outputs.putObject(name);
        o.put("type", "string");
        o.put("value", value);
    }

    /**
     * Free text that ARM would read as an expression ({@code [...]}) gets a second leading bracket,
     * ARM's escape for a literal '['.
     */
    public static String escape(String text) {
        if (text != null && text.startsWith("[") && text.endsWith("]") && !text.startsWith("[[")) {
            return "[" + text;
        }
        return text;
    }
}
