package io.github.azlighthouse.arm.expression;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.SourceDocument;
import io.github.azlighthouse.source.SourceParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile input never escapes as an exception: random and mutated expression strings, and Microsoft-shaped
 * templates with bytes deleted, duplicated or replaced, or with their JSON tree rearranged, always give a
 * value (possibly unknown or invalid) for everything a caller can read.
 */
class RobustnessPropertyTest {

    private static final List<String> TOKENS = List.of(
            "concat(",
            "format(",
            "if(",
            "createArray(",
            "createObject(",
            "parameters(",
            "variables(",
            "copyIndex(",
            "guid(",
            "resourceId(",
            "json(",
            "union(",
            "length(",
            "equals(",
            "and(",
            "coalesce(",
            "subscription()",
            "utcNow()",
            "'p'",
            "'v'",
            "'x'",
            "''",
            "'{0}'",
            "'[['",
            "'a''b'",
            "1",
            "-2",
            "0",
            "true",
            "null",
            ")",
            "(",
            "[",
            "]",
            ",",
            ".",
            ".id",
            "[0]",
            " ",
            "\n",
            "'",
            "ns.f(",
            "#",
            "1.5",
            "'Microsoft.A/b'",
            "'{\"a\":[1]}'");

    private static final List<String> SAMPLES =
            List.of("multi-rg.json", "marketplace.json", "auths-loop.json", "symbolic.json");

    /** A fresh scope per try: scopes are confined, never shared. */
    private static TemplateScope expressionScope() {
        return Fixtures.scope(Fixtures.template(
                "{\"p\": {\"type\": \"array\", \"defaultValue\": [1, {\"a\": \"b\"}]}, \"x\": {\"type\": \"string\"}}",
                "{\"v\": {\"k\": \"[parameters('p')]\"}, \"w\": \"[variables('v')]\","
                        + " \"copy\": [{\"name\": \"c\", \"count\": 2, \"input\": \"[copyIndex('c')]\"}]}"));
    }

    @Property(tries = 500)
    void anyStringEvaluatesToAValue(@ForAll String text) {
        Expressions.parse(text);
        Expressions.parse("[" + text + "]");
        Value v = expressionScope().evaluateExpression("[" + text + "]");
        assertThat(v).isNotNull();
        Walk.all(v);
    }

    @Property(tries = 600)
    void expressionLikeStringsEvaluateToAValue(@ForAll("tokenSoup") String text) {
        Value v = expressionScope().evaluateExpression(text);
        assertThat(v).isNotNull();
        Walk.all(v);
    }

    @Provide
    Arbitrary<String> tokenSoup() {
        return Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(30).map(ts -> "[" + String.join("", ts) + "]");
    }

    @Property(tries = 200)
    void templatesWithBytesMutatedNeverThrow(@ForAll("sample") String sample, @ForAll long seed) throws Exception {
        String text = mutateBytes(text(sample), new Random(seed));
        SourceDocument doc;
        try {
            doc = new SourceParser()
                    .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false, sample);
        } catch (io.github.azlighthouse.source.SyntaxError e) {
            return; // not JSON any more: the parser's job, reported before evaluation
        }
        evaluateEverything(doc);
    }

    @Property(tries = 200)
    void templatesWithTheirTreeMutatedNeverThrow(@ForAll("sample") String sample, @ForAll long seed) throws Exception {
        SourceDocument original = Fixtures.resource(sample);
        JsonNode root = original.root().deepCopy();
        Random random = new Random(seed);
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
            mutateTree(root, random);
        }
        evaluateEverything(Fixtures.doc(sample, root.toString()));
    }

    @Provide
    Arbitrary<String> sample() {
        return Arbitraries.of(SAMPLES);
    }

    private static void evaluateEverything(SourceDocument doc) {
        SourceDocument parameters = Fixtures.resource("multi-rg.parameters.json");
        for (DeploymentContext context : List.of(DeploymentContext.NONE, new DeploymentContext(Fixtures.SUB, null))) {
            TemplateScope scope = TemplateScope.of(doc, parameters, context, Fixtures.sink(), Subject.NONE);
            Walk.all(scope);
        }
    }

    private static String text(String resource) throws Exception {
        try (var in = RobustnessPropertyTest.class.getResourceAsStream("/expression/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Deletes, duplicates or replaces a few short runs of characters. */
    static String mutateBytes(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        String replacements = "[]{}\"',:.()0123456789-axyz \\";
        for (int i = 0; i < 1 + random.nextInt(4) && s.length() > 0; i++) {
            int at = random.nextInt(s.length());
            int length = Math.min(s.length() - at, 1 + random.nextInt(8));
            switch (random.nextInt(3)) {
                case 0 -> s.delete(at, at + length);
                case 1 -> s.insert(at, s.substring(at, at + length));
                default -> s.setCharAt(at, replacements.charAt(random.nextInt(replacements.length())));
            }
        }
        return s.toString();
    }

    /** Rearranges the JSON tree: removes, duplicates or swaps members, or puts odd values in their place. */
    static void mutateTree(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> odd = List.of(
                f.textNode("[" + TOKENS.get(random.nextInt(TOKENS.size())) + "]"),
                f.textNode("[copyIndex()]"),
                f.textNode("[parameters('resourceGroups')]"),
                f.numberNode(801),
                f.numberNode(-1),
                f.nullNode(),
                f.arrayNode(),
                f.objectNode(),
                f.textNode("[[x]"),
                f.booleanNode(false),
                containers.get(random.nextInt(containers.size())).deepCopy());
        JsonNode replacement = odd.get(random.nextInt(odd.size()));
        if (target instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(3)) {
                case 0 -> o.remove(name);
                case 1 -> o.set(name, replacement);
                default -> o.set(random.nextBoolean() ? "copy" : name + "2", replacement);
            }
        } else if (target instanceof ArrayNode a && a.size() > 0) {
            int i = random.nextInt(a.size());
            switch (random.nextInt(3)) {
                case 0 -> a.remove(i);
                case 1 -> a.add(a.get(i).deepCopy());
                default -> a.set(i, replacement);
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), into);
            }
        }
    }
}
