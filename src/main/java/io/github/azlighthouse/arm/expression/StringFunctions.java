package io.github.azlighthouse.arm.expression;

import static io.github.azlighthouse.arm.expression.Functions.add;

import io.github.azlighthouse.arm.expression.Functions.Spec;
import io.github.azlighthouse.arm.expression.Value.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * String functions of Microsoft's reference: {@code concat}, {@code format}, {@code guid}, {@code string},
 * case, search and slicing functions. Comparisons are as documented: {@code contains} is case-sensitive,
 * {@code startsWith}, {@code endsWith}, {@code indexOf}, {@code lastIndexOf} ignore case.
 */
final class StringFunctions {

    private StringFunctions() {}

    static void register(Map<String, Spec> r) {
        add(r, "concat", 1, -1, true, StringFunctions::concat);
        add(r, "format", 1, -1, true, StringFunctions::format);
        add(r, "guid", 1, -1, false, StringFunctions::guid);
        add(
                r,
                "uniqueString",
                1,
                -1,
                false,
                c -> c.unknown(
                        "uniqueString() is a hash whose algorithm Microsoft does not publish; not computed offline"));
        add(
                r,
                "toLower",
                1,
                1,
                false,
                c -> text(c, 0) != null ? text(c, 0) : c.string(c.text(0).toLowerCase(Locale.ROOT)));
        add(
                r,
                "toUpper",
                1,
                1,
                false,
                c -> text(c, 0) != null ? text(c, 0) : c.string(c.text(0).toUpperCase(Locale.ROOT)));
        add(r, "trim", 1, 1, false, c -> text(c, 0) != null ? text(c, 0) : c.string(trim(c.text(0))));
        add(r, "replace", 3, 3, false, StringFunctions::replace);
        add(r, "split", 2, 2, false, StringFunctions::split);
        add(
                r,
                "startsWith",
                2,
                2,
                false,
                c -> texts(c, 2) != null
                        ? texts(c, 2)
                        : c.bool(c.text(0)
                                .regionMatches(true, 0, c.text(1), 0, c.text(1).length())));
        add(
                r,
                "endsWith",
                2,
                2,
                false,
                c -> texts(c, 2) != null
                        ? texts(c, 2)
                        : c.bool(c.text(0)
                                .regionMatches(
                                        true,
                                        c.text(0).length() - c.text(1).length(),
                                        c.text(1),
                                        0,
                                        c.text(1).length())));
        add(r, "substring", 1, 3, false, StringFunctions::substring);
        add(r, "padLeft", 2, 3, false, StringFunctions::padLeft);
        add(r, "base64", 1, 1, false, c -> text(c, 0) != null ? text(c, 0) : c.string(Encodings.base64(c.text(0))));
        add(r, "base64ToString", 1, 1, false, Encodings::base64ToString);
        add(r, "base64ToJson", 1, 1, false, Encodings::base64ToJson);
        add(r, "json", 1, 1, false, Encodings::json);
        add(r, "string", 1, 1, false, Encodings::string);
        add(r, "uri", 2, 2, false, Encodings::uri);
        add(
                r,
                "uriComponent",
                1,
                1,
                false,
                c -> text(c, 0) != null ? text(c, 0) : c.string(Encodings.escapeData(c.text(0))));
        add(
                r,
                "uriComponentToString",
                1,
                1,
                false,
                c -> text(c, 0) != null ? text(c, 0) : c.string(Encodings.unescapeData(c.text(0))));
        add(
                r,
                "dataUri",
                1,
                1,
                false,
                c -> text(c, 0) != null
                        ? text(c, 0)
                        : c.string("data:text/plain;charset=utf8;base64," + Encodings.base64(c.text(0))));
        add(r, "dataUriToString", 1, 1, false, Encodings::dataUriToString);
    }

    /** Null when argument {@code i} is a string; else why the call has no result. */
    static Value text(Call c, int i) {
        return c.expect(i, Kind.STRING);
    }

    /** Null when the first {@code n} arguments are strings. */
    static Value texts(Call c, int n) {
        for (int i = 0; i < n; i++) {
            Value problem = c.expect(i, Kind.STRING);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** Strings (integers written as numbers) into one string, or arrays into one array; never both. */
    private static Value concat(Call c) {
        List<Value> args = c.args();
        boolean arrays = false;
        boolean strings = false;
        Value unknown = null;
        for (Value a : args) {
            if (a.isInvalid()) {
                return a;
            }
            arrays |= a.isArray();
            strings |= a.isString() || a.isInteger();
            if (a.isUnknown() && unknown == null) {
                unknown = a;
            }
        }
        if (arrays && strings) {
            return c.error("you can't provide both arrays and strings as arguments.");
        }
        for (int i = 0; i < args.size(); i++) {
            Value a = args.get(i);
            if (a.isObject()) {
                return c.error("argument " + (i + 1) + " is an object; concat takes strings or arrays.");
            }
            if (a.isResolved() && !a.isArray() && !a.isString() && !a.isInteger()) {
                return c.unknown("concat of " + a.describe() + ": how ARM writes it as text is not documented");
            }
        }
        if (unknown != null) {
            return Unresolved.unknown(c.at(), unknown.reason(), arrays ? c.symbol() : Symbols.concat(args));
        }
        if (arrays) {
            List<Lazy> cells = new ArrayList<>();
            for (Value a : args) {
                cells.addAll(((ArrayValue) a).cells());
            }
            return cells.size() > Budget.MAX_ARRAY
                    ? c.unknown("the concatenated array is too large to compute offline")
                    : new ArrayValue(c.at(), cells);
        }
        StringBuilder s = new StringBuilder();
        for (Value a : args) {
            s.append(a.asText());
            if (s.length() > Budget.MAX_STRING) {
                return c.unknown("the concatenated string is too long to compute offline");
            }
        }
        return c.string(s.toString());
    }

    private static Value format(Call c) {
        Value f = c.arg(0);
        if (!f.isResolved()) {
            return f.isInvalid() ? f : Unresolved.unknown(c.at(), f.reason(), c.symbol());
        }
        Value problem = text(c, 0);
        if (problem != null) {
            return problem;
        }
        List<Value> rest = c.args().subList(1, c.count());
        for (Value a : rest) {
            if (a.isInvalid()) {
                return a; // ARM evaluates every argument
            }
        }
        Format.Result r = Format.apply(f.asText(), rest);
        if (r.error() != null) {
            return c.error(r.error());
        }
        if (r.unknown() != null) {
            return c.unknown("format: " + r.unknown());
        }
        for (Value p : r.pieces()) {
            if (!p.isResolved()) {
                return Unresolved.unknown(c.at(), p.reason(), Symbols.concat(r.pieces()));
            }
        }
        StringBuilder s = new StringBuilder();
        r.pieces().forEach(p -> s.append(p.asText()));
        return c.string(s.toString());
    }

    private static Value guid(Call c) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < c.count(); i++) {
            Value problem = text(c, i);
            if (problem != null) {
                return problem;
            }
            parts.add(c.text(i));
        }
        return c.string(Guid.of(parts));
    }

    private static Value replace(Call c) {
        Value problem = texts(c, 3);
        if (problem != null) {
            return problem;
        }
        if (c.text(1).isEmpty()) {
            return c.error("the string to replace can't be empty (String cannot be of zero length).");
        }
        return c.string(c.text(0).replace(c.text(1), c.text(2)));
    }

    /** .NET {@code String.Split(string[], None)}: at each position the first matching delimiter cuts. */
    private static Value split(Call c) {
        Value problem = text(c, 0);
        if (problem != null) {
            return problem;
        }
        List<String> delimiters = new ArrayList<>();
        Value d = c.arg(1);
        if (d.isString()) {
            delimiters.add(d.asText());
        } else if (d.isArray()) {
            for (Value e : d.elements()) {
                if (!e.isString()) {
                    return e.isResolved()
                            ? c.unknown("split with a delimiter that is " + e.describe())
                            : Unresolved.unknown(
                                    c.at(), e.reason() == null ? "unknown delimiter" : e.reason(), c.symbol());
                }
                delimiters.add(e.asText());
            }
        } else {
            return c.expect(1, Kind.STRING, Kind.ARRAY);
        }
        delimiters.removeIf(String::isEmpty);
        if (delimiters.isEmpty()) {
            return c.unknown("split with only empty delimiters splits on white space in .NET; not reproduced");
        }
        String s = c.text(0);
        List<Value> parts = new ArrayList<>();
        int start = 0;
        int i = 0;
        outer:
        while (i < s.length()) {
            for (String delim : delimiters) {
                if (s.startsWith(delim, i)) {
                    parts.add(Scalar.string(c.at(), s.substring(start, i)));
                    i += delim.length();
                    start = i;
                    continue outer;
                }
            }
            i++;
        }
        parts.add(Scalar.string(c.at(), s.substring(start)));
        return c.array(parts);
    }

    private static Value substring(Call c) {
        Value problem = text(c, 0);
        if (problem == null && c.count() > 1) {
            problem = c.expect(1, Kind.INTEGER);
        }
        if (problem == null && c.count() > 2) {
            problem = c.expect(2, Kind.INTEGER);
        }
        if (problem != null) {
            return problem;
        }
        String s = c.text(0);
        long start = c.count() > 1 ? c.arg(1).asLong() : 0;
        long length = c.count() > 2 ? c.arg(2).asLong() : s.length() - start;
        if (start < 0 || length < 0 || start > s.length() || start + length > s.length()) {
            return c.error("The index and length parameters must refer to a location within the string. The index"
                    + " parameter: '" + start + "', the length parameter: '" + length + "', the length of the string"
                    + " parameter: '" + s.length() + "'.");
        }
        return c.string(s.substring((int) start, (int) (start + length)));
    }

    private static Value padLeft(Call c) {
        Value problem = c.expect(0, Kind.STRING, Kind.INTEGER);
        if (problem == null) {
            problem = c.expect(1, Kind.INTEGER);
        }
        if (problem == null && c.count() > 2) {
            problem = text(c, 2);
        }
        if (problem != null) {
            return problem;
        }
        String s = c.arg(0).asText();
        long total = c.arg(1).asLong();
        String pad = c.count() > 2 ? c.text(2) : " ";
        if (pad.length() != 1) {
            return c.unknown("padLeft with the padding '" + pad + "', which is not a single character");
        }
        if (total > Budget.MAX_STRING) {
            return c.unknown("padLeft to " + total + " characters is too long to compute offline");
        }
        return c.string(s.length() >= total ? s : pad.repeat((int) total - s.length()) + s);
    }

    /** .NET {@code String.Trim()}: white space is Unicode white space, including no-break spaces. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isWhite(s.charAt(start))) {
            start++;
        }
        while (end > start && isWhite(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isWhite(char ch) {
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\u0085';
    }
}
