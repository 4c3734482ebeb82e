package io.github.azlighthouse.arm.expression;

import io.github.azlighthouse.source.Position;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Limits shared by one template and its nested templates, so hostile input ends in an unknown value
 * instead of a stack overflow, a hang or an out-of-memory: how deep evaluation may recurse (variables
 * that refer to variables, nested calls), how many evaluation steps a template may take, how long a
 * computed string and how large a computed array may grow. Also caches parsed expressions (a copy loop
 * evaluates the same strings for every instance). Confined to the evaluating thread.
 */
final class Budget {

    static final int MAX_DEPTH = 160;
    static final long MAX_STEPS = 2_000_000;
    static final int MAX_STRING = 4 * 1024 * 1024;
    static final int MAX_ARRAY = 100_000;
    private static final int MAX_CACHED = 4096;

    private final ExpressionCache shared;
    private boolean inspectedValues;
    private int depth;
    private long steps;
    private final Map<String, Expressions.Parsed> parsed = new HashMap<>();
    private final IdentityHashMap<Object, Integer> evaluating = new IdentityHashMap<>();

    Budget(ExpressionCache shared) {
        this.shared = shared;
    }

    /** Notes that a function that looks inside values (a substring, a comparison by order, …) was evaluated. */
    void inspectedValues() {
        inspectedValues = true;
    }

    /** True when every function evaluated so far only moves, joins, hashes or compares values for equality. */
    boolean valueBlind() {
        return !inspectedValues;
    }

    /** Marks variable {@code key} as being evaluated (possibly more than once on the stack). */
    void enter(Object key) {
        evaluating.merge(key, 1, Integer::sum);
    }

    void exit(Object key) {
        evaluating.computeIfPresent(key, (k, n) -> n == 1 ? null : n - 1);
    }

    /** True while some part of variable {@code key} is being evaluated. */
    boolean isEvaluating(Object key) {
        return evaluating.containsKey(key);
    }

    /** Runs {@code work} one level deeper; an unknown value when a limit is reached or the work fails. */
    Value run(Supplier<Value> work, Position at) {
        if (depth >= MAX_DEPTH) {
            return Unresolved.unknown(
                    at,
                    "evaluation is nested more than " + MAX_DEPTH
                            + " levels deep (variables referring to variables, nested calls); not evaluated offline",
                    "<too deep>");
        }
        if (++steps > MAX_STEPS) {
            return Unresolved.unknown(
                    at,
                    "the template needs more than " + MAX_STEPS
                            + " evaluation steps; the rest is not evaluated offline",
                    "<too long>");
        }
        depth++;
        try {
            return work.get();
        } catch (StackOverflowError e) { // the depth limit should prevent this; a last line of defence
            return Unresolved.unknown(at, "evaluation is nested too deeply to follow offline", "<too deep>");
        } catch (RuntimeException e) {
            return Unresolved.unknown(
                    at,
                    "the evaluator could not handle this value (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")",
                    "<error>");
        } finally {
            depth--;
        }
    }

    /** {@code work}'s result, or {@code fallback}'s when it fails: for building parts of a scope. */
    <T> T guarded(Supplier<T> work, Supplier<T> fallback) {
        try {
            return work.get();
        } catch (RuntimeException | StackOverflowError e) {
            return fallback.get();
        }
    }

    Expressions.Parsed parse(String text) {
        Expressions.Parsed p = parsed.get(text);
        if (p == null) {
            p = shared.parse(text);
            if (parsed.size() < MAX_CACHED) {
                parsed.put(text, p);
            }
        }
        return p;
    }
}
