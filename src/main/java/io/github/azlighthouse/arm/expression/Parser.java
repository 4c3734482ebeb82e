package io.github.azlighthouse.arm.expression;

import io.github.azlighthouse.arm.expression.Lexer.SyntaxError;
import io.github.azlighthouse.arm.expression.Lexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recursive-descent parser of ARM's expression grammar:
 * <pre>
 * expression := primary ( '.' name | '[' expression ']' )*
 * primary    := string | integer | name '(' arguments ')' | name '.' name '(' arguments ')' | true | false | null
 * arguments  := ( expression ( ',' expression )* )?
 * </pre>
 * Nesting deeper than {@link #MAX_DEPTH} is refused with a syntax error rather than risking the stack.
 */
final class Parser {

    static final int MAX_DEPTH = 100;

    private final Lexer lexer;
    private Token current;
    private Token peeked;
    private int depth;

    private Parser(String text, int start, int end) {
        this.lexer = new Lexer(text, start, end);
    }

    /** Parses {@code text[start, end)}: the inside of {@code [ … ]}. */
    static Expr parse(String text, int start, int end) throws SyntaxError {
        Parser p = new Parser(text, start, end);
        p.advance();
        if (p.current.type() == Lexer.Type.END) {
            throw new SyntaxError("the expression is empty", start);
        }
        Expr e = p.expression();
        if (p.current.type() != Lexer.Type.END) {
            throw p.unexpected("the end of the expression");
        }
        return e;
    }

    private void advance() throws SyntaxError {
        if (peeked != null) {
            current = peeked;
            peeked = null;
        } else {
            current = lexer.next();
        }
    }

    private Token peek() throws SyntaxError {
        if (peeked == null) {
            peeked = lexer.next();
        }
        return peeked;
    }

    private Expr expression() throws SyntaxError {
        if (++depth > MAX_DEPTH) {
            throw new SyntaxError("the expression is nested more than " + MAX_DEPTH + " levels deep", current.offset());
        }
        try {
            Expr e = primary();
            while (true) {
                if (current.type() == Lexer.Type.DOT) {
                    int at = current.offset();
                    advance();
                    if (current.type() != Lexer.Type.IDENTIFIER) {
                        throw unexpected("a property name after '.'");
                    }
                    e = new Expr.Property(e, current.text(), at);
                    advance();
                } else if (current.type() == Lexer.Type.LBRACKET) {
                    int at = current.offset();
                    advance();
                    Expr index = expression();
                    expect(Lexer.Type.RBRACKET, "']'");
                    e = new Expr.Index(e, index, at);
                } else {
                    return e;
                }
            }
        } finally {
            depth--;
        }
    }

    private Expr primary() throws SyntaxError {
        Token t = current;
        switch (t.type()) {
            case STRING -> {
                advance();
                return new Expr.Str(t.text(), t.offset());
            }
            case INTEGER -> {
                advance();
                try {
                    return new Expr.Int(Long.parseLong(t.text()), t.offset());
                } catch (NumberFormatException e) {
                    throw new SyntaxError(
                            "the integer " + t.text() + " at position " + t.offset() + " is out of range", t.offset());
                }
            }
            case DECIMAL -> {
                advance();
                return new Expr.Decimal(t.text(), t.offset());
            }
            case IDENTIFIER -> {
                return call(t);
            }
            default -> throw unexpected("a function call, string or number");
        }
    }

    private Expr call(Token name) throws SyntaxError {
        Token next = peek();
        if (next.type() == Lexer.Type.LPAREN) {
            advance();
            return new Expr.Call(null, name.text(), arguments(), name.offset());
        }
        if (next.type() == Lexer.Type.DOT) {
            advance(); // now on '.'
            Token member = peek();
            if (member.type() == Lexer.Type.IDENTIFIER) {
                advance(); // now on the member name
                if (peek().type() == Lexer.Type.LPAREN) {
                    advance();
                    return new Expr.Call(name.text(), member.text(), arguments(), name.offset());
                }
            }
            throw new SyntaxError(
                    "'" + name.text() + "' at position " + name.offset()
                            + " is neither a function call nor a user-defined function 'namespace.name(…)'",
                    name.offset());
        }
        String word = name.text().toLowerCase(Locale.ROOT);
        if (word.equals("true") || word.equals("false") || word.equals("null")) {
            advance();
            return new Expr.Keyword(word, name.offset());
        }
        throw new SyntaxError(
                "'" + name.text() + "' at position " + name.offset()
                        + " is not a function call: '(' is expected after a function name",
                name.offset());
    }

    /** Reads {@code ( a, b, … )}; on entry the current token is '('. */
    private List<Expr> arguments() throws SyntaxError {
        advance(); // past '('
        List<Expr> args = new ArrayList<>();
        if (current.type() == Lexer.Type.RPAREN) {
            advance();
            return args;
        }
        while (true) {
            args.add(expression());
            if (current.type() == Lexer.Type.COMMA) {
                advance();
            } else if (current.type() == Lexer.Type.RPAREN) {
                advance();
                return args;
            } else {
                throw unexpected("',' or ')'");
            }
        }
    }

    private void expect(Lexer.Type type, String what) throws SyntaxError {
        if (current.type() != type) {
            throw unexpected(what);
        }
        advance();
    }

    private SyntaxError unexpected(String expected) {
        String found = current.type() == Lexer.Type.END ? "the end of the expression" : "'" + current.text() + "'";
        return new SyntaxError(
                expected + " is expected at position " + current.offset() + ", found " + found, current.offset());
    }
}
