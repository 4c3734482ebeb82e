package io.github.azlighthouse.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** validate on templates in the shapes Microsoft publishes: each passes with the PEC account, each mistake fails. */
class ValidatorTest {

    static final Path TEMPLATES =
            Path.of(System.getProperty("lighthouse.basedir", ".")).resolve("src/test/resources/templates");
    static final String PEC = "3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f";
    static final String ENG = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    static final String CONTRIBUTOR = "b24988ac-6180-42a0-ab88-20f7382dd24c";
    static final String READER = "acdd72a7-3385-48ef-bd42-f606fba81ae7";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TempDir
    Path dir;

    ValidateRequest request(Path directory) {
        return new ValidateRequest(
                List.of(directory),
                List.of("**/*.json"),
                List.of(),
                dir,
                null,
                PEC,
                RoleCatalog.bundled(),
                RuleSet.defaults(),
                LocalDate.of(2026, 11, 24),
                180);
    }

    /** A copy of one shape's folder, its parameter file changed by {@code change}. */
    Path shape(String name, Consumer<ObjectNode> change) throws IOException {
        return shape(name, name, change);
    }

    Path shape(String copyName, String name, Consumer<ObjectNode> change) throws IOException {
        Path target = dir.resolve(copyName);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(TEMPLATES.resolve(name))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
                if (f.getFileName().toString().endsWith(".parameters.json")) {
                    ObjectNode params = (ObjectNode) JSON.readTree(f.toFile());
                    change.accept((ObjectNode) params.get("parameters"));
                    Files.writeString(target.resolve(f.getFileName()), JSON.writeValueAsString(params));
                }
            }
        }
        return target;
    }

    static ArrayNode authorizations(ObjectNode parameters) {
        return (ArrayNode) parameters.at("/authorizations/value");
    }

    static ObjectNode pec(ObjectNode parameters) {
        for (JsonNode a : authorizations(parameters)) {
            if (a.path("principalId").asText().equals(PEC)) {
                return (ObjectNode) a;
            }
        }
        throw new AssertionError("no PEC authorization in the fixture");
    }

    List<Finding> errors(Path folder) throws IOException {
        ValidateResult r = new Validator().run(request(folder));
        assertThat(r.templates())
                .as("one template per shape")
                .filteredOn(t -> !t.skipped())
                .hasSize(1);
        return r.findings().stream().filter(Finding::isError).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"subscription", "resource-group", "multiple-rgs", "eligible", "marketplace"})
    void passesWithAPermanentPecEligibleAuthorization(String name) throws IOException {
        ValidateResult r = new Validator().run(request(shape(name, p -> {})));
        assertThat(r.findings())
                .extracting(Finding::ruleId)
                .isEqualTo(name.equals("eligible") ? List.of("schema-unknown") : List.of());
        assertThat(r.checked()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"subscription", "resource-group", "multiple-rgs", "eligible", "marketplace"})
    void failsWithoutThePecAccount(String name) throws IOException {
        Path folder = shape(name, p -> authorizations(p).remove(2));
        assertThat(errors(folder)).extracting(Finding::ruleId).containsExactly("pec-account-missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"subscription", "resource-group", "multiple-rgs", "eligible", "marketplace"})
    void failsWhenThePecRoleIsReader(String name) throws IOException {
        List<Finding> errors = errors(shape(name, p -> pec(p).put("roleDefinitionId", READER)));
        assertThat(errors).extracting(Finding::ruleId).containsExactly("pec-role-not-eligible");
        assertThat(errors.get(0).position().file()).endsWith(".parameters.json");
    }

    @Test
    void failsWhenThePecAccountIsOnlyEligible() throws IOException {
        Path folder = shape("eligible", p -> {
            ObjectNode pec = pec(p);
            authorizations(p).remove(2);
            ArrayNode eligible = (ArrayNode) p.at("/eligibleAuthorizations/value");
            ObjectNode jit = pec.deepCopy();
            jit.set(
                    "justInTimeAccessPolicy",
                    eligible.get(0).get("justInTimeAccessPolicy").deepCopy());
            eligible.add(jit);
        });
        assertThat(errors(folder))
                .extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("pec-account-only-eligible", "eligible-service-principal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"subscription", "resource-group", "multiple-rgs", "eligible", "marketplace"})
    void failsOnOwnerDataActionsAndUaaWithoutDelegatedRoles(String name) throws IOException {
        assertThat(errors(shape(
                        name,
                        p -> authorizations(p)
                                .addObject()
                                .put("principalId", ENG)
                                .put("principalIdDisplayName", "Eng")
                                .put("roleDefinitionId", "8e3af657-a8ff-443c-a75c-2fe8c4bcb635"))))
                .extracting(Finding::ruleId)
                .containsExactly("role-owner");
        assertThat(
                        errors(
                                shape(
                                        name + "-2",
                                        name,
                                        p -> authorizations(p)
                                                .addObject()
                                                .put("principalId", ENG)
                                                .put("principalIdDisplayName", "Eng")
                                                .put(
                                                        "roleDefinitionId",
                                                        "/providers/Microsoft.Authorization/roleDefinitions/92aaf0da-9dab-42b6-94a3-d43ce8d16293"))))
                .extracting(Finding::ruleId)
                .containsExactly("role-data-actions");
        assertThat(errors(shape(
                        name + "-3",
                        name,
                        p -> authorizations(p)
                                .addObject()
                                .put("principalId", ENG)
                                .put("principalIdDisplayName", "Eng")
                                .put("roleDefinitionId", "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"))))
                .extracting(Finding::ruleId)
                .containsExactly("uaa-without-delegated-roles");
    }

    @Test
    void findingsPointAtTheValueInTheParameterFile() throws IOException {
        Path folder = shape("subscription", p -> pec(p).put("roleDefinitionId", READER));
        Finding f = errors(folder).get(0);
        String text = Files.readString(folder.resolve("subscription.parameters.json"));
        int line = (int) text.substring(
                                0, text.indexOf(READER, text.indexOf(PEC) - 200 > 0 ? text.lastIndexOf(READER) : 0))
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
        assertThat(f.position().file()).isEqualTo("subscription/subscription.parameters.json");
        assertThat(f.position().line()).isEqualTo(line);
        assertThat(f.message()).contains("holds only 'Reader'");
    }

    @Test
    void aTrailingBraceIsAFindingWithPosition() throws IOException {
        Path folder = shape("subscription", p -> {});
        Path template = folder.resolve("subscription.json");
        Files.writeString(template, Files.readString(template) + "}\n");
        ValidateResult r = new Validator().run(request(folder));
        Finding f = r.findings().stream()
                .filter(x -> x.position().file().endsWith("subscription.json"))
                .findFirst()
                .orElseThrow();
        assertThat(f.ruleId()).isEqualTo("template-structure");
        assertThat(f.position().line())
                .isEqualTo((int) Files.readString(template).lines().count());
        assertThat(f.message()).startsWith("not valid JSON: ");
    }

    @Test
    void aResourceGroupScopeTemplateIsAStructureError() throws IOException {
        Path folder = shape("subscription", p -> {});
        Path template = folder.resolve("subscription.json");
        Files.writeString(
                template,
                Files.readString(template)
                        .replace(
                                "2018-05-01/subscriptionDeploymentTemplate.json#",
                                "2019-04-01/deploymentTemplate.json#"));
        Finding f = errors(folder).get(0);
        assertThat(f.ruleId()).isEqualTo("template-structure");
        assertThat(f.position().line()).isEqualTo(2);
        assertThat(f.message()).contains("resource-group deployment template").contains("subscription scope");
    }

    @Test
    void theNeverPublished2019SchemaWarnsAndIsCheckedAs2018() throws IOException {
        ValidateResult r = new Validator().run(request(shape("eligible", p -> {})));
        Finding f = r.findings().get(0);
        assertThat(f.ruleId()).isEqualTo("schema-unknown");
        assertThat(f.isError()).isFalse();
        assertThat(f.position().line()).isEqualTo(2);
        assertThat(f.message()).contains("2019-08-01/subscriptionDeploymentTemplate.json");
    }

    @Test
    void expressionsItCannotEvaluateAreReportedNeverPassedSilently() throws IOException {
        Path folder = shape("subscription", p -> {});
        Path template = folder.resolve("subscription.json");
        Files.writeString(
                template,
                Files.readString(template)
                        .replace(
                                "\"managedByTenantId\": \"[parameters('managedByTenantId')]\"",
                                "\"managedByTenantId\": \"[tenant().tenantId]\""));
        ValidateResult r = new Validator().run(request(folder));
        assertThat(r.findings()).extracting(Finding::ruleId).contains("expression-unresolved");
        assertThat(r.findings().stream()
                        .filter(f -> f.ruleId().equals("expression-unresolved"))
                        .findFirst()
                        .orElseThrow()
                        .message())
                .contains("[tenant().tenantId]");
    }

    @Test
    void aMissingParameterFileFallsBackToDefaultsAndSaysWhatItCouldNotCheck() throws IOException {
        Path folder = shape("subscription", p -> {});
        Files.delete(folder.resolve("subscription.parameters.json"));
        ValidateResult r = new Validator().run(request(folder));
        // parameters without defaults are known only at deployment: never a pass, never a failure
        assertThat(r.findings()).extracting(Finding::ruleId).containsOnly("expression-unresolved");
        assertThat(r.findings())
                .extracting(Finding::message)
                .anySatisfy(m -> assertThat(m)
                        .startsWith("authorizations [parameters('authorizations')] was not evaluated: ")
                        .endsWith(
                                "the PEC gate is not verified: the PEC Automation Account may be missing from what Azure"
                                        + " deploys"));
    }

    @Test
    void otherJsonFilesAreSkippedWithANoteAndAParameterFileBesideTheOnlyTemplatePairsWithIt() throws IOException {
        Path folder = shape("subscription", p -> {});
        Files.writeString(folder.resolve("package.json"), "{\"name\": \"x\"}", StandardCharsets.UTF_8);
        Files.writeString(
                folder.resolve("other.parameters.json"),
                "{\"$schema\": \"https://schema.management.azure.com/"
                        + "schemas/2015-01-01/deploymentParameters.json#\", \"parameters\": {}}",
                StandardCharsets.UTF_8);
        ValidateResult r = new Validator().run(request(folder));
        assertThat(r.templates())
                .extracting(TemplateResult::name, TemplateResult::skipNote)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "subscription/package.json", "not an ARM deployment template or parameter file"),
                        org.assertj.core.groups.Tuple.tuple(
                                "subscription/subscription.json with other.parameters.json", null),
                        org.assertj.core.groups.Tuple.tuple(
                                "subscription/subscription.json with subscription.parameters.json", null));
        // the empty parameter file leaves the template on its defaults: the PEC gate is not verified there
        assertThat(r.templates().get(1).findings()).extracting(Finding::ruleId).containsOnly("expression-unresolved");
        assertThat(r.templates().get(2).findings()).isEmpty();
    }

    @Test
    void pairingIsCaseInsensitive() throws IOException {
        Path folder = shape("subscription", p -> {});
        Files.move(folder.resolve("subscription.parameters.json"), folder.resolve("Subscription.Parameters.json"));
        ValidateResult r = new Validator().run(request(folder));
        assertThat(r.templates())
                .singleElement()
                .extracting(TemplateResult::parameters)
                .isEqualTo("subscription/Subscription.Parameters.json");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aFolderOfManyCustomersParameterFilesIsCheckedPairByPair() throws IOException {
        // more files than one folder task takes: the folder goes file by file, each pair still its own verdict
        Path folder = shape("many", "subscription", p -> {});
        Path parameters = folder.resolve("subscription.parameters.json");
        ObjectNode demoted = (ObjectNode) JSON.readTree(parameters.toFile());
        pec((ObjectNode) demoted.get("parameters")).put("roleDefinitionId", READER);
        for (int i = 0; i < 40; i++) {
            Files.copy(parameters, folder.resolve("subscription.customer" + i + ".parameters.json"));
        }
        Files.writeString(folder.resolve("subscription.customer17.parameters.json"), JSON.writeValueAsString(demoted));
        ValidateResult r = new Validator().run(request(folder));
        assertThat(r.templates()).hasSize(41);
        assertThat(r.templates())
                .filteredOn(TemplateResult::hasErrors)
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.parameters()).isEqualTo("many/subscription.customer17.parameters.json");
                    assertThat(t.findings()).extracting(Finding::ruleId).containsExactly("pec-role-not-eligible");
                });
    }

    @Test
    void aFolderAtATimeGivesTheVerdictsOfFileByFile() throws IOException {
        // each small folder is read once by one task; explicit pairings send every file through classification
        // first: the two ways must agree on every unit, note and finding
        for (String name : List.of("subscription", "resource-group", "eligible", "marketplace")) {
            shape(name, p -> {});
        }
        shape("demoted", "multiple-rgs", p -> pec(p).put("roleDefinitionId", READER));
        Path odd = Files.createDirectories(dir.resolve("odd"));
        Files.writeString(odd.resolve("package.json"), "{\"name\": \"x\"}", StandardCharsets.UTF_8);
        Files.writeString(odd.resolve("broken.json"), "{\"$schema\": ", StandardCharsets.UTF_8);
        Files.writeString(odd.resolve("empty.json"), "", StandardCharsets.UTF_8);
        Files.copy(
                TEMPLATES.resolve("subscription/subscription.parameters.json"), odd.resolve("orphan.parameters.json"));
        Path misnamed = Files.createDirectories(dir.resolve("misnamed"));
        Files.copy( // a template by its $schema, whatever its name says
                TEMPLATES.resolve("subscription/subscription.json"), misnamed.resolve("offer.parameters.json"));
        ValidateResult byFolder = new Validator().run(request(dir));
        ValidateRequest plain = request(dir);
        ValidateRequest fileByFile = new ValidateRequest(
                plain.directories(),
                plain.includes(),
                plain.excludes(),
                List.of(new Pairing.Explicit(
                        "nowhere.json=none/*.json",
                        dir.resolve("nowhere.json"),
                        dir.resolve("none"),
                        TemplateFiles.matcher("*.json"))),
                plain.basedir(),
                plain.customers(),
                plain.pecPrincipalId(),
                plain.catalog(),
                plain.rules(),
                plain.today(),
                plain.catalogMaxAgeDays());
        ValidateResult oneByOne = new Validator().run(fileByFile);
        assertThat(byFolder.templates()).hasSizeGreaterThan(8);
        assertThat(byFolder.findings()).extracting(Finding::ruleId).contains("pec-role-not-eligible");
        assertThat(byFolder.templates()).extracting(TemplateResult::name).contains("misnamed/offer.parameters.json");
        assertThat(byFolder.templates()).isEqualTo(oneByOne.templates());
    }
}
