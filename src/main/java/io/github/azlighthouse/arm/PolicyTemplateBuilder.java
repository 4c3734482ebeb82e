package io.github.azlighthouse.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Guids;
import java.util.Iterator;
import java.util.Map;

/**
 * Builds the management-group template (and its parameter file) that delegates every subscription under a
 * management group through Azure Policy (spec section 11): a {@code deployIfNotExists} policy definition on
 * {@code Microsoft.Resources/subscriptions} whose deployment is the offer's subscription delegation (the
 * template {@link TemplateBuilder} writes, its expressions escaped as {@code [[…]} for the policy), a policy
 * assignment with a system-assigned identity, and the role assignment its remediation needs.
 *
 * <p>The policy has no parameters of its own: the management-group deployment writes the offer's values
 * (from the parameter file) into the policy's deployment, so neither the policy definition nor the assignment
 * carries an expression where Microsoft's {@code Microsoft.Authorization} schemas would reject one.
 *
 * <p>The identity gets <b>Owner</b> on the management group, the role Microsoft's
 * {@code policy-delegate-management-groups} sample gives it: creating a registration definition and
 * assignment needs {@code Microsoft.ManagedServices/registrationDefinitions/write} and
 * {@code Microsoft.Authorization/roleAssignments/write} together (Contributor lacks the second, User Access
 * Administrator the first), and Owner is the one built-in role with both.
 */
public final class PolicyTemplateBuilder {

    public static final String TEMPLATE_SCHEMA =
            "https://schema.management.azure.com/schemas/2019-08-01/managementGroupDeploymentTemplate.json#";
    public static final String PARAMETERS_SCHEMA =
            "https://schema.management.azure.com/schemas/2019-08-01/managementGroupDeploymentParameters.json#";
    /** Owner: what the policy's identity needs to deploy a delegation (see the class comment). */
    public static final String OWNER = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";

    static final String OWNER_ID = "/providers/Microsoft.Authorization/roleDefinitions/" + OWNER;
    static final String POLICY_DEFINITIONS_API = "2021-06-01";
    static final String POLICY_ASSIGNMENTS_API = "2022-06-01";
    static final String ROLE_ASSIGNMENTS_API = "2022-04-01";
    static final String DEFINITION_ID =
            "[managementGroupResourceId('Microsoft.Authorization/policyDefinitions', variables('policyDefinitionName'))]";
    static final String ASSIGNMENT_ID =
            "[managementGroupResourceId('Microsoft.Authorization/policyAssignments', variables('policyAssignmentName'))]";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final TemplateBuilder subscription = new TemplateBuilder();

    /** The policy definition's name: a GUID, stable per managing tenant, management group and offer key. */
    public static String policyDefinitionName(Delegation d) {
        return Guids.nameBased(
                "policyDefinition",
                d.managingTenantId().value(),
                group(d),
                d.subject().offer());
    }

    /** The policy assignment's name: at most 24 characters at management-group scope, stable like the definition's. */
    public static String policyAssignmentName(Delegation d) {
        return "lighthouse-"
                + Guids.nameBased(
                                "policyAssignment",
                                d.managingTenantId().value(),
                                group(d),
                                d.subject().offer())
                        .replace("-", "")
                        .substring(0, 13);
    }

    /** The role assignment's name (a GUID), stable like the definition's. */
    public static String roleAssignmentName(Delegation d) {
        return Guids.nameBased(
                "roleAssignment",
                d.managingTenantId().value(),
                group(d),
                d.subject().offer());
    }

    private static String group(Delegation d) {
        return d.managementGroupId().value();
    }

    /**
     * The management-group template of one delegation.
     *
     * @param location where the policy assignment's identity lives and where the policy's subscription
     *     deployments keep their metadata (the customer list's {@code location})
     */
    public ObjectNode template(Delegation d, String location) {
        ObjectNode t = NODES.objectNode();
        t.put("$schema", TEMPLATE_SCHEMA);
        t.put("contentVersion", "1.0.0.0");
        ObjectNode embedded = subscription.template(d);
        t.set("parameters", embedded.get("parameters").deepCopy());
        ObjectNode vars = t.putObject("variables");
        vars.put("policyDefinitionName", policyDefinitionName(d));
        vars.put("policyAssignmentName", policyAssignmentName(d));
        vars.put("roleAssignmentName", roleAssignmentName(d));
        String text = "Azure Lighthouse delegation: " + d.subject().offer();
        String description = "[concat('Delegates every subscription under this management group that is not delegated"
                + " yet to ', parameters('mspOfferName'), ' (managing tenant ', parameters('managedByTenantId'), ')"
                + " through Azure Lighthouse.')]";
        ArrayNode resources = t.putArray("resources");
        ObjectNode definition = resources.addObject();
        definition.put("type", "Microsoft.Authorization/policyDefinitions");
        definition.put("apiVersion", POLICY_DEFINITIONS_API);
        definition.put("name", "[variables('policyDefinitionName')]");
        ObjectNode props = definition.putObject("properties");
        props.put("displayName", text);
        props.put("description", description);
        props.put("policyType", "Custom");
        props.put("mode", "All");
        props.putObject("metadata").put("category", "Lighthouse");
        props.set("policyRule", rule(embedded, location));

        ObjectNode assignment = resources.addObject();
        assignment.put("type", "Microsoft.Authorization/policyAssignments");
        assignment.put("apiVersion", POLICY_ASSIGNMENTS_API);
        assignment.put("name", "[variables('policyAssignmentName')]");
        assignment.put("location", location);
        assignment.putObject("identity").put("type", "SystemAssigned");
        assignment.putArray("dependsOn").add(DEFINITION_ID);
        ObjectNode assigned = assignment.putObject("properties");
        assigned.put("displayName", text);
        assigned.put("description", description);
        assigned.put("policyDefinitionId", DEFINITION_ID);
        assigned.put("enforcementMode", "Default");

        ObjectNode role = resources.addObject();
        role.put("type", "Microsoft.Authorization/roleAssignments");
        role.put("apiVersion", ROLE_ASSIGNMENTS_API);
        role.put("name", "[variables('roleAssignmentName')]");
        role.putArray("dependsOn").add(ASSIGNMENT_ID);
        ObjectNode roleProps = role.putObject("properties");
        roleProps.put("roleDefinitionId", OWNER_ID);
        roleProps.put(
                "principalId",
                "[reference(" + ASSIGNMENT_ID.substring(1, ASSIGNMENT_ID.length() - 1) + ", '" + POLICY_ASSIGNMENTS_API
                        + "', 'Full').identity.principalId]");
        roleProps.put("principalType", "ServicePrincipal");
        roleProps.put(
                "description",
                "Owner for the policy assignment's identity: its remediation deploys the Azure"
                        + " Lighthouse registration definition and assignment on each subscription, which needs"
                        + " Microsoft.ManagedServices/registrationDefinitions/write and"
                        + " Microsoft.Authorization/roleAssignments/write together.");

        ObjectNode outputs = t.putObject("outputs");
        output(outputs, "policyAssignmentId", ASSIGNMENT_ID);
        output(outputs, "registrationDefinitionName", TemplateBuilder.definitionName(d));
        return t;
    }

    /** If a subscription has no registration definition of this offer for our tenant, deploy it there. */
    private static ObjectNode rule(ObjectNode embedded, String location) {
        ObjectNode rule = NODES.objectNode();
        ObjectNode when = rule.putObject("if");
        when.put("field", "type");
        when.put("equals", "Microsoft.Resources/subscriptions");
        ObjectNode then = rule.putObject("then");
        then.put("effect", "deployIfNotExists");
        ObjectNode details = then.putObject("details");
        details.put("type", "Microsoft.ManagedServices/registrationDefinitions");
        details.put("deploymentScope", "Subscription");
        details.put("existenceScope", "Subscription");
        details.putArray("roleDefinitionIds").add(OWNER_ID);
        ArrayNode all = details.putObject("existenceCondition").putArray("allOf");
        condition(all, "type", "Microsoft.ManagedServices/registrationDefinitions");
        condition(
                all,
                "Microsoft.ManagedServices/registrationDefinitions/managedByTenantId",
                "[parameters('managedByTenantId')]");
        condition(
                all,
                "Microsoft.ManagedServices/registrationDefinitions/registrationDefinitionName",
                "[parameters('mspOfferName')]");
        ObjectNode deployment = details.putObject("deployment");
        deployment.put("location", location);
        ObjectNode props = deployment.putObject("properties");
        props.put("mode", "incremental");
        ObjectNode values = props.putObject("parameters");
        for (Iterator<String> it = embedded.get("parameters").fieldNames(); it.hasNext(); ) {
            String name = it.next(); // written by the management-group deployment: the policy stores the values
            values.putObject(name).put("value", "[parameters('" + name + "')]");
        }
        props.set("template", escaped(embedded));
        return rule;
    }

    private static void condition(ArrayNode all, String field, String equals) {
        ObjectNode c = all.addObject();
        c.put("field", field);
        c.put("equals", equals);
    }

    /**
     * The embedded template with every expression escaped ({@code [x]} becomes {@code [[x]}): the
     * management-group deployment turns them back into expressions, which ARM evaluates when the policy
     * deploys the template on a subscription.
     */
    static JsonNode escaped(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                copy.set(e.getKey(), escaped(e.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(n -> copy.add(escaped(n)));
            return copy;
        }
        if (node.isTextual() && node.asText().startsWith("[")) {
            return NODES.textNode("[" + node.asText());
        }
        return node;
    }

    /** The parameter file: the subscription template's values, under the management-group parameters schema. */
    public ObjectNode parameters(Delegation d) {
        ObjectNode p = subscription.parameters(d);
        p.put("$schema", PARAMETERS_SCHEMA);
        return p;
    }

    private static void output(ObjectNode outputs, String name, String value) {
        ObjectNode o = outputs.putObject(name);
        o.put("type", "string");
        o.put("value", value);
    }
}
