package io.github.azlighthouse.arm;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.source.SourceDocument;
import io.github.azlighthouse.source.SourceParser;
import io.github.azlighthouse.source.SyntaxError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The template reader on mutated real templates (bytes deleted, duplicated, replaced by JSON's own
 * punctuation or expression syntax): whatever parses is read to delegations and findings, never to an
 * exception, and every finding has a place in one of the two files.
 */
class TemplateReaderPropertyTest {

    static final Path ROOT =
            Path.of(System.getProperty("lighthouse.basedir", ".")).resolve("src/test/resources");
    static final List<Path[]> PAIRS = pairs();
    static final String[] SNIPPETS = {
        "[",
        "]",
        "{",
        "}",
        ",",
        ":",
        "\"",
        "'",
        "(",
        ")",
        "null",
        "0",
        "-1",
        "[[",
        "[parameters('x')]",
        "[variables('y')]",
        "[copyIndex()]",
        "[concat(",
        "true",
        "\"copy\": [],",
        "\"languageVersion\": \"2.0\",",
        "[json('null')]",
        "[createArray()]",
        "9999999999999999999999"
    };

    final SourceParser parser = new SourceParser();
    final TemplateReader reader = new TemplateReader(new TemplateSchemas());

    static List<Path[]> pairs() {
        List<Path[]> out = new ArrayList<>();
        for (String dir : List.of("templates", "fidelity")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(dir))) {
                for (Path p : files.filter(f ->
                                f.toString().endsWith(".json") && !f.toString().contains(".parameters"))
                        .sorted()
                        .toList()) {
                    String name = p.getFileName().toString();
                    Path params = p.resolveSibling(name.substring(0, name.length() - 5) + ".parameters.json");
                    out.add(new Path[] {p, Files.exists(params) ? params : null});
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    record Mutation(int pair, boolean inParameters, int kind, double where, int length, int snippet) {}

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(
                        Arbitraries.integers().between(0, PAIRS.size() - 1), Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 3),
                                Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(1, 40),
                                Arbitraries.integers().between(0, SNIPPETS.length - 1))
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    static String mutate(String text, Mutation m) {
        int at = (int) (m.where() * text.length());
        int end = Math.min(text.length(), at + m.length());
        return switch (m.kind()) {
            case 0 -> text.substring(0, at) + text.substring(end); // delete
            case 1 -> text.substring(0, end) + text.substring(at, end) + text.substring(end); // duplicate
            case 2 -> text.substring(0, at) + SNIPPETS[m.snippet()] + text.substring(at); // insert
            default -> text.substring(0, at) + SNIPPETS[m.snippet()] + text.substring(end); // replace
        };
    }

    @Property(tries = 400)
    void mutatedTemplatesGiveFindingsNeverExceptions(@ForAll("mutations") List<Mutation> mutations) throws IOException {
        Path[] pair = PAIRS.get(mutations.get(0).pair());
        String template = Files.readString(pair[0]);
        String parameters = pair[1] == null ? null : Files.readString(pair[1]);
        for (Mutation m : mutations) {
            if (m.inParameters() && parameters != null) {
                parameters = mutate(parameters, m);
            } else {
                template = mutate(template, m);
            }
        }
        SourceDocument t = parse(template, "t.json");
        SourceDocument p = parameters == null ? null : parse(parameters, "t.parameters.json");
        if (t == null || (parameters != null && p == null)) {
            return; // a syntax error: the validator reports it with its position (tested elsewhere)
        }
        TemplateReader.Read read = reader.read(
                t,
                p,
                new TemplateReader.Context("3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f", null, null, null),
                RuleSet.defaults());
        for (Finding f : read.findings()) {
            assertThat(f.position().file()).isIn("t.json", "t.parameters.json");
            assertThat(f.position().line()).isPositive();
            assertThat(f.message()).isNotBlank();
        }
        read.delegations().forEach(d -> assertThat(d.at()).isNotNull());
    }

    private SourceDocument parse(String text, String name) throws IOException {
        try {
            return parser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false, name);
        } catch (SyntaxError e) {
            return null;
        }
    }
}
