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

    /** Nor are containers whose text would be longer than this. */
    private static final int MAX_TEXT = 8192;

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
        StringBuilder s = new StringBuilder();
        return appendArray(a, depth, s) ? s.toString() : opaque("array", a.size(), a);
    }

    static String object(ObjectValue o, int depth) {
        StringBuilder s = new StringBuilder();
        return appendObject(o, depth, s) ? s.toString() : opaque("object", o.size(), o);
    }

    /**
     * Spells a container out into {@code s}, nested containers into the same builder; false once {@code s} is
     * longer than {@link #MAX_TEXT}. So the work is bounded too: a value can hold the same container many times
     * over (a variable that holds the previous one twice, forty times), far more than it could spell out.
     */
    private static boolean appendArray(ArrayValue a, int depth, StringBuilder s) {
        if (a.size() > MAX_LITERAL || depth > MAX_LITERAL) {
            s.append(opaque("array", a.size(), a));
            return s.length() <= MAX_TEXT;
        }
        s.append("createArray(");
        boolean first = true;
        for (Lazy c : a.cells()) {
            s.append(first ? "" : ", ");
            if (!append(c.get(), depth + 1, s)) {
                return false;
            }
            first = false;
        }
        s.append(')');
        return s.length() <= MAX_TEXT;
    }

    private static boolean appendObject(ObjectValue o, int depth, StringBuilder s) {
        if (o.size() > MAX_LITERAL || depth > MAX_LITERAL) {
            s.append(opaque("object", o.size(), o));
            return s.length() <= MAX_TEXT;
        }
        s.append("createObject(");
        boolean first = true;
        for (ObjectValue.Member m : o.members().values()) {
            s.append(first ? "" : ", ").append(quote(m.key())).append(", ");
            if (!append(m.cell().get(), depth + 1, s)) {
                return false;
            }
            first = false;
        }
        s.append(')');
        return s.length() <= MAX_TEXT;
    }

    private static boolean append(Value v, int depth, StringBuilder s) {
        if (v instanceof ArrayValue a) {
            return appendArray(a, depth, s);
        }
        if (v instanceof ObjectValue o && !o.isOpen()) {
            return appendObject(o, depth, s);
        }
        s.append(v.symbol(depth));
        return s.length() <= MAX_TEXT;
    }

    /** A container not spelled out: its own, never equal to another's. */
    private static String opaque(String kind, int size, Object container) {
        return "<" + kind + " of " + size + " #" + Integer.toHexString(System.identityHashCode(container)) + ">";
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
