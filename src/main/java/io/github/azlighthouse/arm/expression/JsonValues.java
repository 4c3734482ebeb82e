package io.github.azlighthouse.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as values: <em>literal</em> JSON (parameter-file values, {@code json()} results: strings are text,
 * never expressions) and <em>template</em> JSON (strings are expressions, objects may hold property copy
 * loops), both with members evaluated on first access.
 */
final class JsonValues {

    private JsonValues() {}

    /** Literal JSON whose members report their own place in {@code doc}. */
    static Value literal(JsonNode node, SourceDocument doc, String pointer, Budget budget) {
        Position at = Position.in(doc, pointer);
        if (node.isObject()) {
            Map<String, ObjectValue.Member> members = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String p = pointer + "/" + SourceDocument.escape(f.getKey());
                JsonNode child = f.getValue();
                ObjectValue.put(
                        members, f.getKey(), Lazy.defer(budget, at, null, () -> literal(child, doc, p, budget)));
            }
            return new ObjectValue(at, members, null);
        }
        if (node.isArray()) {
            List<Lazy> cells = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                String p = pointer + "/" + i;
                JsonNode child = node.get(i);
                cells.add(Lazy.defer(budget, at, null, () -> literal(child, doc, p, budget)));
            }
            return new ArrayValue(at, cells);
        }
        return scalar(node, at);
    }

    /** Literal JSON with every member at {@code at} (a {@code json()} result). */
    static Value literal(JsonNode node, Position at) {
        if (node.isObject()) {
            Map<String, Value> members = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                members.put(f.getKey(), literal(f.getValue(), at));
            }
            return ObjectValue.of(at, members);
        }
        if (node.isArray()) {
            List<Value> items = new ArrayList<>(node.size());
            for (JsonNode n : node) {
                items.add(literal(n, at));
            }
            return ArrayValue.of(at, items);
        }
        return scalar(node, at);
    }

    static Value scalar(JsonNode node, Position at) {
        if (node.isTextual()) {
            return Scalar.string(at, node.asText());
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong()
                    ? Scalar.integer(at, node.asLong())
                    : Scalar.decimal(at, new java.math.BigDecimal(node.bigIntegerValue()));
        }
        if (node.isNumber()) {
            return Scalar.decimal(at, node.decimalValue());
        }
        if (node.isBoolean()) {
            return Scalar.bool(at, node.asBoolean());
        }
        if (node.isNull()) {
            return Scalar.nul(at);
        }
        return Unresolved.unknown(at, "the JSON value is missing or of an unexpected kind", "<missing>");
    }

    /**
     * Template JSON at {@code env}'s place, evaluated in {@code env}: a string is an expression, an object's
     * {@code copy} array of {@code {name, count, input}} is a property loop. The JSON at
     * {@code literalPointer} (a nested deployment's inline template) is kept as written.
     */
    static Value template(JsonNode node, Env env, String literalPointer) {
        if (env.pointer.equals(literalPointer)) {
            return literal(node, env.doc, env.pointer, env.budget());
        }
        if (node.isTextual()) {
            return Evaluator.string(node.asText(), env);
        }
        Position at = env.at();
        if (node.isArray()) {
            List<Lazy> cells = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                Env child = env.place(env.pointer + "/" + i);
                JsonNode n = node.get(i);
                cells.add(Lazy.defer(env.budget(), at, null, env.guard(() -> template(n, child, literalPointer))));
            }
            return new ArrayValue(at, cells);
        }
        if (!node.isObject()) {
            return scalar(node, at);
        }
        Map<String, ObjectValue.Member> members = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            Env child = env.place(env.pointer + "/" + SourceDocument.escape(f.getKey()));
            JsonNode n = f.getValue();
            if (f.getKey().equalsIgnoreCase("copy") && Copies.isPropertyLoops(n)) {
                Copies.addPropertyLoops(members, n, child);
            } else {
                ObjectValue.put(
                        members,
                        f.getKey(),
                        Lazy.defer(env.budget(), at, null, env.guard(() -> template(n, child, literalPointer))));
            }
        }
        return new ObjectValue(at, members, null);
    }
}
