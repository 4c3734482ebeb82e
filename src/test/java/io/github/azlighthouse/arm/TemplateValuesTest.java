package io.github.azlighthouse.arm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TemplateValuesTest {

    @Test
    void bracketedStringsAreExpressionsUnlessEscaped() {
        assertTrue(TemplateValues.isExpression("[parameters('mspOfferName')]"));
        assertTrue(TemplateValues.isExpression("[]"));
        assertTrue(TemplateValues.isExpression("[\nconcat('a', 'b')\n]"), "across lines");
        assertFalse(TemplateValues.isExpression("[[not evaluated]"), "[[ is ARM's escape");
        assertFalse(TemplateValues.isExpression("["));
        assertFalse(TemplateValues.isExpression(""));
        assertFalse(TemplateValues.isExpression("Contoso [EU]"));
        assertFalse(TemplateValues.isExpression("[Contoso] EU"));
    }
}
