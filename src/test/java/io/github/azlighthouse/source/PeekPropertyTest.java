package io.github.azlighthouse.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code validate} tells templates from parameter files by peeking at {@code $schema}: from the file, or from
 * its bytes already read. On real templates and parameter files cut, doubled or spliced at random places,
 * both give the same answer or the same syntax error, and nothing else escapes.
 */
class PeekPropertyTest {

    static final List<byte[]> FILES = files();

    final SourceParser parser = new SourceParser();

    static List<byte[]> files() {
        Path root = Path.of(System.getProperty("lighthouse.basedir", ".")).resolve("src/test/resources/fidelity");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".json"))
                    .sorted()
                    .map(f -> {
                        try {
                            return Files.readAllBytes(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return Arbitraries.integers().between(0, FILES.size() - 1).flatMap(i -> {
            byte[] file = FILES.get(i);
            return Arbitraries.integers()
                    .between(0, file.length)
                    .tuple3()
                    .map(t -> mutate(file, t.get1(), t.get2(), t.get3()));
        });
    }

    /** Cut at {@code a}, or the part from {@code b} to {@code c} doubled in place, or the file as it is. */
    static byte[] mutate(byte[] file, int a, int b, int c) {
        switch (a % 3) {
            case 0 -> {
                return java.util.Arrays.copyOf(file, a);
            }
            case 1 -> {
                int from = Math.min(b, c);
                int to = Math.max(b, c);
                byte[] out = new byte[file.length + (to - from)];
                System.arraycopy(file, 0, out, 0, to);
                System.arraycopy(file, from, out, to, file.length - from);
                return out;
            }
            default -> {
                return file;
            }
        }
    }

    @Property(tries = 300)
    void peekingAtBytesAndAtTheFileAgree(@ForAll("mutated") byte[] bytes) throws IOException, SyntaxError {
        Path file = Files.createTempFile("peek", ".json");
        try {
            Files.write(file, bytes);
            Object fromFile = outcome(() -> parser.peek(file, "t.json", "$schema"));
            Object fromBytes = outcome(() -> parser.peek(bytes, file, "t.json", "$schema"));
            assertThat(fromBytes).isEqualTo(fromFile);
            assertThat(SourceParser.readBounded(file, "t.json")).isEqualTo(bytes);
        } finally {
            Files.delete(file);
        }
    }

    interface Peek {
        SourceParser.TopLevel run() throws IOException, SyntaxError;
    }

    /** The top level read, or the syntax error's place and words. */
    static Object outcome(Peek peek) throws IOException {
        try {
            return peek.run();
        } catch (SyntaxError e) {
            return e.position().line() + ":" + e.position().column() + " " + e.getMessage();
        }
    }
}
