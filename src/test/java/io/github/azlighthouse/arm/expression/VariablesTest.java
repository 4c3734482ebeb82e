package io.github.azlighthouse.arm.expression;

import static io.github.azlighthouse.arm.expression.Fixtures.template;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VariablesTest {

    private static TemplateScope scope(String parameters, String variables) {
        return Fixtures.scope(template(parameters, variables));
    }

    @Test
    void plainExpressionAndNestedObjectVariables() {
        TemplateScope s = scope("{\"p\": {\"type\": \"string\", \"defaultValue\": \"P\"}}", """
                {"plain": "text", "computed": "[concat(parameters('p'), '-x')]",
                 "obj": {"name": "[variables('computed')]", "inner": {"list": [1, "[add(1, 1)]"]}}}""");
        assertThat(s.variable("plain").asText()).isEqualTo("text");
        assertThat(s.variable("COMPUTED").asText()).isEqualTo("P-x");
        assertThat(s.evaluateExpression("[variables('obj').name]").asText()).isEqualTo("P-x");
        assertThat(s.evaluateExpression("[variables('obj').inner.list[1]]").asLong())
                .isEqualTo(2L);
        assertThat(s.evaluateExpression("[variables('obj')['inner']['LIST'][0]]")
                        .asLong())
                .isEqualTo(1L);
    }

    @Test
    void variableNamedByAnExpression() {
        TemplateScope s = scope(
                "{\"env\": {\"type\": \"string\", \"defaultValue\": \"prod\"}}",
                "{\"sizeprod\": \"large\", \"sizetest\": \"small\"}");
        assertThat(s.evaluateExpression("[variables(concat('size', parameters('env')))]")
                        .asText())
                .isEqualTo("large");
        assertThat(s.evaluateExpression("[variables(concat('size', 'none'))]").isInvalid())
                .isTrue();
        assertThat(s.evaluateExpression("[variables(subscription().subscriptionId)]")
                        .isUnknown())
                .isTrue();
    }

    @Test
    void variableLoopsFromMicrosoftsExamples() {
        TemplateScope s = scope("{\"itemCount\": {\"type\": \"int\", \"defaultValue\": 5}}", """
                {"copy": [
                   {"name": "stringArray", "count": "[parameters('itemCount')]",
                    "input": "[concat('item', copyIndex('stringArray', 1))]"},
                   {"name": "objectArray", "count": 3,
                    "input": {"name": "[concat('myDataDisk', copyIndex('objectArray', 1))]", "diskSizeGB": "1",
                              "diskIndex": "[copyIndex('objectArray')]"}}],
                 "topLevelObject": {"sampleProperty": "sampleValue",
                   "copy": [{"name": "disks", "count": 2, "input": {"diskIndex": "[copyIndex('disks')]"}}]}}""");
        assertThat(s.variable("stringArray").elements())
                .extracting(Value::asText)
                .containsExactly("item1", "item2", "item3", "item4", "item5");
        Value objects = s.variable("objectArray");
        assertThat(objects.size()).isEqualTo(3);
        assertThat(objects.get(2).get("name").asText()).isEqualTo("myDataDisk3");
        assertThat(objects.get(2).get("diskIndex").asLong()).isEqualTo(2L);
        Value top = s.variable("topLevelObject");
        assertThat(top.keys()).containsExactly("sampleProperty", "disks");
        assertThat(top.get("disks").get(1).get("diskIndex").asLong()).isEqualTo(1L);
        assertThat(top.toJson().toString())
                .isEqualTo("{\"sampleProperty\":\"sampleValue\",\"disks\":[{\"diskIndex\":0},{\"diskIndex\":1}]}");
    }

    @Test
    void loopWithUnknownCountIsAnUnknownArray() {
        TemplateScope s = scope(
                "{\"n\": {\"type\": \"int\"}}",
                "{\"copy\": [{\"name\": \"xs\", \"count\": \"[parameters('n')]\", \"input\": \"[copyIndex('xs')]\"}]}");
        Value xs = s.variable("xs");
        assertThat(xs.isUnknown()).isTrue();
        assertThat(xs.reason()).contains("copy loop 'xs'").contains("copy count unknown");
    }

    @Test
    void loopCountsBeyondArmsLimitsAreInvalid() {
        TemplateScope s = scope(
                "{}",
                "{\"copy\": [{\"name\": \"big\", \"count\": 801, \"input\": 1},"
                        + " {\"name\": \"negative\", \"count\": -1, \"input\": 1}, {\"name\": \"zero\", \"count\": 0, \"input\": 1}]}");
        assertThat(s.variable("big").isInvalid()).isTrue();
        assertThat(s.variable("big").reason()).contains("can't exceed 800");
        assertThat(s.variable("negative").isInvalid()).isTrue();
        assertThat(s.variable("zero").size()).isZero();
    }

    @Test
    void cyclesAreInvalidNotStackOverflows() {
        TemplateScope s = scope("{}", """
                {"a": "[variables('b')]", "b": "[concat(variables('a'), 'x')]", "self": "[variables('self')]",
                 "fine": "ok", "obj": {"good": "[variables('fine')]", "bad": "[variables('obj').good]"}}""");
        assertThat(s.variable("a").isInvalid()).isTrue();
        assertThat(s.variable("a").reason()).contains("circular reference");
        assertThat(s.variable("self").isInvalid()).isTrue();
        assertThat(s.variable("fine").asText()).isEqualTo("ok");
        assertThat(s.variable("obj").get("good").asText()).isEqualTo("ok");
        assertThat(s.variable("obj").get("bad").isInvalid())
                .as("refers to its own variable")
                .isTrue();
    }

    @Test
    void aVariableThatContainsItselfThroughAnotherIsNeverWalkedForever() {
        TemplateScope s = scope("{}", "{\"a\": {\"m\": \"[variables('b')]\"}, \"b\": \"[variables('a')]\"}");
        Value b = s.variable("b");
        assertThat(b.get("m").isResolved()).isTrue();
        assertThat(b.toJson()).isNull();
        assertThat(b.isFullyKnown()).isFalse();
        assertThat(b.symbol()).isNotEmpty();
        assertThat(b.sameValueAs(s.variable("a"), false)).isNotEqualTo(false);
        assertThat(s.evaluateExpression("[string(variables('b'))]").isResolved())
                .isFalse();
    }

    @Test
    void aLongChainOfVariablesEndsUnknownNotInAStackOverflow() {
        StringBuilder vars = new StringBuilder("{\"v0\": \"end\"");
        for (int i = 1; i <= 3000; i++) {
            vars.append(", \"v")
                    .append(i)
                    .append("\": \"[variables('v")
                    .append(i - 1)
                    .append("')]\"");
        }
        TemplateScope s = scope("{}", vars.append('}').toString());
        Value v = s.variable("v3000");
        assertThat(v.isUnknown()).isTrue();
        assertThat(v.reason()).contains("nested more than");
        assertThat(s.variable("v20").asText()).isEqualTo("end");
    }

    @Test
    void copyIndexOutsideALoopIsInvalid() {
        TemplateScope s = scope("{}", "{\"x\": \"[copyIndex()]\", \"y\": \"[copyIndex('nope')]\"}");
        assertThat(s.variable("x").isInvalid()).isTrue();
        assertThat(s.variable("x").reason()).contains("'copyIndex' is not expected at this location");
        assertThat(s.variable("y").isInvalid()).isTrue();
    }

    @Test
    void undefinedVariableIsInvalidInArmsWords() {
        Value v = scope("{}", "{}").evaluateExpression("[variables('missing')]");
        assertThat(v.isInvalid()).isTrue();
        assertThat(v.reason()).isEqualTo("The template variable 'missing' is not found.");
    }

    @Test
    void anInvalidSiblingDoesNotPoisonTheOthers() {
        TemplateScope s = scope(
                "{}",
                "{\"obj\": {\"good\": \"yes\", \"bad\": \"[variables('missing')]\","
                        + " \"later\": \"[concat('a', 'b')]\"}}");
        Value obj = s.variable("obj");
        assertThat(obj.isObject()).isTrue();
        assertThat(obj.get("good").asText()).isEqualTo("yes");
        assertThat(obj.get("later").asText()).isEqualTo("ab");
        assertThat(obj.get("bad").isInvalid()).isTrue();
        assertThat(obj.isFullyKnown()).isFalse();
    }

    @Test
    void userDefinedFunctionsSeeOnlyTheirParameters() {
        String t = """
                {"$schema": "%s", "functions": [{"namespace": "contoso", "members": {
                   "prefixed": {"parameters": [{"name": "name", "type": "string"}],
                                "output": {"type": "string", "value": "[concat('contoso-', parameters('name'))]"}},
                   "leaky": {"parameters": [], "output": {"type": "string", "value": "[variables('v')]"}}}}],
                 "variables": {"v": "[contoso.prefixed('web')]"}, "resources": []}""".formatted(Fixtures.SUBSCRIPTION_SCHEMA);
        TemplateScope s = Fixtures.scope(t);
        assertThat(s.variable("v").asText()).isEqualTo("contoso-web");
        assertThat(s.evaluateExpression("[contoso.leaky()]").isInvalid()).isTrue();
        assertThat(s.evaluateExpression("[contoso.prefixed()]").isInvalid()).isTrue();
        assertThat(s.evaluateExpression("[contoso.missing()]").isUnknown()).isTrue();
    }
}
