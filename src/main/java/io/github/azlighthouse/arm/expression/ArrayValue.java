package io.github.azlighthouse.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.azlighthouse.source.Position;
import java.util.ArrayList;
import java.util.List;

/** An array whose elements are evaluated on first access. */
final class ArrayValue extends Value {

    private final List<Lazy> cells;

    ArrayValue(Position at, List<Lazy> cells) {
        super(at);
        this.cells = List.copyOf(cells);
    }

    static ArrayValue of(Position at, List<Value> values) {
        List<Lazy> cells = new ArrayList<>(values.size());
        for (Value v : values) {
            cells.add(Lazy.of(v));
        }
        return new ArrayValue(at, cells);
    }

    List<Lazy> cells() {
        return cells;
    }

    @Override
    public Kind kind() {
        return Kind.ARRAY;
    }

    @Override
    Value at(Position where) {
        return new ArrayValue(where, cells);
    }

    @Override
    public Value get(int index) {
        if (index < 0 || index >= cells.size()) {
            return Unresolved.invalid(
                    at(),
                    "The language expression property array index '" + index + "' is out of bounds.",
                    Symbols.index(this, index));
        }
        return cells.get(index).get();
    }

    @Override
    public int size() {
        return cells.size();
    }

    @Override
    public List<Value> elements() {
        List<Value> all = new ArrayList<>(cells.size());
        for (Lazy c : cells) {
            all.add(c.get());
        }
        return all;
    }

    /** {@link #weight}, once counted: containers do not change once built. */
    private int weight = -1;

    @Override
    int weight(int depth) {
        if (weight < 0) {
            weight = weightOf(cells, depth);
        }
        return weight;
    }

    @Override
    boolean fullyKnown(int depth) {
        if (depth > MAX_WALK || weight(depth) >= MAX_WEIGHT) {
            return false;
        }
        for (Lazy c : cells) {
            if (!c.get().fullyKnown(depth + 1)) {
                return false;
            }
        }
        return true;
    }

    @Override
    String symbol(int depth) {
        return Symbols.array(this, depth);
    }

    @Override
    JsonNode json(int depth) {
        if (depth > MAX_WALK || weight(depth) >= MAX_WEIGHT) {
            return null;
        }
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (Lazy c : cells) {
            JsonNode n = c.get().json(depth + 1);
            if (n == null) {
                return null;
            }
            a.add(n);
        }
        return a;
    }

    @Override
    public String describe() {
        return "array of " + cells.size();
    }
}
