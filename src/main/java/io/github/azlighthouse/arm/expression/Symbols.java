package io.github.azlighthouse.arm.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * Canonical texts of values, for {@link Value#symbol()}: known values in their literal form
 * ({@code 'text'}, {@code 12}, {@code createArray(…)}), unknown ones as the call that computes them
 * with known arguments substituted. Strings built from pieces are always written as one
 * {@code concat(…)} with neighbouring known text merged, so {@code concat}, {@code format} and
 * {@code resourceId} that build the same string give the same symbol.
 */
final class Symbols {

    /** Containers larger or deeper than this are not spelled out in symbols. */
    private static final int MAX_LITERAL = 64;

    private Symbols() {}

    static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static String property(Value base, String name) {
        return base.symbol() + "." + name;
    }

    static String index(Value base, int index) {
        return base.symbol() + "[" + index + "]";
    }

    static String index(Value base, Value index) {
        return base.symbol() + "[" + index.symbol() + "]";
    }

    static String call(String name, List<Value> args) {
        StringBuilder s = new StringBuilder(name).append('(');
        for (int i = 0; i < args.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(args.get(i).symbol());
        }
        return s.append(')').toString();
    }

    static String array(ArrayValue a, int depth) {
        if (a.size() > MAX_LITERAL || depth > MAX_LITERAL) {
            return "<array of " + a.size() + " #" + Integer.toHexString(System.identityHashCode(a)) + ">";
        }
        StringBuilder s = new StringBuilder("createArray(");
        boolean first = true;
        for (Lazy c : a.cells()) {
            s.append(first ? "" : ", ").append(c.get().symbol(depth + 1));
            first = false;
        }
        return s.append(')').toString();
    }

    static String object(ObjectValue o, int depth) {
        if (o.size() > MAX_LITERAL || depth > MAX_LITERAL) {
            return "<object of " + o.size() + " #" + Integer.toHexString(System.identityHashCode(o)) + ">";
        }
        StringBuilder s = new StringBuilder("createObject(");
        boolean first = true;
        for (ObjectValue.Member m : o.members().values()) {
            s.append(first ? "" : ", ")
                    .append(quote(m.key()))
                    .append(", ")
                    .append(m.cell().get().symbol(depth + 1));
            first = false;
        }
        return s.append(')').toString();
    }

    /**
     * The symbol of a string concatenated from {@code parts}: known strings are merged with their
     * neighbours, unknown parts keep their symbols.
     */
    static String concat(List<Value> parts) {
        List<String> pieces = new ArrayList<>();
        StringBuilder literal = null;
        for (Value p : parts) {
            if (p.isString() || p.isInteger()) {
                literal = literal == null ? new StringBuilder() : literal;
                literal.append(p.asText());
            } else {
                if (literal != null) {
                    pieces.add(quote(literal.toString()));
                    literal = null;
                }
                pieces.add(p.symbol());
            }
        }
        if (literal != null) {
            pieces.add(quote(literal.toString()));
        }
        return "concat(" + String.join(", ", pieces) + ")";
    }
}
