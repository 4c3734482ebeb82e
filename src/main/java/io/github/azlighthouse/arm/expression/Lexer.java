package io.github.azlighthouse.arm.expression;

/**
 * Splits the inside of an ARM expression into tokens. Works on the whole JSON string so that offsets
 * in errors are positions in it; {@code end} is the index of the closing bracket.
 */
final class Lexer {

    enum Type {
        LPAREN,
        RPAREN,
        LBRACKET,
        RBRACKET,
        COMMA,
        DOT,
        STRING,
        INTEGER,
        DECIMAL,
        IDENTIFIER,
        END
    }

    /** A token; {@code text} is the decoded string for STRING, the digits for numbers, the name for IDENTIFIER. */
    record Token(Type type, String text, int offset) {}

    /** A syntax error at {@code offset} in the JSON string. */
    static final class SyntaxError extends Exception {
        private final int offset;

        SyntaxError(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }

        int offset() {
            return offset;
        }
    }

    private final String text;
    private final int end;
    private int pos;

    Lexer(String text, int start, int end) {
        this.text = text;
        this.pos = start;
        this.end = end;
    }

    Token next() throws SyntaxError {
        skipSpace();
        if (pos >= end) {
            return new Token(Type.END, "", end);
        }
        int start = pos;
        char c = text.charAt(pos);
        switch (c) {
            case '(' -> {
                pos++;
                return new Token(Type.LPAREN, "(", start);
            }
            case ')' -> {
                pos++;
                return new Token(Type.RPAREN, ")", start);
            }
            case '[' -> {
                pos++;
                return new Token(Type.LBRACKET, "[", start);
            }
            case ']' -> {
                pos++;
                return new Token(Type.RBRACKET, "]", start);
            }
            case ',' -> {
                pos++;
                return new Token(Type.COMMA, ",", start);
            }
            case '.' -> {
                pos++;
                return new Token(Type.DOT, ".", start);
            }
            case '\'' -> {
                return string();
            }
            default -> {}
        }
        if (c == '-' || isDigit(c)) {
            return number();
        }
        if (isIdentifierStart(c)) {
            while (pos < end && isIdentifierPart(text.charAt(pos))) {
                pos++;
            }
            return new Token(Type.IDENTIFIER, text.substring(start, pos), start);
        }
        throw new SyntaxError("the character '" + c + "' at position " + start + " is not expected", start);
    }

    private Token string() throws SyntaxError {
        int start = pos;
        pos++; // opening quote
        StringBuilder s = new StringBuilder();
        while (pos < end) {
            char c = text.charAt(pos);
            if (c == '\'') {
                if (pos + 1 < end && text.charAt(pos + 1) == '\'') { // '' is an escaped quote
                    s.append('\'');
                    pos += 2;
                    continue;
                }
                pos++;
                return new Token(Type.STRING, s.toString(), start);
            }
            s.append(c);
            pos++;
        }
        throw new SyntaxError("the string literal starting at position " + start + " is not closed", start);
    }

    private Token number() throws SyntaxError {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        int digits = pos;
        while (pos < end && isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == digits) {
            throw new SyntaxError(
                    "the character '" + text.charAt(start) + "' at position " + start + " is not followed by a number",
                    start);
        }
        if (pos + 1 < end && text.charAt(pos) == '.' && isDigit(text.charAt(pos + 1))) {
            pos++;
            while (pos < end && isDigit(text.charAt(pos))) {
                pos++;
            }
            return new Token(Type.DECIMAL, text.substring(start, pos), start);
        }
        return new Token(Type.INTEGER, text.substring(start, pos), start);
    }

    private void skipSpace() {
        while (pos < end && isSpace(text.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }
}
