package io.github.azlighthouse.arm.expression;

import io.github.azlighthouse.source.Position;

/** Evaluates JSON strings and expression trees in an {@link Env}. */
final class Evaluator {

    private Evaluator() {}

    /** A JSON string of a template: an expression is evaluated, anything else is literal text (unescaped). */
    static Value string(String text, Env env) {
        Position at = env.at();
        Expressions.Parsed p = env.budget().parse(text);
        if (p.isLiteral()) {
            return Scalar.string(at, p.literal());
        }
        if (p.isInternalError()) {
            return Unresolved.unknown(at, p.error(), Symbols.quote(text));
        }
        if (p.isError()) {
            return Unresolved.invalid(
                    at,
                    "The language expression '" + shorten(text) + "' is not valid: " + p.error() + " (offset "
                            + p.errorOffset() + ").",
                    Symbols.quote(text));
        }
        return eval(p.expression(), env);
    }

    /** Evaluates one node; each node is one step of the budget and one level of its depth. */
    static Value eval(Expr e, Env env) {
        return env.budget().run(() -> node(e, env), env.at());
    }

    private static Value node(Expr e, Env env) {
        Position at = env.at();
        if (e instanceof Expr.Str s) {
            return Scalar.string(at, s.value());
        }
        if (e instanceof Expr.Int i) {
            return Scalar.integer(at, i.value());
        }
        if (e instanceof Expr.Decimal d) {
            return Unresolved.unknown(
                    at,
                    "the decimal literal " + d.text() + " is not part of ARM's documented expression grammar",
                    d.text());
        }
        if (e instanceof Expr.Keyword k) {
            return switch (k.word()) {
                case "true" -> Scalar.bool(at, true);
                case "false" -> Scalar.bool(at, false);
                default -> Scalar.nul(at);
            };
        }
        if (e instanceof Expr.Property p) {
            return property(eval(p.target(), env), p.name());
        }
        if (e instanceof Expr.Index x) {
            return index(eval(x.target(), env), eval(x.index(), env), env);
        }
        return Functions.call((Expr.Call) e, env);
    }

    static Value property(Value target, String name) {
        if (target.isObject() || !target.isResolved()) {
            return target.get(name);
        }
        return Unresolved.invalid(
                target.at(),
                "The language expression property '" + name + "' can't be evaluated: the value is a "
                        + target.describeKind() + ", not an object.",
                Symbols.property(target, name));
    }

    static Value index(Value target, Value index, Env env) {
        if (target.isInvalid()) {
            return target;
        }
        if (index.isInvalid()) {
            return index;
        }
        if (!target.isResolved() || !index.isResolved()) {
            Unresolved u = (Unresolved) (!target.isResolved() ? target : index);
            return u.derive(target.at(), Symbols.index(target, index));
        }
        if (target.isArray()) {
            if (index.isInteger()) {
                long i = index.asLong();
                if (i < 0 || i >= target.size()) {
                    return Unresolved.invalid(
                            target.at(),
                            "The language expression property array index '" + i + "' is out of bounds.",
                            Symbols.index(target, index));
                }
                return target.get((int) i);
            }
            if (index.isString()) {
                return Unresolved.unknown(
                        env.at(),
                        "an array indexed with the string " + index.describe()
                                + ": whether ARM converts it to a number is not documented",
                        Symbols.index(target, index));
            }
            return Unresolved.invalid(
                    env.at(),
                    "The language expression property array index must be an integer;" + " it is a "
                            + index.describeKind() + ".",
                    Symbols.index(target, index));
        }
        if (target.isObject()) {
            if (index.isString()) {
                return target.get(index.asText());
            }
            return Unresolved.unknown(
                    env.at(),
                    "an object indexed with a " + index.describeKind()
                            + ": whether ARM converts it to a property name is not documented",
                    Symbols.index(target, index));
        }
        return Unresolved.invalid(
                env.at(),
                "The language expression can't index a " + target.describeKind() + ".",
                Symbols.index(target, index));
    }

    static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }
}
