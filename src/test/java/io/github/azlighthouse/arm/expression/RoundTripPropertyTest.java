package io.github.azlighthouse.arm.expression;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated well-formed expressions (literals, {@code concat}, {@code if}, {@code createArray},
 * {@code equals}, {@code not}, {@code and}, {@code length}, {@code add}, {@code toUpper}, {@code string})
 * evaluate to what a reference evaluation, built here alongside the text, says they should.
 */
class RoundTripPropertyTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** An expression's text and its expected value. */
    record Gen(String text, JsonNode expected) {}

    @Property(tries = 600)
    void generatedExpressionsEvaluateToTheReferenceValue(@ForAll("anyExpression") Gen gen) {
        Value v = Fixtures.eval("[" + gen.text() + "]");
        assertThat(v.isFullyKnown()).as(gen.text() + " -> " + v.describe()).isTrue();
        assertThat(v.toJson()).as(gen.text()).isEqualTo(gen.expected());
    }

    @Property(tries = 500)
    void anyTextSurvivesAStringLiteral(@ForAll String text) {
        assertThat(Fixtures.eval("[" + literal(text) + "]").asText()).isEqualTo(text);
        assertThat(Fixtures.eval("[concat(" + literal(text) + ", '')]").asText())
                .isEqualTo(text);
    }

    @Provide
    Arbitrary<Gen> anyExpression() {
        return Arbitraries.oneOf(strings(3), integers(3), booleans(3), arrays(3));
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static Arbitrary<Gen> strings(int depth) {
        Arbitrary<Gen> literal = Arbitraries.strings().ofMaxLength(12).map(s -> new Gen(literal(s), F.textNode(s)));
        if (depth == 0) {
            return literal;
        }
        Arbitrary<Gen> concat = strings(depth - 1)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(parts -> {
                    StringBuilder text = new StringBuilder();
                    parts.forEach(p -> text.append(p.expected().asText()));
                    return new Gen("concat(" + join(parts) + ")", F.textNode(text.toString()));
                });
        Arbitrary<Gen> upper = strings(depth - 1)
                .map(s -> new Gen(
                        "toUpper(" + s.text() + ")",
                        F.textNode(s.expected().asText().toUpperCase(Locale.ROOT))));
        Arbitrary<Gen> ofInt = integers(depth - 1)
                .map(i -> new Gen(
                        "string(" + i.text() + ")", F.textNode(i.expected().asText())));
        Arbitrary<Gen> choice = Combinators.combine(booleans(depth - 1), strings(depth - 1), strings(depth - 1))
                .as(RoundTripPropertyTest::ifThen);
        return Arbitraries.oneOf(literal, concat, upper, ofInt, choice);
    }

    private static Arbitrary<Gen> integers(int depth) {
        Arbitrary<Gen> literal = Arbitraries.integers()
                .between(-100_000, 100_000)
                .map(n -> new Gen(Integer.toString(n), F.numberNode((long) n)));
        if (depth == 0) {
            return literal;
        }
        Arbitrary<Gen> sum = Combinators.combine(integers(depth - 1), integers(depth - 1))
                .as((a, b) -> new Gen(
                        "add(" + a.text() + ", " + b.text() + ")",
                        F.numberNode(a.expected().asLong() + b.expected().asLong())));
        Arbitrary<Gen> lengthOfString = strings(depth - 1)
                .map(s -> new Gen("length(" + s.text() + ")", F.numberNode((long)
                        s.expected().asText().length())));
        Arbitrary<Gen> lengthOfArray = arrays(depth - 1)
                .map(a -> new Gen("length(" + a.text() + ")", F.numberNode((long)
                        a.expected().size())));
        Arbitrary<Gen> choice = Combinators.combine(booleans(depth - 1), integers(depth - 1), integers(depth - 1))
                .as(RoundTripPropertyTest::ifThen);
        return Arbitraries.oneOf(literal, sum, lengthOfString, lengthOfArray, choice);
    }

    private static Arbitrary<Gen> booleans(int depth) {
        Arbitrary<Gen> literal = Arbitraries.of(true, false)
                .flatMap(b ->
                        Arbitraries.of(new Gen(b + "()", F.booleanNode(b)), new Gen(b.toString(), F.booleanNode(b))));
        if (depth == 0) {
            return literal;
        }
        Arbitrary<Gen> not = booleans(depth - 1)
                .map(b -> new Gen(
                        "not(" + b.text() + ")", F.booleanNode(!b.expected().asBoolean())));
        Arbitrary<Gen> and = Combinators.combine(booleans(depth - 1), booleans(depth - 1))
                .as((a, b) -> new Gen(
                        "and(" + a.text() + ", " + b.text() + ")",
                        F.booleanNode(a.expected().asBoolean() && b.expected().asBoolean())));
        Arbitrary<Gen> or = Combinators.combine(booleans(depth - 1), booleans(depth - 1))
                .as((a, b) -> new Gen(
                        "or(" + a.text() + ", " + b.text() + ")",
                        F.booleanNode(a.expected().asBoolean() || b.expected().asBoolean())));
        Arbitrary<Gen> equalStrings = Combinators.combine(strings(depth - 1), strings(depth - 1))
                .as((a, b) -> new Gen(
                        "equals(" + a.text() + ", " + b.text() + ")",
                        F.booleanNode(a.expected().equals(b.expected()))));
        Arbitrary<Gen> equalArrays = Combinators.combine(arrays(depth - 1), arrays(depth - 1))
                .as((a, b) -> new Gen(
                        "equals(" + a.text() + ", " + b.text() + ")",
                        F.booleanNode(a.expected().equals(b.expected()))));
        Arbitrary<Gen> greater = Combinators.combine(integers(depth - 1), integers(depth - 1))
                .as((a, b) -> new Gen(
                        "greater(" + a.text() + ", " + b.text() + ")",
                        F.booleanNode(a.expected().asLong() > b.expected().asLong())));
        return Arbitraries.oneOf(literal, not, and, or, equalStrings, equalArrays, greater);
    }

    private static Arbitrary<Gen> arrays(int depth) {
        Arbitrary<Gen> element = depth == 0
                ? Arbitraries.oneOf(strings(0), integers(0), booleans(0))
                : Arbitraries.oneOf(strings(depth - 1), integers(depth - 1), booleans(depth - 1), arrays(depth - 1));
        Arbitrary<Gen> create = element.list().ofMaxSize(4).map(items -> {
            ArrayNode a = F.arrayNode();
            items.forEach(i -> a.add(i.expected()));
            return new Gen("createArray(" + join(items) + ")", a);
        });
        if (depth == 0) {
            return create;
        }
        Arbitrary<Gen> concat = Combinators.combine(arrays(depth - 1), arrays(depth - 1))
                .as((a, b) -> {
                    ArrayNode both = F.arrayNode();
                    both.addAll((ArrayNode) a.expected());
                    both.addAll((ArrayNode) b.expected());
                    return new Gen("concat(" + a.text() + ", " + b.text() + ")", both);
                });
        return Arbitraries.oneOf(create, concat);
    }

    private static Gen ifThen(Gen condition, Gen whenTrue, Gen whenFalse) {
        return new Gen(
                "if(" + condition.text() + ", " + whenTrue.text() + ", " + whenFalse.text() + ")",
                condition.expected().asBoolean() ? whenTrue.expected() : whenFalse.expected());
    }

    private static String join(List<Gen> parts) {
        StringBuilder s = new StringBuilder();
        for (Gen p : parts) {
            s.append(s.length() == 0 ? "" : ", ").append(p.text());
        }
        return s.toString();
    }
}
