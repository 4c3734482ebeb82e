package io.github.azlighthouse.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link SourceDocument#node} walks a JSON Pointer itself instead of compiling one per call: it must find what
 * Jackson's {@link JsonNode#at(String)} finds, for every pointer, in whole documents and in streamed parts.
 */
class SourceDocumentTest {

    /** Keys that RFC 6901 treats specially: escapes, digits that look like indexes, the empty key. */
    static final List<String> KEYS = List.of("a", "b", "0", "1", "01", "", "x/y", "t~n", "~01", "~1", "10");

    @Provide
    Arbitrary<JsonNode> trees() {
        return tree(3);
    }

    /** Values nested at most {@code depth} containers deep. */
    static Arbitrary<JsonNode> tree(int depth) {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMaxLength(3).map(JsonNodeFactory.instance::textNode),
                Arbitraries.integers().between(-5, 5).map(JsonNodeFactory.instance::numberNode));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<JsonNode> child = tree(depth - 1);
        Arbitrary<JsonNode> array = child.list().ofMaxSize(4).map(children -> {
            ArrayNode node = JsonNodeFactory.instance.arrayNode();
            children.forEach(node::add);
            return node;
        });
        Arbitrary<JsonNode> object = Arbitraries.maps(Arbitraries.of(KEYS), child)
                .ofMaxSize(4)
                .map(children -> {
                    ObjectNode node = JsonNodeFactory.instance.objectNode();
                    children.forEach(node::set);
                    return node;
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, leaf), net.jqwik.api.Tuple.of(2, array), net.jqwik.api.Tuple.of(3, object));
    }

    @Provide
    Arbitrary<String> pointers() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of(KEYS).map(SourceDocument::escape),
                Arbitraries.of("0", "1", "2", "3", "00", "-", "-1", "9999999999", "2147483648"));
        return token.list().ofMaxSize(4).map(tokens -> tokens.isEmpty() ? "" : "/" + String.join("/", tokens));
    }

    @Property(tries = 2000)
    void findsWhatJacksonFinds(@ForAll("trees") JsonNode root, @ForAll("pointers") String pointer) {
        SourceDocument doc = new SourceDocument("f.json", root, Map.of());
        assertThat(doc.node(pointer)).isSameAs(root.at(pointer));
    }

    @Property(tries = 1000)
    void aStreamedPartFindsWhatTheWholeDocumentFinds(
            @ForAll("trees") JsonNode element, @ForAll("pointers") String pointer) {
        ObjectNode whole = JsonNodeFactory.instance.objectNode();
        whole.putArray("customers").add(JsonNodeFactory.instance.objectNode()).add(element);
        SourceDocument part = new SourceDocument("f.json", "/customers/1", element, Map.of());
        assertThat(part.node("/customers/1" + pointer)).isSameAs(whole.at("/customers/1" + pointer));
    }

    @Test
    void outsideAPartNothingIsFound() throws Exception {
        JsonNode element = new ObjectMapper().readTree("{\"id\":\"c\"}");
        SourceDocument part = new SourceDocument("f.json", "/customers/1", element, Map.of());
        assertThat(part.node("/customers/1/id").asText()).isEqualTo("c");
        assertThat(part.node("/customers/10/id").isMissingNode()).isTrue();
        assertThat(part.node("/customers/0/id").isMissingNode()).isTrue();
        assertThat(part.node("/customers/1")).isSameAs(element);
    }

    @Test
    void escapedKeysAndIndexesAreFound() throws Exception {
        SourceDocument doc = new SourceParser()
                .parse(
                        new ByteArrayInputStream(
                                "{\"a/b\":{\"m~n\":[1,{\"0\":true}]}}".getBytes(StandardCharsets.UTF_8)),
                        false,
                        "f.json");
        assertThat(doc.node("/a~1b/m~0n/1/0").asBoolean()).isTrue();
        assertThat(doc.node("/a~1b/m~0n/01").isMissingNode()).isTrue();
        assertThat(doc.node("/a~1b/m~0n/0").asInt()).isEqualTo(1);
        assertThat(doc.node("/a~1b/m~0n/0/x").isMissingNode()).isTrue();
    }
}
