package io.github.azlighthouse.arm.expression;

import static io.github.azlighthouse.arm.expression.Fixtures.eval;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExpressionsTest {

    @Test
    void expressionIsBracketedAndNotEscaped() {
        assertThat(Expressions.isExpression("[concat('a')]")).isTrue();
        assertThat(Expressions.isExpression("[]")).isTrue();
        assertThat(Expressions.isExpression("[[concat('a')]")).isFalse();
        assertThat(Expressions.isExpression("[test] value")).isFalse();
        assertThat(Expressions.isExpression("plain")).isFalse();
        assertThat(Expressions.isExpression("[")).isFalse();
        assertThat(Expressions.isExpression(null)).isFalse();
    }

    @Test
    void doubleBracketIsTheLiteralWithoutTheFirstBracket() {
        assertThat(Expressions.unescape("[[test value]")).isEqualTo("[test value]");
        assertThat(Expressions.unescape("[test] value")).isEqualTo("[test] value");
        assertThat(eval("[[parameters('x')]").asText()).isEqualTo("[parameters('x')]");
        assertThat(eval("[[x] y").asText())
                .as("not expression-shaped: kept as written")
                .isEqualTo("[[x] y");
        assertThat(eval("no brackets").asText()).isEqualTo("no brackets");
    }

    @Test
    void stringLiteralsUseDoubledQuotes() {
        Expressions.Parsed p = Expressions.parse("['it''s']");
        assertThat(p.expression()).isEqualTo(new Expr.Str("it's", 1));
        assertThat(eval("[concat('it''s', '''')]").asText()).isEqualTo("it's'");
        assertThat(eval("['']").asText()).isEmpty();
    }

    @Test
    void integersIncludingNegative() {
        assertThat(eval("[add(-3, 10)]").asLong()).isEqualTo(7L);
        assertThat(Expressions.parse("[-42]").expression()).isEqualTo(new Expr.Int(-42, 1));
    }

    @Test
    void nestedCallsWithWhitespaceAnywhere() {
        Expressions.Parsed p = Expressions.parse("[ concat ( 'a' ,\n\t toUpper( 'b' ) ) ]");
        assertThat(p.isError()).isFalse();
        Expr.Call call = (Expr.Call) p.expression();
        assertThat(call.name()).isEqualTo("concat");
        assertThat(call.args()).hasSize(2);
        assertThat(call.args().get(1)).isInstanceOf(Expr.Call.class);
        assertThat(eval("[ concat ( 'a' ,\n\t toUpper( 'b' ) ) ]").asText()).isEqualTo("aB");
    }

    @Test
    void propertyAndIndexChainsInAnyOrder() {
        Expressions.Parsed p = Expressions.parse("[f().a[0]['b'].c]");
        Expr e = p.expression();
        assertThat(e).isInstanceOf(Expr.Property.class);
        Expr.Property c = (Expr.Property) e;
        assertThat(c.name()).isEqualTo("c");
        assertThat(c.target()).isInstanceOf(Expr.Index.class);
        assertThat(eval("[json('{\"a\":[{\"b\":{\"c\":5}}]}').a[0]['b'].c]").asLong())
                .isEqualTo(5L);
        assertThat(eval("[createArray(createArray(1, 2), 3)[0][1]]").asLong()).isEqualTo(2L);
    }

    @Test
    void namespacedUserFunctionCall() {
        Expr.Call call =
                (Expr.Call) Expressions.parse("[contoso.uniqueName('x')]").expression();
        assertThat(call.namespace()).isEqualTo("contoso");
        assertThat(call.name()).isEqualTo("uniqueName");
        assertThat(call.fullName()).isEqualTo("contoso.uniqueName");
    }

    @Test
    void keywordsAndTheirFunctions() {
        assertThat(eval("[true]").asBoolean()).isTrue();
        assertThat(eval("[false()]").asBoolean()).isFalse();
        assertThat(eval("[null()]").isNull()).isTrue();
        assertThat(eval("[NULL]").isNull()).isTrue();
    }

    @Test
    void syntaxErrorsCarryTheirOffsetInTheString() {
        assertError("[concat('a', 'b']", 16);
        assertError("[concat('a']", 11);
        assertError("[concat('a)]", 8);
        assertError("[concat(,'a')]", 8);
        assertError("[foo]", 1);
        assertError("[concat('a') 'b']", 13);
        assertError("[a.]", 1);
        assertError("[f().]", 5);
        assertError("[#]", 1);
        assertError("[]", 1);
    }

    private static void assertError(String text, int offset) {
        Expressions.Parsed p = Expressions.parse(text);
        assertThat(p.isError()).as(text).isTrue();
        assertThat(p.errorOffset()).as(text + ": " + p.error()).isEqualTo(offset);
        Value v = eval(text);
        assertThat(v.isInvalid()).as(text).isTrue();
        assertThat(v.reason()).contains("is not valid").contains("offset " + offset);
    }

    @Test
    void decimalLiteralsAreUnknownNotInvalid() {
        Value v = eval("[add(1.5, 1)]");
        assertThat(v.isUnknown()).isTrue();
        assertThat(v.reason()).contains("decimal literal 1.5");
    }

    @Test
    void deepNestingIsRefusedWithoutStackOverflow() {
        String deep = "[" + "concat(".repeat(2000) + "'x'" + ")".repeat(2000) + "]";
        Expressions.Parsed p = Expressions.parse(deep);
        assertThat(p.isError()).isTrue();
        assertThat(p.error()).contains("nested more than " + Parser.MAX_DEPTH);
        assertThat(eval(deep).isInvalid()).isTrue();

        String fine = "[" + "concat(".repeat(50) + "'x'" + ")".repeat(50) + "]";
        assertThat(eval(fine).asText()).isEqualTo("x");
    }

    @Test
    void expressionsLongerThanArmsLimitAreInvalid() {
        String body = "'" + "a".repeat(Expressions.MAX_LENGTH) + "'";
        Value v = eval("[concat(" + body + ")]");
        assertThat(v.isInvalid()).isTrue();
        assertThat(v.reason()).contains("24576");
        String limit = "[concat('" + "a".repeat(Expressions.MAX_LENGTH - 12) + "')]";
        assertThat(limit).hasSize(Expressions.MAX_LENGTH);
        assertThat(eval(limit).isString()).isTrue();
    }

    @Test
    void functionNamesAreCaseInsensitive() {
        assertThat(eval("[CONCAT('a', ToUpper('b'))]").asText()).isEqualTo("aB");
        assertThat(Functions.names()).contains("concat", "guid", "resourceId", "copyIndex");
    }

    @Test
    void unknownFunctionsAreUnknownWithTheirCallAsSymbol() {
        Value v = eval("[someFutureFunction('a', 1)]");
        assertThat(v.isUnknown()).isTrue();
        assertThat(v.symbol()).isEqualTo("someFutureFunction('a', 1)");
        assertThat(eval("[listKeys('x', '2020-01-01').keys[0]]").symbol())
                .isEqualTo("listKeys('x', '2020-01-01').keys[0]");
        assertThat(eval("[utcNow()]").reason()).contains("only at deployment");
    }

    @Test
    void parsedTreeOffsetsPointIntoTheWholeString() {
        Expr.Call call = (Expr.Call) Expressions.parse("[  concat('a', 'b')]").expression();
        assertThat(call.offset()).isEqualTo(3);
        assertThat(call.args()).extracting(Expr::offset).isEqualTo(List.of(10, 15));
    }
}
