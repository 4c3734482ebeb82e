package io.github.azlighthouse.arm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.findings.BuildLog;
import io.github.azlighthouse.generate.GenerateRequest;
import io.github.azlighthouse.generate.Generator;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated templates against Microsoft's own ARM schemas (draft-04, offline copies in
 * ../shared/schemas). Skipped, with the reason printed, where that folder is absent.
 */
class MicrosoftSchemaOracleTest {

    static final Path SCHEMAS = Path.of(System.getProperty("lighthouse.shared", "../shared")).resolve("schemas");
    static final String PREFIX = "https://schema.management.azure.com/schemas/";
    static final Path EXAMPLE = Path.of(System.getProperty("lighthouse.basedir", "."))
            .resolve("examples/src/main/lighthouse/customers.yaml");

    static SchemaRegistry registry;

    @BeforeAll
    static void offlineRegistry() {
        if (!Files.isDirectory(SCHEMAS)) {
            System.out.println("SKIPPED MicrosoftSchemaOracleTest: " + SCHEMAS.toAbsolutePath()
                    + " is absent (Microsoft's schemas are beside the project's own checkout and CI only)");
            return;
        }
        // Serve https://schema.management.azure.com/schemas/X from derived/X when it exists, else X;
        // anything else is "not found", so nothing is fetched from the network.
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4, b -> b.schemas(iri -> {
            if (!iri.startsWith(PREFIX)) {
                return null;
            }
            String file = iri.substring(PREFIX.length()).replaceFirst("#.*$", "");
            Path derived = SCHEMAS.resolve("derived").resolve(file);
            try {
                return Files.readString(Files.isRegularFile(derived) ? derived : SCHEMAS.resolve(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    private static List<Error> validate(String schemaUrl, JsonNode instance) {
        Schema schema = registry.getSchema(SchemaLocation.of(schemaUrl));
        return schema.validate(instance);
    }

    @Test
    void generatedTemplatesAndParametersPassMicrosoftsSchemas(@TempDir Path dir) throws IOException {
        assumeTrue(registry != null, "../shared/schemas absent");
        Path out = dir.resolve("out");
        GenerateRequest request = new GenerateRequest(EXAMPLE, dir, out, RoleCatalog.bundled(), "bundled",
                RuleSet.defaults(), false, LocalDate.of(2026, 11, 24), 180, "default", "test", "", 0);
        BuildLog quiet = new BuildLog() {
            public void info(String l) { }

            public void warn(String l) { }

            public void error(String l) { }
        };
        assertThat(new Generator().run(request, quiet).failed()).isFalse();
        ObjectMapper mapper = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(p -> p.toString().endsWith(".json") && !p.endsWith(Lighthouse.SUMMARY)).sorted().toList();
        }
        assertThat(files).hasSize(10);
        int nested = 0;
        for (Path file : files) {
            JsonNode json = mapper.readTree(file.toFile());
            String schema = json.path("$schema").asText();
            assertThat(schema).startsWith(PREFIX);
            assertThat(validate(schema, json)).as(file.toString()).isEmpty();
            // the subscription schema accepts any nested template: check each against its own $schema
            for (JsonNode resource : json.path("resources")) {
                JsonNode inner = resource.path("properties").path("template");
                if (inner.isObject()) {
                    nested++;
                    assertThat(validate(inner.path("$schema").asText(), inner)).as(file + " nested").isEmpty();
                }
            }
        }
        assertThat(nested).as("resource-group templates were checked too").isEqualTo(2);
    }

    @Test
    void theOracleCanFail() {
        assumeTrue(registry != null, "../shared/schemas absent");
        JsonNode bad = new ObjectMapper().createObjectNode()
                .put("$schema", TemplateBuilder.TEMPLATE_SCHEMA).put("contentVersion", 42);
        assertThat(validate(TemplateBuilder.TEMPLATE_SCHEMA, bad)).isNotEmpty();
    }
}
