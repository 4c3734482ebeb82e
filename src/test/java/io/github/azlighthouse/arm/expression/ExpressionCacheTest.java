package io.github.azlighthouse.arm.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ExpressionCacheTest {

    @Test
    void aRepeatedExpressionIsParsedOnceAndGivesWhatAFreshParseGives() {
        ExpressionCache cache = new ExpressionCache();
        String text = "[resourceId('Microsoft.ManagedServices/registrationDefinitions', variables('n'))]";
        Expressions.Parsed first = cache.parse(text);
        assertSame(first, cache.parse(new String(text.toCharArray())), "an equal string, not the same object");
        assertEquals(Expressions.parse(text), first);
        assertEquals(1, cache.size());
    }

    @Test
    void errorsAndLiteralsAreCachedAsTheyParse() {
        ExpressionCache cache = new ExpressionCache();
        assertEquals(Expressions.parse("[concat('a'"), cache.parse("[concat('a'"));
        assertEquals("[x]", cache.parse("[[x]").literal());
    }

    @Test
    void longExpressionsAndNullAreNotKept() {
        ExpressionCache cache = new ExpressionCache();
        String longText = "[concat('" + "a".repeat(300) + "')]";
        assertEquals(Expressions.parse(longText), cache.parse(longText));
        assertEquals(Expressions.parse(null), cache.parse(null));
        assertEquals(0, cache.size());
    }

    @Test
    void theCacheStopsGrowingAtItsBound() {
        ExpressionCache cache = new ExpressionCache();
        for (int i = 0; i < 5000; i++) {
            cache.parse("[parameters('p" + i + "')]");
        }
        assertEquals(2048, cache.size());
        assertEquals(Expressions.parse("[parameters('p4999')]"), cache.parse("[parameters('p4999')]"));
    }
}
