package io.github.azlighthouse.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.azlighthouse.arm.expression.DeploymentContext;
import io.github.azlighthouse.arm.expression.ResourceInstance;
import io.github.azlighthouse.arm.expression.TemplateScope;
import io.github.azlighthouse.arm.expression.Value;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.FindingSink;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Delegations embedded in Azure Policy: a {@code deployIfNotExists} policy definition (Microsoft's
 * {@code policy-delegate-management-groups} sample, and what {@code generate} writes for management
 * groups) whose deployment creates the registration definition and assignment on every subscription.
 * ARM evaluates such a template in three stages, and so do we: the management-group template (its
 * {@code [[…]} escapes become the policy's own expressions), then the policy's parameters (the
 * assignment's values, else the definition's defaults), then the embedded subscription template with
 * the deployment's parameters. Every value keeps the place it was written.
 */
final class PolicyDelegations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final FindingSink sink;
    private final TemplateReader.Context context;
    private final DelegationReader reader;

    PolicyDelegations(FindingSink sink, TemplateReader.Context context, DelegationReader reader) {
        this.sink = sink;
        this.context = context;
        this.reader = reader;
    }

    List<Delegation> read(List<ResourceInstance> policies, String file) {
        List<Delegation> out = new ArrayList<>();
        for (ResourceInstance policy : policies) {
            Value props = policy.member("properties");
            Value deployment = path(props, "policyRule", "then", "details", "deployment");
            Value template = path(deployment, "properties", "template");
            if (template == null || !template.isObject() || !mentionsManagedServices(template, 0)) {
                if (template != null && !template.isResolved()) {
                    reader.unresolved(template, "the policy's deployment template", "its delegation was not checked");
                }
                continue;
            }
            Map<String, Position> places = new HashMap<>();
            ObjectNode root = JSON.objectNode();
            root.put("$schema", TemplateBuilder.TEMPLATE_SCHEMA);
            root.set("parameters", parameters(policy, path(props, "parameters"), places));
            ObjectNode nested = root.putArray("resources").addObject();
            nested.put("type", "Microsoft.Resources/deployments");
            nested.put("apiVersion", "2021-04-01");
            nested.put("name", "policy-deployment");
            ObjectNode nestedProps = nested.putObject("properties");
            nestedProps.put("mode", "Incremental");
            nestedProps.putObject("expressionEvaluationOptions").put("scope", "inner");
            String base = "/resources/0/properties";
            Value deploymentParameters = path(deployment, "properties", "parameters");
            if (deploymentParameters != null && deploymentParameters.isObject()) {
                nestedProps.set("parameters", copy(deploymentParameters, base + "/parameters", places, false));
            }
            nestedProps.set("template", copy(template, base + "/template", places, false));
            places.put("", policy.at());
            SourceDocument embedded = SourceDocument.mapped(file, root, places);
            TemplateScope scope = TemplateScope.of(
                    embedded,
                    null,
                    new DeploymentContext(context.subscriptionId(), context.customerTenantId()),
                    sink,
                    new Subject(context.customerId(), context.subscriptionId(), null));
            for (ResourceInstance inner : scope.resources()) {
                TemplateScope t = inner.nested();
                if (t == null) {
                    continue;
                }
                for (ResourceInstance r : t.resources()) {
                    if (r.deployed() && TemplateReader.DEFINITIONS.equalsIgnoreCase(r.type())) {
                        out.add(viaPolicy(reader.read(r, List.<Located>of(), file), policy.at()));
                    }
                }
            }
        }
        return out;
    }

    /** The delegation as every subscription under the management group gets it (the group, when known, named). */
    private Delegation viaPolicy(Delegation d, Position at) {
        String group = context.managementGroupId();
        Subject s = d.subject();
        return new Delegation(
                new Subject(s.customerId(), s.subscriptionId(), s.offer(), group),
                d.customerTenantId(),
                d.managingTenantId(),
                d.subscriptionId(),
                d.offerName(),
                d.description(),
                d.apiVersion(),
                d.resourceGroups(),
                d.authorizations(),
                d.eligibleAuthorizations(),
                d.pec(),
                d.authorizationsAt(),
                d.at(),
                new Located(group, at));
    }

    /**
     * The policy's parameters as template parameters: the value a policy assignment in this template gives,
     * else the definition's (evaluated) default. A value that is not known is left without a default, so it
     * stays unknown.
     */
    private ObjectNode parameters(ResourceInstance policy, Value declared, Map<String, Position> places) {
        ObjectNode out = JSON.objectNode();
        if (declared == null || !declared.isObject()) {
            return out;
        }
        Map<String, Value> assigned = assignedValues(policy);
        for (String name : declared.keys()) {
            Value p = declared.get(name);
            ObjectNode param = out.putObject(name);
            Value type = p.isObject() ? p.opt("type") : null;
            param.put("type", type != null && type.isString() ? type.asText() : "object");
            Value value = assigned.getOrDefault(
                    name.toLowerCase(java.util.Locale.ROOT), p.isObject() ? p.opt("defaultValue") : null);
            if (value != null && value.isFullyKnown()) {
                param.set(
                        "defaultValue",
                        copy(value, "/parameters/" + SourceDocument.escape(name) + "/defaultValue", places, true));
            }
        }
        return out;
    }

    /** Parameter values of policy assignments of this template (the first that names a parameter wins). */
    private static Map<String, Value> assignedValues(ResourceInstance policy) {
        Map<String, Value> values = new LinkedHashMap<>();
        for (ResourceInstance r : policy.scope().resources()) {
            if (!"microsoft.authorization/policyassignments".equalsIgnoreCase(r.type()) || !r.deployed()) {
                continue;
            }
            Value params = path(r.member("properties"), "parameters");
            if (params == null || !params.isObject()) {
                continue;
            }
            for (String name : params.keys()) {
                Value v = params.get(name);
                if (v.isObject() && v.has("value")) {
                    values.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), v.get("value"));
                }
            }
        }
        return values;
    }

    /**
     * A value as JSON for the assembled template, remembering where each part of it was written.
     * Strings of the policy's deployment are kept as they are (the management-group template's {@code [[}
     * escapes made them the policy's expressions); {@code literal} values (parameter values) are escaped so
     * that a string written as {@code [x]} stays text, as it is for ARM.
     */
    private static JsonNode copy(Value v, String pointer, Map<String, Position> places, boolean literal) {
        places.put(pointer, v.at());
        if (v.isObject()) {
            ObjectNode o = JSON.objectNode();
            for (String k : v.keys()) {
                o.set(k, copy(v.get(k), pointer + "/" + SourceDocument.escape(k), places, literal));
            }
            return o;
        }
        if (v.isArray()) {
            var a = JSON.arrayNode();
            List<Value> elements = v.elements();
            for (int i = 0; i < elements.size(); i++) {
                a.add(copy(elements.get(i), pointer + "/" + i, places, literal));
            }
            return a;
        }
        JsonNode json = v.toJson();
        if (json == null) {
            // known only when the management-group template is deployed: an expression that stays unknown
            return JSON.textNode("[reference('a value of the management-group deployment')]");
        }
        String text = json.isTextual() ? json.asText() : null;
        if (literal
                && text != null
                && text.length() >= 2
                && text.startsWith("[")
                && text.endsWith("]")
                && !text.startsWith("[[")) {
            return JSON.textNode("[" + text);
        }
        return json;
    }

    /** Whether a {@code Microsoft.ManagedServices} type appears in an evaluated value. */
    private static boolean mentionsManagedServices(Value v, int depth) {
        if (depth > 64 || !v.isResolved()) {
            return false;
        }
        if (v.isObject()) {
            for (String k : v.keys()) {
                Value m = v.get(k);
                if (k.equalsIgnoreCase("type")
                        && m.isString()
                        && m.asText().toLowerCase(java.util.Locale.ROOT).startsWith("microsoft.managedservices/")) {
                    return true;
                }
                if ((m.isObject() || m.isArray()) && mentionsManagedServices(m, depth + 1)) {
                    return true;
                }
            }
        } else if (v.isArray()) {
            for (Value m : v.elements()) {
                if (mentionsManagedServices(m, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Value path(Value v, String... names) {
        Value at = v;
        for (String n : names) {
            if (at == null || !at.isObject() || !at.has(n)) {
                return null;
            }
            at = at.get(n);
        }
        return at;
    }
}
