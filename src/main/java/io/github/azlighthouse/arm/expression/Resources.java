package io.github.azlighthouse.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceDocument;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Expands a template's {@code resources} (an array, or with languageVersion 2.0 an object keyed by
 * symbolic name) into instances: one per iteration of a copy loop whose count is known; a single
 * flagged instance, whose {@code copyIndex()} is unknown or invalid, when the count is not.
 */
final class Resources {

    /** No template needs more; past this, expansion stops rather than exhausting memory. */
    static final int MAX_INSTANCES = 20_000;

    private Resources() {}

    static void expand(TemplateScope scope, List<ResourceInstance> out) {
        if (scope.problem() != null) {
            return;
        }
        String key = Json.key(scope.node(), "resources");
        JsonNode resources = key == null ? null : scope.node().get(key);
        if (resources == null) {
            return;
        }
        String base = scope.pointer() + "/" + SourceDocument.escape(key);
        Env env = scope.rootEnv();
        if (resources.isArray()) {
            for (int i = 0; i < resources.size(); i++) {
                expand(scope, resources.get(i), base + "/" + i, null, null, env, out);
            }
        } else if (resources.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                expand(scope, e.getValue(), base + "/" + SourceDocument.escape(e.getKey()), e.getKey(), null, env, out);
            }
        }
    }

    private static void expand(
            TemplateScope scope,
            JsonNode r,
            String p,
            String symbolicName,
            ResourceInstance parent,
            Env env,
            List<ResourceInstance> out) {
        if (!r.isObject() || out.size() >= MAX_INSTANCES) {
            return;
        }
        String type = Json.text(r, "type");
        if (parent != null && type != null && !type.contains("/") && parent.type() != null) {
            type = parent.type() + "/" + type; // a child resource written inside its parent
        }
        Env at = env.place(p);
        JsonNode copy = Json.field(r, "copy");
        if (copy == null || !copy.isObject()) {
            add(scope, r, p, type, symbolicName, at, null, null, false, parent, out);
            return;
        }
        String loop = Json.text(copy, "name");
        if (loop == null) {
            loop = symbolicName;
        }
        String copyPointer = p + "/" + SourceDocument.escape(Json.key(r, "copy"));
        String countKey = Json.key(copy, "count");
        Copies.Count count = Copies.count(
                Json.field(copy, "count"),
                at.place(copyPointer + "/" + (countKey == null ? "count" : SourceDocument.escape(countKey))),
                loop);
        if (count.problem() == null) {
            for (int i = 0; i < count.n(); i++) {
                Value index = Scalar.integer(at.at(), i);
                add(
                        scope,
                        r,
                        p,
                        type,
                        symbolicName,
                        at.withLoop(loop, Env.LoopKind.RESOURCE, index),
                        loop,
                        index,
                        false,
                        parent,
                        out);
            }
            return;
        }
        Value problem = count.problem();
        Position where = problem.at();
        String reason = "the copy count of loop '" + loop + "' is not known: " + problem.reason();
        String symbol = "copyIndex(" + Symbols.quote(String.valueOf(loop)) + ")";
        Value index = problem.isInvalid()
                ? Unresolved.invalid(where, problem.reason(), symbol)
                : Unresolved.unknown(where, reason, symbol);
        add(
                scope,
                r,
                p,
                type,
                symbolicName,
                at.withLoop(loop, Env.LoopKind.RESOURCE, index),
                loop,
                index,
                true,
                parent,
                out);
    }

    private static void add(
            TemplateScope scope,
            JsonNode r,
            String p,
            String type,
            String symbolicName,
            Env env,
            String loop,
            Value index,
            boolean copyUnknown,
            ResourceInstance parent,
            List<ResourceInstance> out) {
        ResourceInstance instance =
                new ResourceInstance(scope, r, p, type, symbolicName, env, loop, index, copyUnknown, parent);
        out.add(instance);
        String childrenKey = Json.key(r, "resources");
        JsonNode children = childrenKey == null ? null : r.get(childrenKey);
        if (children != null && children.isArray()) {
            String base = p + "/" + SourceDocument.escape(childrenKey);
            for (int j = 0; j < children.size(); j++) {
                expand(scope, children.get(j), base + "/" + j, null, instance, env, out);
            }
        }
    }
}
