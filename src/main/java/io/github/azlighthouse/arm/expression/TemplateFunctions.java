package io.github.azlighthouse.arm.expression;

import static io.github.azlighthouse.arm.expression.Functions.add;

import io.github.azlighthouse.arm.expression.Functions.Spec;
import io.github.azlighthouse.arm.expression.Value.Kind;
import java.util.Map;

/**
 * Functions that read the template itself: {@code parameters}, {@code variables} and {@code copyIndex}.
 * A parameter or variable keeps the place of its value (the parameter file, the {@code defaultValue},
 * the variable's JSON), so findings point where the value is written.
 */
final class TemplateFunctions {

    private TemplateFunctions() {}

    static void register(Map<String, Spec> r) {
        add(r, "parameters", 1, 1, false, TemplateFunctions::parameters);
        add(r, "variables", 1, 1, false, TemplateFunctions::variables);
        add(r, "copyIndex", 0, 2, false, TemplateFunctions::copyIndex);
    }

    private static Value parameters(Call c) {
        Value problem = StringFunctions.text(c, 0);
        if (problem != null) {
            return problem;
        }
        String name = c.text(0);
        if (c.env.functionArgs != null) {
            Value arg = c.env.functionArg(name);
            return arg != null
                    ? arg
                    : c.invalid("The user-defined function has no parameter '" + name
                            + "'; a user-defined function can't use the template's parameters.");
        }
        Value v = c.env.scope.parameterValue(name);
        return v != null ? v : c.invalid("The template parameter '" + name + "' is not found.");
    }

    private static Value variables(Call c) {
        Value problem = StringFunctions.text(c, 0);
        if (problem != null) {
            return problem;
        }
        if (c.env.functionArgs != null) {
            return c.invalid("A user-defined function can't use variables.");
        }
        Value v = c.env.scope.variableValue(c.text(0));
        return v != null ? v : c.invalid("The template variable '" + c.text(0) + "' is not found.");
    }

    /** {@code copyIndex()}, {@code copyIndex(offset)}, {@code copyIndex('loop')}, {@code copyIndex('loop', offset)}. */
    private static Value copyIndex(Call c) {
        String name = null;
        long offset = 0;
        if (c.count() >= 1) {
            Value first = c.arg(0);
            if (first.isString() && c.count() <= 2) {
                name = first.asText();
            } else if (first.isInteger() && c.count() == 1) {
                offset = first.asLong();
            } else {
                return c.expect(0, Kind.STRING, Kind.INTEGER) != null
                        ? c.expect(0, Kind.STRING, Kind.INTEGER)
                        : c.error("the arguments are a loop name and an offset.");
            }
        }
        if (c.count() == 2) {
            Value problem = c.expect(1, Kind.INTEGER);
            if (problem != null) {
                return problem;
            }
            offset = c.arg(1).asLong();
        }
        Env.Loop loop = name == null ? c.env.unnamedLoop() : c.env.loop(name);
        if (loop == null) {
            return c.invalid(
                    name == null
                            ? "The template function 'copyIndex' is not expected at this location: it is not inside a copy loop."
                            : "The template function 'copyIndex' refers to the copy loop '" + name
                                    + "', which does not enclose this expression.");
        }
        Value index = loop.index();
        if (!index.isResolved()) {
            return offset == 0
                    ? index.at(c.at())
                    : Unresolved.unknown(
                            c.at(), index.reason(), "copyIndex(" + Symbols.quote(loop.name()) + ", " + offset + ")");
        }
        return c.integer(index.asLong() + offset);
    }
}
