package io.github.azlighthouse.arm.expression;

import static io.github.azlighthouse.arm.expression.Functions.add;

import io.github.azlighthouse.arm.expression.Functions.Spec;
import io.github.azlighthouse.arm.expression.Value.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Logical, comparison and numeric functions. {@code if} evaluates only the branch it takes (documented
 * ARM behaviour); {@code and}/{@code or} stop at a known false/true; {@code coalesce} returns the first
 * known non-null argument before any unknown one.
 */
final class LogicFunctions {

    private LogicFunctions() {}

    static void register(Map<String, Spec> r) {
        add(r, "if", 3, 3, true, LogicFunctions::ifThen);
        add(r, "and", 2, -1, true, c -> junction(c, false));
        add(r, "or", 2, -1, true, c -> junction(c, true));
        add(
                r,
                "not",
                1,
                1,
                false,
                c -> bool(c, 0) != null ? bool(c, 0) : c.bool(!c.arg(0).asBoolean()));
        add(r, "true", 0, 0, false, c -> c.bool(true));
        add(r, "false", 0, 0, false, c -> c.bool(false));
        add(r, "null", 0, 0, false, Call::nul);
        add(r, "bool", 1, 1, false, LogicFunctions::toBool);
        add(r, "int", 1, 1, false, LogicFunctions::toInt);
        add(r, "coalesce", 1, -1, true, LogicFunctions::coalesce);
        add(r, "equals", 2, 2, false, c -> known(c, Equality.equal(c.arg(0), c.arg(1), false)));
        add(r, "greater", 2, 2, false, c -> compare(c, n -> n > 0));
        add(r, "greaterOrEquals", 2, 2, false, c -> compare(c, n -> n >= 0));
        add(r, "less", 2, 2, false, c -> compare(c, n -> n < 0));
        add(r, "lessOrEquals", 2, 2, false, c -> compare(c, n -> n <= 0));
        add(r, "add", 2, 2, false, c -> arithmetic(c, '+'));
        add(r, "sub", 2, 2, false, c -> arithmetic(c, '-'));
        add(r, "mul", 2, 2, false, c -> arithmetic(c, '*'));
        add(r, "div", 2, 2, false, c -> arithmetic(c, '/'));
        add(r, "mod", 2, 2, false, c -> arithmetic(c, '%'));
        add(r, "min", 1, -1, false, c -> extreme(c, true));
        add(r, "max", 1, -1, false, c -> extreme(c, false));
    }

    private static Value bool(Call c, int i) {
        return c.expect(i, Kind.BOOLEAN);
    }

    private static Value known(Call c, Equality e) {
        return e == Equality.UNKNOWN
                ? c.unknown("the comparison depends on values known only at deployment")
                : c.bool(e == Equality.TRUE);
    }

    private static Value ifThen(Call c) {
        Value condition = c.arg(0);
        if (condition.isInvalid()) {
            return condition;
        }
        if (condition.isUnknown()) {
            return Unresolved.unknown(c.at(), condition.reason(), c.symbol());
        }
        Value problem = bool(c, 0);
        if (problem != null) {
            return problem;
        }
        return c.arg(condition.asBoolean() ? 1 : 2); // the branch keeps its own place
    }

    /** {@code and} ({@code decisive} false) or {@code or} ({@code decisive} true), left to right. */
    private static Value junction(Call c, boolean decisive) {
        Value unknown = null;
        for (int i = 0; i < c.count(); i++) {
            Value a = c.arg(i);
            if (a.isInvalid()) {
                return a;
            }
            if (a.isUnknown()) {
                unknown = unknown == null ? a : unknown;
                continue;
            }
            Value problem = bool(c, i);
            if (problem != null) {
                return problem;
            }
            if (a.asBoolean() == decisive) {
                return c.bool(decisive); // decided whatever the unknown arguments turn out to be
            }
        }
        return unknown == null ? c.bool(!decisive) : Unresolved.unknown(c.at(), unknown.reason(), c.symbol());
    }

    private static Value coalesce(Call c) {
        for (int i = 0; i < c.count(); i++) {
            Value a = c.arg(i);
            if (!a.isResolved()) {
                return a.isInvalid() ? a : Unresolved.unknown(c.at(), a.reason(), c.symbol());
            }
            if (!a.isNull()) {
                return a;
            }
        }
        return c.nul();
    }

    private static Value toBool(Call c) {
        Value v = c.arg(0);
        if (v.isBoolean()) {
            return v.at(c.at());
        }
        if (v.isString() && (v.asText().equalsIgnoreCase("true") || v.asText().equalsIgnoreCase("false"))) {
            return c.bool(v.asText().equalsIgnoreCase("true"));
        }
        if (v.isInteger() && (v.asLong() == 0 || v.asLong() == 1)) {
            return c.bool(v.asLong() == 1);
        }
        Value problem = c.expect(0, Kind.BOOLEAN, Kind.STRING, Kind.INTEGER);
        return problem != null ? problem : c.unknown("bool() of " + v.describe() + " is not documented");
    }

    private static Value toInt(Call c) {
        Value v = c.arg(0);
        if (v.isInteger()) {
            return v.at(c.at());
        }
        if (v.isString()) {
            String s = v.asText().trim();
            try {
                return c.integer(Long.parseLong(s.startsWith("+") ? s.substring(1) : s));
            } catch (NumberFormatException e) {
                return s.matches("[+-]?[0-9]+")
                        ? c.error("the value '" + v.asText() + "' is out of range.")
                        : c.error("the value '" + v.asText() + "' can't be converted to an integer.");
            }
        }
        Value problem = c.expect(0, Kind.STRING, Kind.INTEGER);
        return problem != null ? problem : c.unknown("int() of " + v.describe() + " is not documented");
    }

    private static Value compare(Call c, java.util.function.IntPredicate test) {
        Value a = c.arg(0);
        Value b = c.arg(1);
        if (a.isInteger() && b.isInteger()) {
            return c.bool(test.test(Long.compare(a.asLong(), b.asLong())));
        }
        if (a.isString() && b.isString()) {
            Integer order = Culture.compare(a.asText(), b.asText());
            return order == null
                    ? c.unknown("ARM compares strings with .NET culture rules, reproduced here only for"
                            + " letters and digits")
                    : c.bool(test.test(order));
        }
        Value problem = c.expect(0, Kind.INTEGER, Kind.STRING);
        if (problem == null) {
            problem = c.expect(1, Kind.INTEGER, Kind.STRING);
        }
        return problem != null ? problem : c.unknown(c.name + "() of " + a.describe() + " and " + b.describe());
    }

    private static Value arithmetic(Call c, char op) {
        Value problem = c.expect(0, Kind.INTEGER);
        if (problem == null) {
            problem = c.expect(1, Kind.INTEGER);
        }
        if (problem != null) {
            return problem;
        }
        long x = c.arg(0).asLong();
        long y = c.arg(1).asLong();
        if ((op == '/' || op == '%') && y == 0) {
            return c.error("the operand used to divide can't be 0.");
        }
        try {
            return c.integer(
                    switch (op) {
                        case '+' -> Math.addExact(x, y);
                        case '-' -> Math.subtractExact(x, y);
                        case '*' -> Math.multiplyExact(x, y);
                        case '/' -> x == Long.MIN_VALUE && y == -1 ? Math.negateExact(x) : x / y;
                        default -> x % y;
                    });
        } catch (ArithmeticException e) {
            return c.unknown(c.name + "() overflows a 64-bit integer; what ARM does then is not documented");
        }
    }

    /** {@code min}/{@code max} of integers given as arguments or as one array. */
    private static Value extreme(Call c, boolean min) {
        List<Value> values = c.count() == 1 && c.arg(0).isArray() ? c.arg(0).elements() : c.args();
        if (values.isEmpty()) {
            return c.unknown(c.name + "() of an empty array is not documented");
        }
        List<Long> numbers = new ArrayList<>();
        for (Value v : values) {
            if (!v.isResolved()) {
                return Unresolved.unknown(c.at(), v.reason(), c.symbol());
            }
            if (!v.isInteger()) {
                return c.unknown(c.name + "() of " + v.describe());
            }
            numbers.add(v.asLong());
        }
        long best = numbers.get(0);
        for (long n : numbers) {
            best = min ? Math.min(best, n) : Math.max(best, n);
        }
        return c.integer(best);
    }
}
