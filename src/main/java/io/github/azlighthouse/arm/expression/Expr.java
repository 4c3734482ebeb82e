package io.github.azlighthouse.arm.expression;

import java.util.List;

/**
 * The syntax tree of one ARM language expression (the text between the outer brackets). Offsets are
 * positions in the whole JSON string, so {@code 0} is the opening bracket.
 */
public sealed interface Expr {

    /** Where this node starts in the JSON string. */
    int offset();

    /** A string literal, {@code 'it''s'} read as {@code it's}. */
    record Str(String value, int offset) implements Expr {}

    /** An integer literal, possibly negative. */
    record Int(long value, int offset) implements Expr {}

    /** A decimal literal such as {@code 1.5}, which ARM's documented grammar does not have: evaluated as unknown. */
    record Decimal(String text, int offset) implements Expr {}

    /** {@code true}, {@code false} or {@code null} written without parentheses. */
    record Keyword(String word, int offset) implements Expr {}

    /** A function call; {@code namespace} is set for user-defined functions ({@code ns.fn(…)}). */
    record Call(String namespace, String name, List<Expr> args, int offset) implements Expr {
        public Call {
            args = List.copyOf(args);
        }

        /** The name as written, with its namespace: {@code ns.fn} or {@code concat}. */
        public String fullName() {
            return namespace == null ? name : namespace + "." + name;
        }
    }

    /** Property access {@code target.name}. */
    record Property(Expr target, String name, int offset) implements Expr {}

    /** Index access {@code target[index]}: an array element or an object property. */
    record Index(Expr target, Expr index, int offset) implements Expr {}
}
