package io.github.azlighthouse.arm;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.SourceDocument;
import io.github.azlighthouse.source.SourceParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TemplateReaderTest {

    static final Path TEMPLATES =
            Path.of(System.getProperty("lighthouse.basedir", ".")).resolve("src/test/resources/templates");
    final SourceParser parser = new SourceParser();
    final TemplateReader reader = new TemplateReader(new TemplateSchemas());
    final TemplateReader.Context context =
            new TemplateReader.Context("3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f", null, null, null);

    Delegation read(String template, String parameters) throws Exception {
        SourceDocument t = parser.parse(TEMPLATES.resolve(template), template);
        SourceDocument p = parser.parse(TEMPLATES.resolve(parameters), parameters);
        TemplateReader.Read read = reader.read(t, p, context, RuleSet.defaults());
        assertThat(read.findings()).allMatch(f -> f.ruleId().equals("schema-unknown"));
        assertThat(read.delegations()).hasSize(1);
        return read.delegations().get(0);
    }

    @Test
    void copyLoopOverAParameterArrayGivesEveryResourceGroup() throws Exception {
        Delegation d = read("multiple-rgs/multipleRgs.json", "multiple-rgs/multipleRgs.parameters.json");
        assertThat(d.resourceGroups()).extracting(Located::value).containsExactly("rg-web", "rg-data", "rg-ops");
        assertThat(d.resourceGroups().get(0).at().file()).isEqualTo("multiple-rgs/multipleRgs.parameters.json");
    }

    @Test
    void aSingleNestedDeploymentGivesItsResourceGroup() throws Exception {
        Delegation d = read("resource-group/rg.json", "resource-group/rg.parameters.json");
        assertThat(d.resourceGroups()).extracting(Located::value).containsExactly("rg-web");
    }

    @Test
    void valuesComeFromTheParameterFileWithTheirPositions() throws Exception {
        Delegation d = read("subscription/subscription.json", "subscription/subscription.parameters.json");
        assertThat(d.offerName().value()).isEqualTo("Contoso Managed Services");
        assertThat(d.offerName().at().toString()).isEqualTo("subscription/subscription.parameters.json:6:22");
        assertThat(d.authorizations()).hasSize(3);
        assertThat(d.authorizations().get(2).principalType())
                .as("the PEC account is a service principal")
                .isEqualTo("ServicePrincipal");
        assertThat(d.resourceGroups()).isEmpty();
        assertThat(d.apiVersion().value()).isEqualTo("2022-10-01");
    }

    @Test
    void eligibleAuthorizationsAndApproversAreRead() throws Exception {
        Delegation d = read(
                "eligible/subscription-managing-tenant-approvers.json",
                "eligible/subscription-managing-tenant-approvers.parameters.json");
        assertThat(d.eligibleAuthorizations()).singleElement().satisfies(e -> {
            assertThat(e.multiFactorAuthProvider().value()).isEqualTo("Azure");
            assertThat(e.maximumActivationDuration().value()).isEqualTo("PT8H");
            assertThat(e.approvers()).extracting(a -> a.displayName().value()).containsExactly("PIM Approvers");
        });
    }

    static final Path FIDELITY =
            Path.of(System.getProperty("lighthouse.basedir", ".")).resolve("src/test/resources/fidelity");

    TemplateReader.Read fidelity(String template, String parameters) throws Exception {
        SourceDocument t = parser.parse(FIDELITY.resolve(template), template);
        SourceDocument p = parameters == null ? null : parser.parse(FIDELITY.resolve(parameters), parameters);
        return reader.read(t, p, context, RuleSet.defaults());
    }

    @Test
    void aCopyLoopOnTheDefinitionGivesOneDelegationPerResourceGroup() throws Exception {
        TemplateReader.Read read = fidelity("multi-rg-copy/multi-rg.json", "multi-rg-copy/multi-rg.parameters.json");
        assertThat(read.findings()).isEmpty();
        assertThat(read.delegations())
                .extracting(d -> d.resourceGroups().stream().map(Located::value).toList())
                .containsExactly(java.util.List.of("rg-web"), java.util.List.of("rg-data"));
        assertThat(read.delegations().get(1).resourceGroups().get(0).at().toString())
                .isEqualTo("multi-rg-copy/multi-rg.parameters.json:15:76");
    }

    @Test
    void valuesFromVariablesPointAtTheVariable() throws Exception {
        TemplateReader.Read read = fidelity("variables-inline/subscription.json", null);
        Delegation d = read.delegations().get(0);
        assertThat(d.authorizations())
                .extracting(a -> a.roleDefinitionId().value())
                .containsExactly(
                        "acdd72a7-3385-48ef-bd42-f606fba81ae7",
                        "91c1777a-f3dc-4fae-b103-61d183457e46",
                        "b24988ac-6180-42a0-ab88-20f7382dd24c");
        // the PEC account's principalId is written in the variables section
        assertThat(d.authorizations().get(2).principalId().at().toString())
                .isEqualTo("variables-inline/subscription.json:11:28");
        assertThat(d.description().value()).isEqualTo("Operations for Contoso Managed Services");
    }

    @Test
    void aPolicyDelegationIsCheckedWithPositionsInTheManagementGroupParameterFile() throws Exception {
        TemplateReader.Read read = fidelity(
                "mg-policy/delegate-management-group.json", "mg-policy/delegate-management-group.parameters.json");
        assertThat(read.findings()).isEmpty();
        Delegation d = read.delegations().get(0);
        assertThat(d.offerName().value()).isEqualTo("Contoso Managed Services");
        assertThat(d.authorizations()).hasSize(3);
        assertThat(d.authorizations().get(2).roleDefinitionId().at().toString())
                .isEqualTo("mg-policy/delegate-management-group.parameters.json:12:146");
    }

    @Test
    void aLanguageVersion2TemplateIsReadWithItsConditionsAndSymbolicNames() throws Exception {
        TemplateReader.Read read = fidelity("bicep-v2/main.json", "bicep-v2/main.parameters.json");
        assertThat(read.findings()).isEmpty();
        assertThat(read.delegations()).singleElement().satisfies(d -> {
            assertThat(d.offerName().value()).isEqualTo("Contoso Managed Services");
            assertThat(d.resourceGroups()).isEmpty();
        });
    }

    @Test
    void aDefinitionOnlyTemplateIsNotAStructureError() throws Exception {
        TemplateReader.Read read = fidelity("definition-only/definition.json", null);
        assertThat(read.findings()).isEmpty();
        assertThat(read.delegations()).hasSize(1);
    }
}
