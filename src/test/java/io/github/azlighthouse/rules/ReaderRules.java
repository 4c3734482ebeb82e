package io.github.azlighthouse.rules;

import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.validate.ValidateRequest;
import io.github.azlighthouse.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * For the rules whose findings come from reading templates rather than from checking a delegation
 * ({@code schema-unknown}, {@code expression-unresolved}): {@code validate} on a copy of one of Microsoft's
 * template shapes ({@code src/test/resources/templates/<shape>}), each file changed by a function.
 */
final class ReaderRules {

    static final Path TEMPLATES =
            Path.of(System.getProperty("lighthouse.basedir", ".")).resolve("src/test/resources/templates");

    private ReaderRules() {}

    /** Findings of {@code validate} on a copy of {@code shape} in {@code dir}; {@code change} gets (file name, text). */
    static List<Finding> validate(Path dir, String shape, java.util.function.BiFunction<String, String, String> change)
            throws IOException {
        Path copy = dir.resolve(shape);
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(TEMPLATES.resolve(shape))) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                Files.writeString(copy.resolve(name), change.apply(name, Files.readString(f)));
            }
        }
        return new Validator()
                .run(new ValidateRequest(
                        List.of(copy),
                        List.of("**/*.json"),
                        List.of(),
                        dir,
                        null,
                        Fixture.PEC,
                        RoleCatalog.bundled(),
                        RuleSet.defaults(),
                        LocalDate.of(2026, 11, 24),
                        180))
                .findings();
    }

    /** A parameter file's text without one parameter. */
    static String withoutParameter(String parameterFile, String name) {
        try {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var tree = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(parameterFile);
            ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("parameters")).remove(name);
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<Finding> validate(Path dir, String shape) throws IOException {
        return validate(dir, shape, (name, text) -> text);
    }
}
