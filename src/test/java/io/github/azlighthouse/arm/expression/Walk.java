package io.github.azlighthouse.arm.expression;

import java.util.List;

/**
 * Reads everything a caller could read from a scope or a value (every resource member, nested scopes,
 * every container member, every accessor), so a property test can check that nothing throws. Bounded,
 * so it ends on self-referencing values.
 */
final class Walk {

    private int budget = 20_000;
    /** Where every visited value stands, so each position is looked up (and its lookup exercised). */
    private final StringBuilder trace = new StringBuilder();

    static void all(TemplateScope scope) {
        new Walk().scope(scope, 0);
    }

    static void all(Value value) {
        new Walk().value(value, 0);
    }

    private void scope(TemplateScope scope, int depth) {
        if (scope == null || depth > 12 || budget <= 0) {
            return;
        }
        scope.problem();
        value(scope.evaluate(""), 0);
        value(scope.parameter("p"), 0);
        value(scope.variable("v"), 0);
        value(scope.evaluateExpression("[parameters('resourceGroups')[copyIndex()]]"), 0);
        List<ResourceInstance> resources = scope.resources();
        for (ResourceInstance r : resources) {
            if (budget-- <= 0) {
                return;
            }
            r.type();
            r.apiVersion();
            trace.append(r.at());
            r.deployed();
            r.conditionUnknown();
            r.copyUnknown();
            value(r.copyIndex(), 0);
            value(r.condition(), 0);
            for (String member : List.of(
                    "name",
                    "properties",
                    "plan",
                    "resourceGroup",
                    "subscriptionId",
                    "scope",
                    "location",
                    "copy",
                    "dependsOn")) {
                value(r.member(member), 0);
            }
            value(scope.resourceIdOf(r), 0);
            r.linkedTemplate();
            scope(r.nested(), depth + 1);
        }
    }

    private void value(Value v, int depth) {
        if (v == null || budget-- <= 0 || depth > 40) {
            return;
        }
        v.kind();
        v.asText();
        v.asLong();
        v.asBoolean();
        v.asDecimal();
        v.reason();
        v.describe();
        v.symbol();
        v.toJson();
        v.isFullyKnown();
        trace.append(v.at());
        v.sameValueAs(v, true);
        v.get("name");
        v.get(0);
        v.opt("x");
        v.size();
        for (String key : v.keys()) {
            value(v.get(key), depth + 1);
        }
        if (v.isArray()) {
            for (Value e : v.elements()) {
                value(e, depth + 1);
            }
        }
    }
}
