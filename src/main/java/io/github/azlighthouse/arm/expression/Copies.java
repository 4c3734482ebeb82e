package io.github.azlighthouse.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.azlighthouse.source.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Copy loops: the count ARM allows (0 to 800), and the arrays that property loops ({@code copy} inside
 * an object) and variable loops ({@code copy} at the top of {@code variables}) produce, each element
 * evaluated with {@code copyIndex('name')} bound.
 */
final class Copies {

    /** ARM's limit on the count of any copy loop. */
    static final int MAX_COUNT = 800;

    /** A loop count: {@code n} when known and allowed, else the unknown or invalid {@code problem}. */
    record Count(int n, Value problem) {}

    private Copies() {}

    /** The count of a loop from its JSON {@code count}, evaluated in {@code env} (placed at the count). */
    static Count count(JsonNode countNode, Env env, String loop) {
        if (countNode == null) {
            return new Count(
                    0,
                    Unresolved.invalid(env.at(), "The copy loop '" + loop + "' has no count.", "<copy " + loop + ">"));
        }
        Value v = JsonValues.template(countNode, env, null);
        if (!v.isResolved()) {
            return new Count(0, v);
        }
        if (!v.isInteger()) {
            Value problem = Call.isScalar(v.kind())
                    ? Unresolved.unknown(
                            env.at(),
                            "the count of copy loop '" + loop + "' is " + v.describe()
                                    + ", not an integer; whether ARM converts it is not documented",
                            v.symbol())
                    : Unresolved.invalid(
                            env.at(),
                            "The count of the copy loop '" + loop + "' must be an integer; it is a " + v.describeKind()
                                    + ".",
                            v.symbol());
            return new Count(0, problem);
        }
        long n = v.asLong();
        if (n < 0) {
            return new Count(
                    0,
                    Unresolved.invalid(
                            env.at(),
                            "The count of the copy loop '" + loop + "' is " + n
                                    + "; the count can't be a negative number.",
                            v.symbol()));
        }
        if (n > MAX_COUNT) {
            return new Count(
                    0,
                    Unresolved.invalid(
                            env.at(),
                            "The count of the copy loop '" + loop + "' is " + n + "; the count can't exceed "
                                    + MAX_COUNT + ".",
                            v.symbol()));
        }
        return new Count((int) n, null);
    }

    /** True for a {@code copy} value that is a list of property loops: objects with a name and an input. */
    static boolean isPropertyLoops(JsonNode copy) {
        if (copy == null || !copy.isArray() || copy.isEmpty()) {
            return false;
        }
        for (JsonNode spec : copy) {
            if (!spec.isObject() || Json.field(spec, "name") == null || Json.field(spec, "input") == null) {
                return false;
            }
        }
        return true;
    }

    /** Adds one member per loop of {@code copy} (env placed at the copy array) to {@code members}. */
    static void addPropertyLoops(Map<String, ObjectValue.Member> members, JsonNode copy, Env env) {
        for (int i = 0; i < copy.size(); i++) {
            JsonNode spec = copy.get(i);
            Env at = env.place(env.pointer + "/" + i);
            String name = loopName(spec, at);
            ObjectValue.put(
                    members,
                    name,
                    Lazy.defer(
                            env.budget(),
                            at.at(),
                            "property loop '" + name + "'",
                            env.guard(() -> loopArray(name, Env.LoopKind.PROPERTY, spec, at))));
        }
    }

    /** The loop's name: literal text, or an expression evaluated in {@code env}. */
    static String loopName(JsonNode spec, Env env) {
        JsonNode n = Json.field(spec, "name");
        String key = Json.key(spec, "name");
        if (n == null || !n.isTextual()) {
            return String.valueOf(n);
        }
        Value v = Evaluator.string(n.asText(), env.place(env.pointer + "/" + SourceDocument.escape(key)));
        return v.isString() ? v.asText() : n.asText();
    }

    /** The array a property or variable loop produces; unknown or invalid when its count is. */
    static Value loopArray(String name, Env.LoopKind kind, JsonNode spec, Env env) {
        String countKey = Json.key(spec, "count");
        Count count = count(
                Json.field(spec, "count"),
                env.place(env.pointer + "/" + (countKey == null ? "count" : countKey)),
                name);
        if (count.problem() != null) {
            Value p = count.problem();
            String reason = "copy loop '" + name + "': " + p.reason();
            return p.isInvalid()
                    ? Unresolved.invalid(env.at(), reason, "copy('" + name + "')")
                    : Unresolved.unknown(env.at(), reason + " (copy count unknown)", "copy('" + name + "')");
        }
        JsonNode input = Json.field(spec, "input");
        Env inputEnv = env.place(env.pointer + "/" + SourceDocument.escape(Json.key(spec, "input")));
        List<Lazy> cells = new ArrayList<>(count.n());
        for (int i = 0; i < count.n(); i++) {
            Env bound = inputEnv.withLoop(name, kind, Scalar.integer(inputEnv.at(), i));
            cells.add(Lazy.defer(
                    env.budget(), inputEnv.at(), null, env.guard(() -> JsonValues.template(input, bound, null))));
        }
        return new ArrayValue(env.at(), cells);
    }
}
