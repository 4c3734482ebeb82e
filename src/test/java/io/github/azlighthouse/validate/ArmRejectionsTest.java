package io.github.azlighthouse.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What ARM rejects at deploy time, validate rejects with a rule id and the place; likely mistakes
 * ARM accepts are warnings; one odd file never stops the others.
 */
class ArmRejectionsTest {

    static final Path FIXTURES = FidelityTest.FIXTURES;
    static final String PEC = FidelityTest.PEC;
    static final String MANAGING = "6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181";

    @TempDir
    Path dir;

    Path perCustomer() throws IOException {
        Path target = dir.resolve("offers");
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(FIXTURES.resolve("per-customer"))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    ValidateResult validate(Path folder, CustomerIndex customers) throws IOException {
        return new Validator()
                .run(new ValidateRequest(
                        List.of(folder),
                        List.of("**/*.json"),
                        List.of(),
                        dir,
                        customers,
                        PEC,
                        RoleCatalog.bundled(),
                        RuleSet.defaults(),
                        LocalDate.of(2026, 11, 24),
                        180));
    }

    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void aParameterTheTemplateDoesNotDeclareIsRejectedAtItsKey() throws IOException {
        Path folder = perCustomer();
        edit(
                folder.resolve("offer.contoso.parameters.json"),
                "\"mspOfferName\"",
                "\"location\": { \"value\": \"westeurope\" },\n        \"mspOfferName\"");
        ValidateResult r = validate(folder, null);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("parameter-mismatch");
            assertThat(f.isError()).isTrue();
            assertThat(f.position().file()).isEqualTo("offers/offer.contoso.parameters.json");
            assertThat(f.position().line()).isEqualTo(5);
            assertThat(f.message()).contains("location").contains("not present in the original template");
        });
        assertThat(r.templates())
                .filteredOn(TemplateResult::hasErrors)
                .extracting(TemplateResult::name)
                .containsExactly("offers/offer.json with offer.contoso.parameters.json");
    }

    @Test
    void aValueOfTheWrongTypeIsRejected() throws IOException {
        Path folder = perCustomer();
        edit(
                folder.resolve("offer.fabrikam.parameters.json"),
                "\"value\": \"Contoso Managed Services\"",
                "\"value\": [\"Contoso Managed Services\"]");
        ValidateResult r = validate(folder, null);
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("parameter-mismatch");
        assertThat(r.findings())
                .filteredOn(f -> f.ruleId().equals("parameter-mismatch"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("mspOfferName").containsIgnoringCase("string"));
    }

    @Test
    void placeholdersLeftInAreGuidFormatErrors() throws IOException {
        Path folder = perCustomer();
        edit(folder.resolve("offer.woodgrove.parameters.json"), MANAGING, "<insert managing tenant id>");
        ValidateResult r = validate(folder, null);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("guid-format");
            assertThat(f.message()).contains("'<insert managing tenant id>' is a placeholder left in");
            assertThat(f.position().file()).isEqualTo("offers/offer.woodgrove.parameters.json");
        });
    }

    @Test
    void aRoleGuidUsedAsPrincipalIsSuspicious() throws IOException {
        Path folder = perCustomer();
        edit(
                folder.resolve("offer.woodgrove.parameters.json"),
                "\"principalId\": \"0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e\"",
                "\"principalId\": \"acdd72a7-3385-48ef-bd42-f606fba81ae7\"");
        ValidateResult r = validate(folder, null);
        assertThat(r.findings()).extracting(Finding::ruleId).containsOnly("principal-suspicious");
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.isError()).isFalse());
    }

    @Test
    void aTemplateForAnotherManagingTenantThanTheListIsAnError() throws IOException {
        Path folder = perCustomer();
        CustomerIndex list = new CustomerIndex(PEC, "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", Map.of());
        ValidateResult r = validate(folder, list);
        assertThat(r.findings()).extracting(Finding::ruleId).containsOnly("tenant-mismatch");
        assertThat(r.failed()).isEqualTo(3);
    }

    @Test
    void oneOddFileNeverStopsTheOthers() throws IOException {
        perCustomer();
        Path odd = dir.resolve("odd");
        Files.createDirectories(odd);
        Files.writeString(
                odd.resolve("resources-not-a-list.json"),
                "{\"$schema\": \"https://schema.management.azure.com/"
                        + "schemas/2018-05-01/subscriptionDeploymentTemplate.json#\", \"resources\": \"Microsoft.ManagedServices/x\","
                        + " \"variables\": 5, \"parameters\": [1]}");
        Files.writeString(odd.resolve("deep.json"), "{\"resources\": " + "[".repeat(200) + "]".repeat(200) + "}");
        Files.write(odd.resolve("latin1.json"), new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xE9, '"', '}'});
        ValidateResult r = validate(dir, null);
        assertThat(r.templates())
                .filteredOn(t -> t.name().startsWith("offers/"))
                .hasSize(3)
                .allSatisfy(t -> assertThat(t.findings()).as(t.name()).isEmpty());
        assertThat(r.templates())
                .filteredOn(t -> t.name().startsWith("odd/deep"))
                .singleElement()
                .satisfies(t ->
                        assertThat(t.findings()).extracting(Finding::ruleId).containsExactly("template-structure"));
        assertThat(r.templates())
                .filteredOn(t -> t.name().startsWith("odd/latin1"))
                .singleElement()
                .satisfies(t -> assertThat(t.findings())
                        .extracting(Finding::message)
                        .singleElement()
                        .asString()
                        .startsWith("not valid JSON: "));
    }

    @Test
    void anUnpairedLighthouseParameterFileIsAnErrorAndAnyOtherANote() throws IOException {
        Path folder = perCustomer();
        Path lone = dir.resolve("lone");
        Files.createDirectories(lone);
        Files.copy(folder.resolve("offer.contoso.parameters.json"), lone.resolve("contoso.parameters.json"));
        Files.writeString(
                lone.resolve("storage.parameters.json"),
                "{\"$schema\": \"https://schema.management.azure.com/"
                        + "schemas/2019-04-01/deploymentParameters.json#\", \"parameters\": {\"sku\": {\"value\": \"LRS\"}}}");
        ValidateResult r = validate(lone, null);
        assertThat(r.templates())
                .extracting(TemplateResult::name, TemplateResult::skipNote)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("lone/contoso.parameters.json", null),
                        org.assertj.core.groups.Tuple.tuple(
                                "lone/storage.parameters.json",
                                "a parameter file that pairs with no"
                                        + " template (there is no template in its folder) and names no Lighthouse parameter"));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("parameters-unpaired");
            assertThat(f.position().line()).isEqualTo(4);
            assertThat(f.message())
                    .contains("<pairings><pairing>template.json=contoso.parameters.json</pairing></pairings>");
        });
    }
}
