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

    static final Path TEMPLATES = Path.of(System.getProperty("lighthouse.basedir", "."))
            .resolve("src/test/resources/templates");
    final SourceParser parser = new SourceParser();
    final TemplateReader reader = new TemplateReader(new TemplateSchemas());
    final TemplateReader.Context context = new TemplateReader.Context("3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f", null, null, null);

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
        assertThat(d.authorizations().get(2).principalType()).as("the PEC account is a service principal")
                .isEqualTo("ServicePrincipal");
        assertThat(d.resourceGroups()).isEmpty();
        assertThat(d.apiVersion().value()).isEqualTo("2022-10-01");
    }

    @Test
    void eligibleAuthorizationsAndApproversAreRead() throws Exception {
        Delegation d = read("eligible/subscription-managing-tenant-approvers.json",
                "eligible/subscription-managing-tenant-approvers.parameters.json");
        assertThat(d.eligibleAuthorizations()).singleElement().satisfies(e -> {
            assertThat(e.multiFactorAuthProvider().value()).isEqualTo("Azure");
            assertThat(e.maximumActivationDuration().value()).isEqualTo("PT8H");
            assertThat(e.approvers()).extracting(a -> a.displayName().value()).containsExactly("PIM Approvers");
        });
    }
}
