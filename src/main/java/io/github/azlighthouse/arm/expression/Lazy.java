package io.github.azlighthouse.arm.expression;

import io.github.azlighthouse.source.Position;
import java.util.function.Supplier;

/**
 * A member of a container, a parameter or a variable, computed on first access and kept. A cell that
 * is read again while it is being computed is a circular reference (invalid); a bug or an exhausted
 * budget while computing becomes an unknown value, never an exception.
 */
final class Lazy {

    private Supplier<Value> compute;
    private final Budget budget;
    private final Position at;
    private final String what;
    private Value value;
    private boolean running;

    private Lazy(Value value) {
        this.value = value;
        this.budget = null;
        this.at = value.at();
        this.what = null;
    }

    private Lazy(Budget budget, Position at, String what, Supplier<Value> compute) {
        this.budget = budget;
        this.at = at;
        this.what = what;
        this.compute = compute;
    }

    static Lazy of(Value value) {
        return new Lazy(value);
    }

    /**
     * @param what how to name this cell in a circular-reference message, e.g. {@code variable 'x'}
     */
    static Lazy defer(Budget budget, Position at, String what, Supplier<Value> compute) {
        return new Lazy(budget, at, what, compute);
    }

    /** True once computed (or when made from a value). */
    boolean isComputed() {
        return value != null;
    }

    Value get() {
        if (value != null) {
            return value;
        }
        if (running) {
            return Unresolved.invalid(
                    at,
                    (what == null ? "A value" : "The " + what)
                            + " refers to itself (a circular reference), which ARM rejects.",
                    "<cycle:" + what + ">");
        }
        running = true;
        Value v;
        try {
            v = budget.run(compute, at);
        } finally {
            running = false;
        }
        if (v == null) {
            v = Unresolved.unknown(at, "evaluation gave no value", "<none>");
        }
        value = v;
        compute = null;
        return v;
    }
}
