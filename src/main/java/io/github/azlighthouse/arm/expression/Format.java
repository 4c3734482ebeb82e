package io.github.azlighthouse.arm.expression;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ARM's {@code format()}: .NET composite formatting ({@code {index[,alignment][:format]}}, <code>{{</code> and
 * <code>}}</code> for braces). Integers take the standard formats {@code D}, {@code N} and {@code X} with an
 * optional precision (invariant culture); strings ignore a format. Anything else (booleans, whose text
 * ARM does not document, custom numeric formats) makes the result unknown rather than guessed.
 */
final class Format {

    /** The pieces of the result (known strings and unknown arguments), or why there is no result. */
    record Result(List<Value> pieces, String error, String unknown) {}

    private Format() {}

    static Result apply(String format, List<Value> args) {
        List<Value> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        int n = format.length();
        while (i < n) {
            char c = format.charAt(i);
            if (c == '}') {
                if (i + 1 < n && format.charAt(i + 1) == '}') {
                    text.append('}');
                    i += 2;
                    continue;
                }
                return new Result(
                        null, "Input string was not in a correct format: unmatched '}' at position " + i, null);
            }
            if (c != '{') {
                text.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && format.charAt(i + 1) == '{') {
                text.append('{');
                i += 2;
                continue;
            }
            int close = format.indexOf('}', i);
            if (close < 0) {
                return new Result(
                        null,
                        "Input string was not in a correct format: '{' at position " + i + " is not closed",
                        null);
            }
            String item = format.substring(i + 1, close);
            i = close + 1;
            int colon = item.indexOf(':');
            String spec = colon < 0 ? null : item.substring(colon + 1);
            String head = colon < 0 ? item : item.substring(0, colon);
            int comma = head.indexOf(',');
            String indexText = (comma < 0 ? head : head.substring(0, comma)).trim();
            int alignment = 0;
            int index;
            try {
                index = Integer.parseInt(indexText);
                if (comma >= 0) {
                    alignment = Integer.parseInt(head.substring(comma + 1).trim());
                }
            } catch (NumberFormatException e) {
                return new Result(null, "Input string was not in a correct format: '{" + item + "}'", null);
            }
            if (index < 0 || index >= args.size()) {
                return new Result(
                        null,
                        "Index (zero based) must be greater than or equal to zero and less than the size"
                                + " of the argument list: {" + index + "} with " + args.size() + " argument(s)",
                        null);
            }
            Value arg = args.get(index);
            if (!arg.isResolved()) {
                if (alignment != 0) {
                    return new Result(null, null, "an unknown argument with an alignment");
                }
                flush(pieces, text);
                pieces.add(arg);
                continue;
            }
            String formatted = item(arg, spec);
            if (formatted == null) {
                return new Result(
                        null,
                        null,
                        "format item '{" + item + "}' of " + arg.describe() + " is not one this evaluator reproduces");
            }
            text.append(align(formatted, alignment));
        }
        flush(pieces, text);
        return new Result(pieces, null, null);
    }

    private static void flush(List<Value> pieces, StringBuilder text) {
        if (text.length() > 0) {
            pieces.add(Scalar.string(null, text.toString()));
            text.setLength(0);
        }
    }

    private static String align(String s, int alignment) {
        int width = Math.abs(alignment);
        if (s.length() >= width || width > Budget.MAX_STRING) {
            return s;
        }
        String pad = " ".repeat(width - s.length());
        return alignment > 0 ? pad + s : s + pad;
    }

    /** The text of one argument under format {@code spec} (null: none), or null when not reproduced. */
    private static String item(Value arg, String spec) {
        if (arg.isString()) {
            return arg.asText();
        }
        if (!arg.isInteger()) {
            return null;
        }
        long v = arg.asLong();
        if (spec == null || spec.isEmpty()) {
            return Long.toString(v);
        }
        char kind = spec.charAt(0);
        int precision = -1;
        if (spec.length() > 1) {
            try {
                precision = Integer.parseInt(spec.substring(1));
            } catch (NumberFormatException e) {
                return null;
            }
            if (precision > 99) {
                return null;
            }
        }
        switch (kind) {
            case 'D', 'd' -> {
                String digits = Long.toString(Math.abs(v));
                if (v == Long.MIN_VALUE) {
                    return null;
                }
                digits = "0".repeat(Math.max(0, precision - digits.length())) + digits;
                return (v < 0 ? "-" : "") + digits;
            }
            case 'N', 'n' -> {
                int decimals = precision < 0 ? 2 : precision;
                DecimalFormat f = new DecimalFormat(
                        "#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : ""),
                        DecimalFormatSymbols.getInstance(Locale.ROOT));
                f.setRoundingMode(RoundingMode.HALF_EVEN);
                return f.format(BigDecimal.valueOf(v));
            }
            case 'X', 'x' -> {
                String hex = Long.toHexString(v);
                hex = kind == 'X' ? hex.toUpperCase(Locale.ROOT) : hex;
                return "0".repeat(Math.max(0, precision - hex.length())) + hex;
            }
            default -> {
                return null;
            }
        }
    }
}
