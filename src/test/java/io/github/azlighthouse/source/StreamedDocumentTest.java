package io.github.azlighthouse.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamedDocumentTest {

    @TempDir
    Path dir;

    final SourceParser parser = new SourceParser();

    Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Every element as "pointer value line:column" of its {@code id}. */
    static List<String> elements(StreamedDocument doc) throws IOException, SyntaxError {
        List<String> out = new ArrayList<>();
        for (SourceDocument e = doc.nextElement(); e != null; e = doc.nextElement()) {
            Position id = e.position(e.base() + "/id");
            out.add(e.base() + " " + e.node(e.base() + "/id").asText() + " " + id.line() + ":" + id.column());
        }
        return out;
    }

    @Test
    void elementsAfterTheHeaderComeInOnePassWithTheirPositions() throws IOException, SyntaxError {
        Path f = file("a.yaml", "name: x\nitems:\n  - id: one\n  - id: two\n");
        try (StreamedDocument doc = parser.stream(f, "a.yaml", "items", h -> h.has("name"), false)) {
            assertThat(doc.header().root().toString()).isEqualTo("{\"name\":\"x\",\"items\":[]}");
            assertThat(elements(doc)).containsExactly("/items/0 one 3:9", "/items/1 two 4:9");
            assertThat(doc.count()).isEqualTo(2);
            assertThat(doc.lateKeys()).isEmpty();
        }
    }

    @Test
    void whenTheHeaderIsNotReadyTheElementsComeFromASecondPass() throws IOException, SyntaxError {
        Path f = file("a.json", "{\"items\": [{\"id\": \"one\"},\n {\"id\": \"two\"}], \"name\": \"x\"}");
        try (StreamedDocument doc = parser.stream(f, "a.json", "items", h -> h.has("name"), false)) {
            assertThat(doc.header().root().path("name").asText()).isEqualTo("x"); // known before any element
            assertThat(doc.count()).isEqualTo(2);
            assertThat(elements(doc)).containsExactly("/items/0 one 1:19", "/items/1 two 2:9");
            assertThat(doc.lateKeys()).isEmpty();
        }
    }

    @Test
    void keysAfterTheArrayAreReadAfterTheLastElementAndNamed() throws IOException, SyntaxError {
        Path f = file("a.yaml", "name: x\nitems:\n  - id: one\nlate: 1\n");
        try (StreamedDocument doc = parser.stream(f, "a.yaml", "items", h -> true, false)) {
            assertThat(doc.header().root().has("late")).isFalse();
            assertThat(elements(doc)).containsExactly("/items/0 one 3:9");
            assertThat(doc.lateKeys()).containsExactly("late");
            assertThat(doc.header().root().path("late").asInt()).isEqualTo(1);
            assertThat(doc.header().keyPosition("", "late").toString()).isEqualTo("a.yaml:4:1");
        }
        try (StreamedDocument doc = parser.stream(f, "a.yaml", "items", h -> true, true)) { // header first
            assertThat(doc.header().root().has("late")).isTrue();
            assertThat(elements(doc)).containsExactly("/items/0 one 3:9");
            assertThat(doc.lateKeys()).isEmpty();
        }
    }

    @Test
    void problemsInsideOrAfterTheArrayAreSyntaxErrorsWithPositions() throws IOException, SyntaxError {
        Path dup = file("dup.yaml", "name: x\nitems:\n  - id: one\nname: y\n");
        try (StreamedDocument doc = parser.stream(dup, "dup.yaml", "items", h -> true, false)) {
            assertThat(doc.nextElement()).isNotNull();
            assertThatThrownBy(doc::nextElement).isInstanceOf(SyntaxError.class).hasMessage("duplicate key 'name'");
        }
        Path alias = file("alias.yaml", "name: &n x\nitems:\n  - id: *n\n");
        try (StreamedDocument doc = parser.stream(alias, "alias.yaml", "items", h -> true, false)) {
            assertThatThrownBy(doc::nextElement)
                    .isInstanceOf(SyntaxError.class)
                    .hasMessageContaining("anchors and aliases")
                    .extracting(e -> ((SyntaxError) e).position().line())
                    .isEqualTo(3);
        }
        Path two = file("two.yaml", "items:\n  - id: one\n---\nname: x\n");
        try (StreamedDocument doc = parser.stream(two, "two.yaml", "items", h -> true, false)) {
            assertThat(doc.nextElement()).isNotNull();
            assertThatThrownBy(doc::nextElement)
                    .isInstanceOf(SyntaxError.class)
                    .hasMessageContaining("more than one YAML document")
                    .extracting(e -> ((SyntaxError) e).position().line())
                    .isEqualTo(4); // the second document's first key
        }
    }

    @Test
    void aTopLevelThatIsNotAnObjectIsHeldWhole() throws IOException, SyntaxError {
        Path f = file("a.yaml", "- 1\n- 2\n");
        try (StreamedDocument doc = parser.stream(f, "a.yaml", "items", h -> true, false)) {
            assertThat(doc.hasArray()).isFalse();
            assertThat(doc.header().root().toString()).isEqualTo("[1,2]");
            assertThat(doc.nextElement()).isNull();
        }
    }
}
