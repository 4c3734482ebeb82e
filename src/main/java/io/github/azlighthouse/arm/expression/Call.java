package io.github.azlighthouse.arm.expression;

import io.github.azlighthouse.source.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One function call being evaluated: its arguments (each evaluated on first use, so {@code if},
 * {@code and}, {@code or} and {@code coalesce} can skip what ARM does not evaluate) and helpers that
 * make results at the place of the expression.
 */
final class Call {

    final Expr.Call node;
    final Env env;
    final String name; // canonical spelling, for messages and symbols
    private final Value[] args;

    Call(Expr.Call node, Env env, String name) {
        this.node = node;
        this.env = env;
        this.name = name;
        this.args = new Value[node.args().size()];
    }

    int count() {
        return args.length;
    }

    Value arg(int i) {
        if (args[i] == null) {
            args[i] = Evaluator.eval(node.args().get(i), env);
        }
        return args[i];
    }

    List<Value> args() {
        List<Value> all = new ArrayList<>(args.length);
        for (int i = 0; i < args.length; i++) {
            all.add(arg(i));
        }
        return all;
    }

    Position at() {
        return env.at();
    }

    /** The symbol of this call with its arguments substituted (evaluates them all). */
    String symbol() {
        return Symbols.call(name, args());
    }

    Value unknown(String reason) {
        return Unresolved.unknown(at(), reason, symbol());
    }

    Value invalid(String reason) {
        return Unresolved.invalid(at(), reason, symbol());
    }

    /** An error in ARM's manner: "The template language function 'x' …". */
    Value error(String what) {
        return invalid("Unable to evaluate the template language function '" + name + "': " + what);
    }

    Value string(String s) {
        if (s.length() > Budget.MAX_STRING) {
            return unknown("the result of " + name + " is longer than " + Budget.MAX_STRING
                    + " characters; not computed offline");
        }
        return Scalar.string(at(), s);
    }

    Value integer(long n) {
        return Scalar.integer(at(), n);
    }

    Value bool(boolean b) {
        return Scalar.bool(at(), b);
    }

    Value nul() {
        return Scalar.nul(at());
    }

    Value array(List<Value> items) {
        if (items.size() > Budget.MAX_ARRAY) {
            return unknown(
                    "the result of " + name + " has more than " + Budget.MAX_ARRAY + " elements; not computed offline");
        }
        return ArrayValue.of(at(), items);
    }

    Value object(Map<String, Value> members) {
        return ObjectValue.of(at(), members);
    }

    /** The text of argument {@code i} when it is a string, else null. */
    String text(int i) {
        Value v = arg(i);
        return v.isString() ? v.asText() : null;
    }

    /**
     * Null when argument {@code i} is of one of {@code kinds}; otherwise why not: invalid when ARM cannot
     * accept it (a container for a scalar, a scalar for a container, an array for an object), unknown when
     * ARM might convert it (one scalar for another, null).
     */
    Value expect(int i, Value.Kind... kinds) {
        Value v = arg(i);
        for (Value.Kind k : kinds) {
            if (v.kind() == k) {
                return null;
            }
        }
        if (!v.isResolved()) {
            return v;
        }
        StringBuilder names = new StringBuilder();
        boolean scalarsOnly = true;
        for (Value.Kind k : kinds) {
            names.append(names.length() == 0 ? "" : "' or '").append(typeName(k));
            scalarsOnly &= isScalar(k);
        }
        String what = "its argument " + (i + 1) + " must be of type '" + names + "'; the value given is of type '"
                + typeName(v.kind()) + "'";
        if (v.isNull() || (scalarsOnly && isScalar(v.kind()))) {
            return unknown(name + ": " + what + ", and whether ARM converts it is not documented");
        }
        return error(what + ".");
    }

    static boolean isScalar(Value.Kind k) {
        return k == Value.Kind.STRING || k == Value.Kind.INTEGER || k == Value.Kind.NUMBER || k == Value.Kind.BOOLEAN;
    }

    /** ARM's names of JSON types, as its messages use them. */
    static String typeName(Value.Kind k) {
        return switch (k) {
            case STRING -> "String";
            case INTEGER -> "Integer";
            case NUMBER -> "Float";
            case BOOLEAN -> "Boolean";
            case NULL -> "Null";
            case ARRAY -> "Array";
            case OBJECT -> "Object";
            default -> k.name();
        };
    }
}
