package io.github.azlighthouse.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.azlighthouse.source.SourceDocument;
import java.util.HashMap;
import java.util.Map;

/**
 * User-defined functions ({@code "functions": [{"namespace", "members": {name: {parameters, output}}}]}),
 * called as {@code namespace.name(…)}. As in ARM, a function body sees only its own parameters: no
 * template parameters, no variables, no copy loops.
 */
final class UserFunctions {

    private final TemplateScope scope;

    UserFunctions(TemplateScope scope) {
        this.scope = scope;
    }

    Value call(Expr.Call node, Env env) {
        Call c = new Call(node, env, node.fullName());
        JsonNode functions = Json.field(scope.node(), "functions");
        String pointer = null;
        JsonNode member = null;
        if (functions != null && functions.isArray()) {
            for (int i = 0; i < functions.size() && member == null; i++) {
                JsonNode ns = functions.get(i);
                if (node.namespace().equalsIgnoreCase(Json.text(ns, "namespace"))) {
                    JsonNode members = Json.field(ns, "members");
                    String name = Json.key(members, node.name());
                    if (name != null) {
                        member = members.get(name);
                        pointer = scope.pointer() + "/" + SourceDocument.escape(Json.key(scope.node(), "functions"))
                                + "/" + i + "/" + SourceDocument.escape(Json.key(ns, "members")) + "/"
                                + SourceDocument.escape(name);
                    }
                }
            }
        }
        if (member == null) {
            return c.unknown("the user-defined function '" + node.fullName() + "' is not declared in this template");
        }
        JsonNode params = Json.field(member, "parameters");
        int declared = params != null && params.isArray() ? params.size() : 0;
        if (c.count() != declared) {
            return c.invalid("The user-defined function '" + node.fullName() + "' expects " + declared
                    + " argument(s) but " + c.count() + " were provided.");
        }
        Map<String, Value> args = new HashMap<>();
        for (int i = 0; i < declared; i++) {
            Value a = c.arg(i);
            if (a.isInvalid()) {
                return a;
            }
            String name = Json.text(params.get(i), "name");
            if (name != null) {
                args.put(Json.lower(name), a);
            }
        }
        JsonNode output = Json.field(member, "output");
        String valueKey = Json.key(output, "value");
        if (valueKey == null) {
            return c.invalid("The user-defined function '" + node.fullName() + "' has no output value.");
        }
        String p = pointer + "/" + SourceDocument.escape(Json.key(member, "output")) + "/"
                + SourceDocument.escape(valueKey);
        Env body = new Env(scope, null, args, scope.doc(), p);
        Value result = JsonValues.template(output.get(valueKey), body, null);
        return result.isResolved() && !result.isArray() && !result.isObject() ? result.at(c.at()) : result;
    }
}
