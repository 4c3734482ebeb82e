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
    private final Map<String, Object> keys = new LinkedHashMap<>(); // identity of each variable, for cycle checks
    private final Budget budget;

    private Variables(Budget budget) {
        this.budget = budget;
    }

    /** No variables: what a template whose variables could not be read has. */
    static Variables empty() {
        return new Variables((Budget) null);
    }

    Variables(TemplateScope scope) {
        this.budget = scope.budget();
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
            Object identity = new Object();
            Env owned = env.place(p).owned(identity);
            cells.put(
                    Json.lower(e.getKey()),
                    Lazy.defer(
                            scope.budget(),
                            Position.in(scope.doc(), p),
                            what,
                            owned.guard(() -> JsonValues.template(node, owned, null))));
            keys.put(Json.lower(e.getKey()), identity);
        }
    }

    private void loops(JsonNode copy, Env env) {
        for (int i = 0; i < copy.size(); i++) {
            JsonNode spec = copy.get(i);
            if (!spec.isObject()) {
                continue;
            }
            Object key = new Object();
            Env at = env.place(env.pointer + "/" + i).owned(key);
            String name = Copies.loopName(spec, at);
            keys.put(Json.lower(name), key);
            cells.put(
                    Json.lower(name),
                    Lazy.defer(
                            env.budget(),
                            at.at(),
                            "variable '" + name + "'",
                            at.guard(() -> Json.field(spec, "input") == null
                                    ? Unresolved.invalid(
                                            at.at(),
                                            "The variable copy loop '" + name + "' has no input.",
                                            "variables(" + Symbols.quote(name) + ")")
                                    : Copies.loopArray(name, Env.LoopKind.VARIABLE, spec, at))));
        }
    }

    /** The variable's value, or null when the template does not define it. */
    Value get(String name) {
        Lazy cell = cells.get(Json.lower(name));
        if (cell == null) {
            return null;
        }
        Object key = keys.get(Json.lower(name));
        if (!cell.isComputed() || !budget.isEvaluating(key)) {
            return cell.get();
        }
        // ARM evaluates a variable as a whole: a part of it that reads the variable is a circular reference
        return Unresolved.invalid(
                cell.get().at(),
                "The variable '" + name + "' refers to itself (a circular reference)," + " which ARM rejects.",
                "variables(" + Symbols.quote(name) + ")");
    }
}
