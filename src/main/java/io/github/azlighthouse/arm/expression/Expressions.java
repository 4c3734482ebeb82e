package io.github.azlighthouse.arm.expression;

/**
 * Reading JSON strings as ARM expressions. A string is an expression when it starts with {@code [}, ends
 * with {@code ]} and does not start with {@code [[}; a string that starts with {@code [[} and ends with
 * {@code ]} is the literal text without its first {@code [} (ARM's escape). Any other string is literal.
 */
public final class Expressions {

    /** ARM's documented limit on the length of one template expression. */
    public static final int MAX_LENGTH = 24_576;

    private Expressions() {}

    /**
     * The outcome of parsing one JSON string: a literal (not an expression, already unescaped), an
     * expression tree, or a syntax error with its offset in the string.
     */
    public record Parsed(String literal, Expr expression, String error, int errorOffset) {

        /** An error of this reader rather than of the expression (offset -1): not a reason to call it invalid. */
        public boolean isInternalError() {
            return error != null && errorOffset < 0;
        }

        public boolean isLiteral() {
            return literal != null;
        }

        public boolean isError() {
            return error != null;
        }
    }

    /** A character test, not a regex: every string of every template passes here. */
    public static boolean isExpression(String text) {
        int n = text == null ? 0 : text.length();
        return n >= 2 && text.charAt(0) == '[' && text.charAt(n - 1) == ']' && text.charAt(1) != '[';
    }

    /**
     * The text a literal JSON string stands for: {@code [[x]} is {@code [x]}; anything else unchanged.
     * Only strings that would otherwise be expressions (ending in {@code ]}) are unescaped, as Microsoft's
     * syntax page shows ({@code "[test] value"} needs no escape and keeps its bracket).
     */
    public static String unescape(String text) {
        if (text.length() >= 3 && text.startsWith("[[") && text.charAt(text.length() - 1) == ']') {
            return text.substring(1);
        }
        return text;
    }

    /** Parses one JSON string; never throws. */
    public static Parsed parse(String text) {
        if (text == null) {
            return new Parsed("", null, null, -1);
        }
        if (!isExpression(text)) {
            return new Parsed(unescape(text), null, null, -1);
        }
        if (text.length() > MAX_LENGTH) {
            return new Parsed(
                    null,
                    null,
                    "the expression is " + text.length() + " characters long; ARM allows at most " + MAX_LENGTH,
                    0);
        }
        try {
            return new Parsed(null, Parser.parse(text, 1, text.length() - 1), null, -1);
        } catch (Lexer.SyntaxError e) {
            return new Parsed(null, null, e.getMessage(), e.offset());
        } catch (RuntimeException | StackOverflowError e) { // a parser bug must not stop the run
            return new Parsed(
                    null,
                    null,
                    "the expression could not be read (" + e.getClass().getSimpleName() + ")",
                    -1);
        }
    }
}
