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
import io.github.azlighthouse.generate.TestRequests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    static final Path SCHEMAS =
            Path.of(System.getProperty("lighthouse.shared", "../shared")).resolve("schemas");
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
        registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_4,
                b -> b.schemas(iri -> {
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
        GenerateRequest request = TestRequests.generate(EXAMPLE, dir, out, 0);
        BuildLog quiet = BuildLog.NONE;
        assertThat(new Generator().run(request, quiet).failed()).isFalse();
        ObjectMapper mapper = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(p -> p.toString().endsWith(".json") && !p.endsWith(Lighthouse.SUMMARY))
                    .sorted()
                    .toList();
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
                    assertThat(validate(inner.path("$schema").asText(), inner))
                            .as(file + " nested")
                            .isEmpty();
                }
            }
        }
        assertThat(nested).as("resource-group templates were checked too").isEqualTo(2);
    }

    static final Path MSP =
            Path.of(System.getProperty("lighthouse.basedir", ".")).resolve("src/test/resources/msp/customers.yaml");

    /**
     * Management groups: the template against Microsoft's management-group deployment schema (the derived copy, whose
     * resource list keeps the Authorization and Resources types), the parameter file against the management-group
     * parameters schema, and the policy's embedded template, which the schema sees only as a {@code policyRule}
     * object, against the subscription schema after ARM's unescaping ({@code [[x]} is {@code [x]} once the
     * management-group deployment has run). The policy has no parameters and its assignment supplies none, so
     * nothing hits the {@code Microsoft.Authorization} schemas' quirk with expressions there (lighthouse-rules.md).
     */
    @Test
    void managementGroupTemplatesPassMicrosoftsSchemas(@TempDir Path dir) throws IOException {
        assumeTrue(registry != null, "../shared/schemas absent");
        Path out = dir.resolve("out");
        GenerateRequest request = TestRequests.generate(MSP, dir, out, 0);
        assertThat(new Generator().run(request, QUIET).failed()).isFalse();
        ObjectMapper mapper = new ObjectMapper();
        Path group = out.resolve("northwind/management-groups/northwind-prod");
        JsonNode template = mapper.readTree(group.resolve("standard.json").toFile());
        assertThat(template.path("$schema").asText()).isEqualTo(PolicyTemplateBuilder.TEMPLATE_SCHEMA);
        assertThat(validate(PolicyTemplateBuilder.TEMPLATE_SCHEMA, template)).isEmpty();
        JsonNode parameters =
                mapper.readTree(group.resolve("standard.parameters.json").toFile());
        assertThat(validate(PolicyTemplateBuilder.PARAMETERS_SCHEMA, parameters))
                .isEmpty();
        JsonNode embedded = unescaped(
                template.at("/resources/0/properties/policyRule/then/details/deployment/properties/template"));
        assertThat(embedded.path("resources")).hasSize(2);
        assertThat(validate(embedded.path("$schema").asText(), embedded)).isEmpty();
        // the oracle looks inside the policy assignment: an identity type Azure does not know fails it
        JsonNode bad = template.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) bad.at("/resources/1/identity")).put("type", "Everyone");
        assertThat(validate(PolicyTemplateBuilder.TEMPLATE_SCHEMA, bad)).isNotEmpty();
    }

    /** What the management-group deployment leaves of an escaped template: {@code [[x]} becomes {@code [x]}. */
    static JsonNode unescaped(JsonNode node) {
        if (node.isObject()) {
            var copy = new ObjectMapper().createObjectNode();
            node.properties().forEach(e -> copy.set(e.getKey(), unescaped(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            var copy = new ObjectMapper().createArrayNode();
            node.forEach(n -> copy.add(unescaped(n)));
            return copy;
        }
        return node.isTextual() && node.asText().startsWith("[[")
                ? com.fasterxml.jackson.databind.node.TextNode.valueOf(
                        node.asText().substring(1))
                : node;
    }

    static final BuildLog QUIET = BuildLog.NONE;

    @Test
    void theOracleCanFail() {
        assumeTrue(registry != null, "../shared/schemas absent");
        JsonNode bad = new ObjectMapper()
                .createObjectNode()
                .put("$schema", TemplateBuilder.TEMPLATE_SCHEMA)
                .put("contentVersion", 42);
        assertThat(validate(TemplateBuilder.TEMPLATE_SCHEMA, bad)).isNotEmpty();
    }
}
