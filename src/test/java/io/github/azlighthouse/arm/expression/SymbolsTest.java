package io.github.azlighthouse.arm.expression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Symbols name unknown values; known containers are spelled out, but never without bound: variables that each
 * hold the previous one twice describe 2^40 elements in a few hundred bytes of template. Such a value is also
 * not walked, written as JSON or compared in full (found by {@code RobustnessPropertyTest}: out of memory).
 */
class SymbolsTest {

    static TemplateScope doubling(int levels) {
        StringBuilder variables = new StringBuilder("\"v0\": [1, {\"a\": \"b\"}]");
        for (int i = 1; i <= levels; i++) {
            variables.append(String.format(
                    ", \"v%d\": \"[createArray(variables('v%d'), createObject('k', variables('v%d')))]\"",
                    i, i - 1, i - 1));
        }
        return Fixtures.scope(Fixtures.template("{}", "{" + variables + "}"));
    }

    @Test
    void aSmallKnownContainerIsSpelledOut() {
        Value v = doubling(1).evaluateExpression("[variables('v1')]");
        assertThat(v.symbol())
                .isEqualTo("createArray(createArray(1, createObject('a', 'b')),"
                        + " createObject('k', createArray(1, createObject('a', 'b'))))");
    }

    @Test
    void aContainerThatDoublesAtEveryLevelHasABoundedSymbol() {
        TemplateScope scope = doubling(40);
        Value v = scope.evaluateExpression("[variables('v40')]");
        String symbol = v.symbol();
        assertThat(symbol.length()).isLessThan(20_000);
        assertThat(symbol).startsWith("<array of 2 #");
        assertThat(v.symbol()).as("the same value, the same symbol").isEqualTo(symbol);
        // a value computed from it: an unknown call names its arguments by their symbols
        Value unknown = scope.evaluateExpression("[union(variables('v40'), parameters('nope'))]");
        assertThat(unknown.symbol().length()).isLessThan(40_000);
        // too large to spell out, to compare or to write as JSON: not known, never a guess
        assertThat(v.isFullyKnown()).isFalse();
        assertThat(v.toJson()).isNull();
        assertThat(v.sameValueAs(scope.evaluateExpression("[variables('v40')]"), false))
                .as("not compared: depends on nothing, but too large to tell")
                .isNull();
        Walk.all(v);
    }

    @Test
    void aContainerBelowTheBoundIsKnownWrittenAndCompared() {
        TemplateScope scope = doubling(10); // 2^10 copies of v0: far below the bound
        Value v = scope.evaluateExpression("[variables('v10')]");
        assertThat(v.isFullyKnown()).isTrue();
        assertThat(v.toJson().toString()).hasSizeGreaterThan(10_000);
        assertThat(v.sameValueAs(scope.evaluateExpression("[variables('v10')]"), false))
                .isTrue();
        assertThat(scope.evaluateExpression("[equals(variables('v10'), variables('v9'))]")
                        .asBoolean())
                .isFalse();
    }
}
