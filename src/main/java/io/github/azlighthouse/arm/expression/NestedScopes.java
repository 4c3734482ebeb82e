package io.github.azlighthouse.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceDocument;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The scope of a nested deployment's inline template ({@code Microsoft.Resources/deployments} with
 * {@code properties.template}). With {@code expressionEvaluationOptions.scope} {@code outer} (the
 * default) the inner template's expressions use the parent's parameters, variables and functions, the
 * parent's deployment for {@code subscription()} and {@code resourceId()}, and the copy index of the
 * deployment instance. With {@code inner} it has its own parameters, whose values come from the
 * deployment's {@code parameters} evaluated in the parent, and targets the deployment's resource group
 * or subscription.
 */
final class NestedScopes {

    private NestedScopes() {}

    static TemplateScope of(ResourceInstance d) {
        TemplateScope parent = d.scope();
        JsonNode props = Json.field(d.node(), "properties");
        String propsPointer = d.pointer() + "/" + SourceDocument.escape(Json.key(d.node(), "properties"));
        String templatePointer = propsPointer + "/" + SourceDocument.escape(Json.key(props, "template"));
        boolean inner = isInner(props, d, propsPointer);
        Target deployTarget = target(d, parent.deployTarget());
        int depth = parent.depth() + 1;
        Value problem = depth > TemplateScope.MAX_NESTING
                ? Unresolved.invalid(
                        Position.in(d.scope().doc(), templatePointer),
                        "The nested template is more than " + TemplateScope.MAX_NESTING + " deployments deep; it is not"
                                + " evaluated.",
                        "<nested>")
                : null;
        if (!inner) {
            return new TemplateScope(
                    parent.doc(),
                    templatePointer,
                    parent,
                    TemplateScope.Mode.OUTER,
                    parent.budget(),
                    depth,
                    d.env().loops,
                    parent.target(),
                    deployTarget,
                    d,
                    problem,
                    "no value");
        }
        TemplateScope scope = new TemplateScope(
                parent.doc(),
                templatePointer,
                parent,
                TemplateScope.Mode.INNER,
                parent.budget(),
                depth,
                null,
                deployTarget,
                deployTarget,
                d,
                problem,
                "the nested deployment passes no value");
        scope.parameters(
                supplied(d, props, propsPointer),
                new ParameterChecks(parent.sink(), parent.subject(), "the parameters of the nested deployment"));
        return scope;
    }

    private static boolean isInner(JsonNode props, ResourceInstance d, String propsPointer) {
        JsonNode options = Json.field(props, "expressionEvaluationOptions");
        JsonNode scope = Json.field(options, "scope");
        if (scope == null || !scope.isTextual()) {
            return false;
        }
        String p = propsPointer + "/" + SourceDocument.escape(Json.key(props, "expressionEvaluationOptions")) + "/"
                + SourceDocument.escape(Json.key(options, "scope"));
        Value v = Evaluator.string(scope.asText(), d.env().place(p));
        return v.isString() && v.asText().toLowerCase(Locale.ROOT).equals("inner");
    }

    /** Where the deployment puts its resources: its resourceGroup, subscriptionId or scope, else the parent's target. */
    private static Target target(ResourceInstance d, Target parent) {
        Value rg = d.member("resourceGroup");
        Value sub = d.member("subscriptionId");
        Value scope = d.member("scope");
        Target.Level level =
                rg != null ? Target.Level.RESOURCE_GROUP : sub != null ? Target.Level.SUBSCRIPTION : parent.level();
        if (rg == null && sub == null && scope != null) {
            String s = scope.isString() ? scope.asText() : "";
            level = s.equals("/")
                    ? Target.Level.TENANT
                    : s.toLowerCase(Locale.ROOT).contains("microsoft.management/managementgroups/")
                            ? Target.Level.MANAGEMENT_GROUP
                            : Target.Level.UNKNOWN;
        }
        Value group = rg != null
                ? rg
                : parent.level() == Target.Level.RESOURCE_GROUP
                        ? parent.resourceGroup()
                        : Unresolved.unknown(
                                d.at(), "resourceGroup().name is known only at deployment", "resourceGroup().name");
        Value name = d.member("name");
        return new Target(
                level,
                sub != null ? sub : parent.subscriptionId(),
                group,
                parent.tenantId(),
                name != null
                        ? name
                        : Unresolved.unknown(
                                d.at(), "deployment().name is known only at deployment", "deployment().name"));
    }

    /** The deployment's {@code parameters}: each value evaluated in the parent, then passed as a literal. */
    private static Map<String, Parameters.Supplied> supplied(ResourceInstance d, JsonNode props, String propsPointer) {
        Map<String, Parameters.Supplied> result = new LinkedHashMap<>();
        String key = Json.key(props, "parameters");
        JsonNode entries = key == null ? null : props.get(key);
        if (entries == null || !entries.isObject()) {
            return result;
        }
        String base = propsPointer + "/" + SourceDocument.escape(key);
        SourceDocument doc = d.scope().doc();
        for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = base + "/" + SourceDocument.escape(e.getKey());
            result.put(
                    Json.lower(e.getKey()),
                    Parameters.entry(
                            e.getKey(),
                            e.getValue(),
                            doc,
                            base,
                            p,
                            vp -> JsonValues.template(doc.node(vp), d.env().place(vp), null)));
        }
        return result;
    }
}
