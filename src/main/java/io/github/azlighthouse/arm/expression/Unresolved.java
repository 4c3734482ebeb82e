package io.github.azlighthouse.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.azlighthouse.source.Position;

/**
 * A value that cannot be computed offline (unknown) or that ARM would reject (invalid). Anything read
 * from it is unknown or invalid in turn, with a symbol that extends this one.
 */
final class Unresolved extends Value {

    private final boolean invalid;
    private final String reason;
    private final String symbol;

    private Unresolved(Position at, boolean invalid, String reason, String symbol) {
        super(at);
        this.invalid = invalid;
        this.reason = reason;
        this.symbol = symbol;
    }

    static Unresolved unknown(Position at, String reason, String symbol) {
        return new Unresolved(at, false, reason, symbol);
    }

    static Unresolved invalid(Position at, String reason, String symbol) {
        return new Unresolved(at, true, reason, symbol);
    }

    /** The same kind of value and reason, with another symbol. */
    Unresolved derive(Position where, String newSymbol) {
        return new Unresolved(where, invalid, reason, newSymbol);
    }

    @Override
    public Kind kind() {
        return invalid ? Kind.INVALID : Kind.UNKNOWN;
    }

    @Override
    Value at(Position where) {
        return new Unresolved(where, invalid, reason, symbol);
    }

    @Override
    public Value get(String name) {
        return derive(at(), Symbols.property(this, name));
    }

    @Override
    public Value get(int index) {
        return derive(at(), Symbols.index(this, index));
    }

    @Override
    public Value opt(String name) {
        return get(name);
    }

    @Override
    public String reason() {
        return reason;
    }

    @Override
    String symbol(int depth) {
        return symbol;
    }

    @Override
    JsonNode json(int depth) {
        return null;
    }

    @Override
    public String describe() {
        return (invalid ? "invalid: " : "unknown: ") + reason;
    }
}
