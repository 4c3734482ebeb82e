package io.github.azlighthouse.arm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.azlighthouse.Expected;
import io.github.azlighthouse.check.TemplateCheck;
import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.customers.CustomerListReader;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.DelegationPlanner;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleContext;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.SourceDocument;
import io.github.azlighthouse.source.SourceParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The management-group template: a deployIfNotExists policy whose deployment is the offer's subscription
 * delegation, its assignment with an identity, and Owner for that identity. Read back through the same
 * template reader and rules as every other template, with the PEC gate checked on the embedded delegation.
 */
class PolicyTemplateBuilderTest {

    static final Path MSP = Expected.BASEDIR.resolve("src/test/resources/msp/customers.yaml");
    static final String PEC = "3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f";

    final SourceParser parser = new SourceParser();
    final PolicyTemplateBuilder builder = new PolicyTemplateBuilder();
    final ArmJson json = new ArmJson();

    static CustomerList list(Path file) throws IOException {
        CustomerListReader.Result r = new CustomerListReader(new SourceParser()).read(file, "customers.yaml");
        assertThat(r.findings()).isEmpty();
        return r.list();
    }

    /** Northwind's delegation of 'standard' through management group northwind-prod. */
    static Delegation northwind(CustomerList list) {
        return new DelegationPlanner(RoleCatalog.bundled())
                .planManagementGroups(list, list.customers().get(1))
                .get(0)
                .get(0);
    }

    @Test
    void thePolicyDeploysTheOffersSubscriptionDelegationAndItsIdentityGetsOwner() throws IOException {
        Delegation d = northwind(list(MSP));
        assertThat(d.viaManagementGroup()).isTrue();
        assertThat(d.subject().describe())
                .isEqualTo("customer 'northwind', management group 'northwind-prod', offer 'standard'");
        ObjectNode t = builder.template(d, "westeurope");
        assertThat(t.path("$schema").asText()).isEqualTo(PolicyTemplateBuilder.TEMPLATE_SCHEMA);
        assertThat(t.path("resources"))
                .extracting(r -> r.path("type").asText())
                .containsExactly(
                        "Microsoft.Authorization/policyDefinitions",
                        "Microsoft.Authorization/policyAssignments",
                        "Microsoft.Authorization/roleAssignments");
        JsonNode policy = t.at("/resources/0/properties");
        assertThat(policy.has("parameters"))
                .as("no policy parameters: nothing for Microsoft's schema to refuse")
                .isFalse();
        assertThat(policy.at("/policyRule/if").toString())
                .isEqualTo("{\"field\":\"type\",\"equals\":\"Microsoft.Resources/subscriptions\"}");
        JsonNode details = policy.at("/policyRule/then/details");
        assertThat(policy.at("/policyRule/then/effect").asText()).isEqualTo("deployIfNotExists");
        assertThat(details.path("type").asText()).isEqualTo("Microsoft.ManagedServices/registrationDefinitions");
        assertThat(details.path("roleDefinitionIds").toString())
                .isEqualTo(
                        "[\"/providers/Microsoft.Authorization/roleDefinitions/" + PolicyTemplateBuilder.OWNER + "\"]");
        assertThat(details.at("/existenceCondition/allOf/1/equals").asText())
                .isEqualTo("[parameters('managedByTenantId')]");
        assertThat(details.at("/existenceCondition/allOf/2/equals").asText()).isEqualTo("[parameters('mspOfferName')]");
        JsonNode embedded = details.at("/deployment/properties/template");
        assertThat(embedded.path("$schema").asText()).isEqualTo(TemplateBuilder.TEMPLATE_SCHEMA);
        assertThat(embedded.at("/variables/mspRegistrationName").asText()).isEqualTo(TemplateBuilder.definitionName(d));
        assertThat(embedded.at("/resources/0/properties/authorizations").asText())
                .isEqualTo("[[parameters('authorizations')]");
        assertThat(details.at("/deployment/properties/parameters/authorizations/value")
                        .asText())
                .isEqualTo("[parameters('authorizations')]");
        JsonNode assignment = t.at("/resources/1");
        assertThat(assignment.at("/identity/type").asText()).isEqualTo("SystemAssigned");
        assertThat(assignment.path("location").asText()).isEqualTo("westeurope");
        assertThat(assignment.at("/properties").has("parameters")).isFalse();
        JsonNode role = t.at("/resources/2/properties");
        assertThat(role.path("roleDefinitionId").asText()).endsWith("/" + PolicyTemplateBuilder.OWNER);
        assertThat(role.path("principalId").asText()).startsWith("[reference(managementGroupResourceId(");
        assertThat(role.path("principalType").asText()).isEqualTo("ServicePrincipal");
        assertThat(builder.parameters(d).path("$schema").asText()).isEqualTo(PolicyTemplateBuilder.PARAMETERS_SCHEMA);
    }

    TemplateCheck.Result check(Delegation d, ObjectNode template, ObjectNode parameters) {
        SourceDocument t = SourceDocument.deferred("mg.json", template, json.write(template), parser);
        SourceDocument p = SourceDocument.deferred("mg.parameters.json", parameters, json.write(parameters), parser);
        return new TemplateCheck(new TemplateSchemas())
                .check(
                        t,
                        p,
                        new TemplateReader.Context(
                                PEC, "northwind", d.customerTenantId().value(), null, "northwind-prod"),
                        RuleSet.defaults(),
                        new RuleContext(RoleCatalog.bundled(), LocalDate.of(2026, 11, 24), 180),
                        true);
    }

    @Test
    void theTemplateReaderFindsTheEmbeddedDelegationAsPlanned() throws IOException {
        Delegation d = northwind(list(MSP));
        TemplateCheck.Result r = check(d, builder.template(d, "westeurope"), builder.parameters(d));
        assertThat(r.findings()).isEmpty();
        assertThat(r.delegations()).singleElement().satisfies(read -> {
            assertThat(read.viaManagementGroup()).isTrue();
            assertThat(read.managementGroupId().value()).isEqualTo("northwind-prod");
            assertThat(read.offerName().value()).isEqualTo(d.offerName().value());
            assertThat(read.managingTenantId().value())
                    .isEqualTo(d.managingTenantId().value());
            assertThat(read.authorizations())
                    .extracting(a ->
                            a.principalId().value() + " " + a.roleDefinitionId().value())
                    .containsExactlyElementsOf(d.authorizations().stream()
                            .map(a -> a.principalId().value() + " "
                                    + a.roleDefinitionId().value())
                            .toList())
                    .contains(PEC + " b24988ac-6180-42a0-ab88-20f7382dd24c");
            assertThat(read.eligibleAuthorizations())
                    .extracting(e -> e.principalId().value())
                    .containsExactly("6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e");
            // values are found in the parameter file, at their place
            assertThat(read.authorizations().get(0).principalId().at().file()).isEqualTo("mg.parameters.json");
        });
    }

    /** The PEC gate above all: an embedded delegation whose PEC account holds Reader is refused, at its place. */
    @Test
    void thePecGateIsCheckedOnTheEmbeddedDelegation(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("customers.yaml");
        Files.writeString(file, Files.readString(MSP).replace("  role: Contributor\n", "  role: Reader\n"));
        Delegation d = northwind(list(file));
        ObjectNode parameters = builder.parameters(d);
        TemplateCheck.Result r = check(d, builder.template(d, "westeurope"), parameters);
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("pec-role-not-eligible");
        Finding f = r.findings().get(0);
        assertThat(f.position().file()).isEqualTo("mg.parameters.json");
        assertThat(f.fullMessage())
                .startsWith("customer 'northwind', management group 'northwind-prod', offer"
                        + " 'Contoso Managed Services': the PEC Automation Account holds only 'Reader'");
    }

    @Test
    void namesAreStableAcrossRunsAndDistinctPerOfferAndGroup(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("customers.yaml");
        Files.writeString(
                file,
                Files.readString(MSP)
                        .replace(
                                "offers: [standard]\n    principals:\n      dedicated: { principalId: 6b7c",
                                "offers: [standard, backup]\n    principals:\n      dedicated: { principalId: 6b7c")
                        .replace(
                                "managementGroups: [northwind-prod]",
                                "managementGroups: [northwind-prod, northwind-dev]"));
        List<String> names = new ArrayList<>();
        byte[] first = null;
        for (int run = 0; run < 2; run++) {
            CustomerList list = list(file);
            List<List<Delegation>> groups = new DelegationPlanner(RoleCatalog.bundled())
                    .planManagementGroups(list, list.customers().get(1));
            assertThat(groups).hasSize(2);
            names.clear();
            StringBuilder all = new StringBuilder();
            for (List<Delegation> group : groups) {
                for (Delegation d : group) {
                    names.add(PolicyTemplateBuilder.policyDefinitionName(d));
                    names.add(PolicyTemplateBuilder.policyAssignmentName(d));
                    names.add(PolicyTemplateBuilder.roleAssignmentName(d));
                    assertThat(PolicyTemplateBuilder.policyAssignmentName(d)).hasSizeLessThanOrEqualTo(24);
                    all.append(new String(
                            json.write(builder.template(d, "westeurope")), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            byte[] bytes = all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (first == null) {
                first = bytes;
            } else {
                assertThat(bytes).as("the same list gives the same templates").isEqualTo(first);
            }
        }
        Set<String> distinct = new HashSet<>(names);
        assertThat(distinct).as("2 groups x 2 offers x 3 names").hasSize(12);
        // the embedded definition's name: per managing tenant, customer tenant and offer, never a subscription
        // template's
        CustomerList list = list(file);
        DelegationPlanner planner = new DelegationPlanner(RoleCatalog.bundled());
        List<List<Delegation>> groups =
                planner.planManagementGroups(list, list.customers().get(1));
        assertThat(TemplateBuilder.definitionName(groups.get(0).get(0)))
                .isEqualTo(TemplateBuilder.definitionName(groups.get(1).get(0)))
                .isNotEqualTo(TemplateBuilder.definitionName(groups.get(0).get(1)))
                .isNotEqualTo(TemplateBuilder.definitionName(
                        planner.plan(list, list.customers().get(1)).get(0).get(0)));
        assertThat(groups.get(0).get(0).managementGroupId())
                .extracting(Located::value)
                .isEqualTo("northwind-prod");
    }
}
