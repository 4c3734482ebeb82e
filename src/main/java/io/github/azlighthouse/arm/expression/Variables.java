package io.github.azlighthouse.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceDocument;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A template's variables, each evaluated on first use and kept: plain values, expressions, objects
 * (whose own {@code copy} arrays are property loops), and variable loops ({@code copy} at the top of
 * {@code variables}: each defines a variable holding an array). A variable reached again while it is
 * being evaluated is a circular reference, which ARM rejects.
 */
final class Variables {

    private final Map<String, Lazy> cells = new LinkedHashMap<>();

    Variables(TemplateScope scope) {
        String key = Json.key(scope.node(), "variables");
        JsonNode vars = key == null ? null : scope.node().get(key);
        if (vars == null || !vars.isObject()) {
            return;
        }
        String base = scope.pointer() + "/" + SourceDocument.escape(key);
        Env env = scope.rootEnv();
        for (Iterator<Map.Entry<String, JsonNode>> it = vars.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = base + "/" + SourceDocument.escape(e.getKey());
            JsonNode node = e.getValue();
            if (e.getKey().equalsIgnoreCase("copy") && node.isArray()) {
                loops(node, env.place(p));
                continue;
            }
            String what = "variable '" + e.getKey() + "'";
            cells.put(Json.lower(e.getKey()), Lazy.defer(scope.budget(), Position.in(scope.doc(), p), what,
                    () -> JsonValues.template(node, env.place(p), null)));
        }
    }

    private void loops(JsonNode copy, Env env) {
        for (int i = 0; i < copy.size(); i++) {
            JsonNode spec = copy.get(i);
            if (!spec.isObject()) {
                continue;
            }
            Env at = env.place(env.pointer + "/" + i);
            String name = Copies.loopName(spec, at);
            cells.put(Json.lower(name), Lazy.defer(env.budget(), at.at(), "variable '" + name + "'",
                    () -> Json.field(spec, "input") == null
                            ? Unresolved.invalid(at.at(), "The variable copy loop '" + name + "' has no input.",
                                    "variables(" + Symbols.quote(name) + ")")
                            : Copies.loopArray(name, Env.LoopKind.VARIABLE, spec, at)));
        }
    }

    /** The variable's value, or null when the template does not define it. */
    Value get(String name) {
        Lazy cell = cells.get(Json.lower(name));
        return cell == null ? null : cell.get();
    }
}
