package io.github.azlighthouse.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.azlighthouse.source.Position;
import java.math.BigDecimal;

/** A string, integer, JSON decimal, boolean or null. */
final class Scalar extends Value {

    private final Kind kind;
    private final Object value; // String, Long, BigDecimal, Boolean or null

    private Scalar(Position at, Kind kind, Object value) {
        super(at);
        this.kind = kind;
        this.value = value;
    }

    static Scalar string(Position at, String s) {
        return new Scalar(at, Kind.STRING, s);
    }

    static Scalar integer(Position at, long n) {
        return new Scalar(at, Kind.INTEGER, n);
    }

    static Scalar decimal(Position at, BigDecimal n) {
        return new Scalar(at, Kind.NUMBER, n);
    }

    static Scalar bool(Position at, boolean b) {
        return new Scalar(at, Kind.BOOLEAN, b);
    }

    static Scalar nul(Position at) {
        return new Scalar(at, Kind.NULL, null);
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    Value at(Position where) {
        return new Scalar(where, kind, value);
    }

    @Override
    public String asText() {
        return switch (kind) {
            case STRING -> (String) value;
            case INTEGER -> Long.toString((Long) value);
            case NUMBER -> ((BigDecimal) value).toPlainString();
            case BOOLEAN -> value.toString();
            default -> null;
        };
    }

    @Override
    public Long asLong() {
        return kind == Kind.INTEGER ? (Long) value : null;
    }

    @Override
    public Boolean asBoolean() {
        return kind == Kind.BOOLEAN ? (Boolean) value : null;
    }

    @Override
    public BigDecimal asDecimal() {
        return switch (kind) {
            case INTEGER -> BigDecimal.valueOf((Long) value);
            case NUMBER -> (BigDecimal) value;
            default -> null;
        };
    }

    @Override
    String symbol(int depth) {
        return switch (kind) {
            case STRING -> Symbols.quote((String) value);
            case NULL -> "null";
            default -> asText();
        };
    }

    @Override
    JsonNode json(int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (kind) {
            case STRING -> f.textNode((String) value);
            case INTEGER -> f.numberNode((Long) value);
            case NUMBER -> f.numberNode((BigDecimal) value);
            case BOOLEAN -> f.booleanNode((Boolean) value);
            default -> f.nullNode();
        };
    }

    @Override
    public String describe() {
        if (kind == Kind.NULL) {
            return "null";
        }
        String text = asText();
        if (text.length() > 60) {
            text = text.substring(0, 57) + "...";
        }
        return describeKind() + " " + (kind == Kind.STRING ? "'" + text + "'" : text);
    }
}
