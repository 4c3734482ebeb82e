package io.github.azlighthouse.arm.expression;

import static io.github.azlighthouse.arm.expression.Fixtures.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.findings.FindingSink;
import io.github.azlighthouse.findings.Subject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Templates in the shapes of Microsoft's Lighthouse samples (our own files under src/test/resources/expression). */
class SamplesTest {

    private static final String DEFINITIONS = "Microsoft.ManagedServices/registrationDefinitions";

    private static TemplateScope load(String template, String parameters, DeploymentContext context, FindingSink sink) {
        return TemplateScope.of(
                Fixtures.resource(template),
                parameters == null ? null : Fixtures.resource(parameters),
                context,
                sink,
                Subject.NONE);
    }

    @Test
    void multiResourceGroupSampleExpandsBothCopyLoopsAndLinksAssignmentsToDefinitions() {
        FindingSink sink = Fixtures.sink();
        TemplateScope scope = load("multi-rg.json", "multi-rg.parameters.json", DeploymentContext.NONE, sink);
        assertThat(sink.findings()).isEmpty();
        List<ResourceInstance> resources = scope.resources();
        assertThat(resources)
                .extracting(ResourceInstance::type)
                .containsExactly(DEFINITIONS, DEFINITIONS, ResourceInstance.DEPLOYMENTS, ResourceInstance.DEPLOYMENTS);

        ResourceInstance def1 = resources.get(1);
        assertThat(def1.copyIndex().asLong()).isEqualTo(1L);
        assertThat(def1.member("name").asText()).isEqualTo(Guid.of(List.of("rg-data")));
        Value auths = def1.member("properties").get("authorizations");
        assertThat(auths.size()).isEqualTo(2);
        assertThat(auths.get(1).get("principalId").asText()).isEqualTo("10000000-0000-0000-0000-000000000002");
        assertThat(auths.get(1).get("principalId").at().file()).isEqualTo("multi-rg.parameters.json");

        ResourceInstance deployment = resources.get(3);
        assertThat(deployment.member("name").asText()).isEqualTo("rgAssignment1");
        assertThat(deployment.targetResourceGroup().asText()).isEqualTo("rg-data");
        TemplateScope inner = deployment.nested();
        assertThat(inner.mode()).isEqualTo(TemplateScope.Mode.OUTER);
        assertThat(inner.targetResourceGroup().asText()).isEqualTo("rg-data");
        assertThat(inner.targetSubscription()).as("same subscription").isNull();
        assertThat(scope.targetResourceGroup()).isNull();
        ResourceInstance assignment = inner.resources().get(0);
        assertThat(assignment.member("name").asText())
                .as("outer copyIndex() seen inside")
                .isEqualTo(def1.member("name").asText());

        Value definitionId = assignment.member("properties").get("registrationDefinitionId");
        assertThat(definitionId.isUnknown()).as("no subscription given").isTrue();
        assertThat(definitionId.sameValueAs(scope.resourceIdOf(def1), false)).isTrue();
        assertThat(definitionId.sameValueAs(scope.resourceIdOf(resources.get(0)), false))
                .isNull();
        assertThat(scope.resourceIdOf(assignment).symbol())
                .as("the assignment itself lives in the resource group")
                .contains("/resourceGroups/rg-data/providers/Microsoft.ManagedServices/registrationAssignments/");
    }

    @Test
    void multiResourceGroupSampleWithKnownSubscriptionGivesKnownIds() {
        TemplateScope scope =
                load("multi-rg.json", "multi-rg.parameters.json", new DeploymentContext(SUB, null), Fixtures.sink());
        ResourceInstance def0 = scope.resources().get(0);
        ResourceInstance assignment =
                scope.resources().get(2).nested().resources().get(0);
        Value id = assignment.member("properties").get("registrationDefinitionId");
        assertThat(id.asText())
                .isEqualTo("/subscriptions/" + SUB + "/providers/" + DEFINITIONS + "/" + Guid.of(List.of("rg-app")));
        assertThat(scope.resourceIdOf(def0).asText()).isEqualTo(id.asText());
        assertThat(scope.resourceIdOf(assignment).asText())
                .isEqualTo("/subscriptions/" + SUB
                        + "/resourceGroups/rg-app/providers/Microsoft.ManagedServices/registrationAssignments/"
                        + Guid.of(List.of("rg-app")));
    }

    @Test
    void withoutParameterFileTheCopyCountIsUnknownAndOneFlaggedInstanceStandsForAll() {
        TemplateScope scope = load("multi-rg.json", null, DeploymentContext.NONE, Fixtures.sink());
        List<ResourceInstance> resources = scope.resources();
        assertThat(resources).hasSize(2);
        ResourceInstance def = resources.get(0);
        assertThat(def.copyUnknown()).isTrue();
        assertThat(def.copyIndex().isUnknown()).isTrue();
        assertThat(def.copyIndex().reason())
                .contains("copy count of loop 'deploymentCopy' is not known")
                .contains("parameter 'resourceGroups' has no value");
        assertThat(def.member("name").isUnknown()).isTrue();
        assertThat(def.member("properties").get("managedByTenantId").reason())
                .isEqualTo("parameter 'managedByTenantId' has no value: no parameter file value and no defaultValue");
    }

    @Test
    void marketplaceSamplePlanFollowsTheOfferSwitch() {
        String withPlan =
                "{\"parameters\": {\"mspOfferName\": {\"value\": \"Contoso\"}, \"managedByTenantId\": {\"value\": \"t\"},"
                        + " \"authorizations\": {\"value\": []}, \"marketplacePublisherId\": {\"value\": \"contoso\"},"
                        + " \"marketplaceOfferId\": {\"value\": \"offer\"}, \"marketplacePlanId\": {\"value\": \"plan\"},"
                        + " \"marketplacePlanVersion\": {\"value\": \"1.0.0\"}}}";
        TemplateScope yes = TemplateScope.of(
                Fixtures.resource("marketplace.json"),
                Fixtures.doc("p.json", withPlan),
                DeploymentContext.NONE,
                Fixtures.sink(),
                Subject.NONE);
        ResourceInstance def = yes.resources().get(0);
        Value plan = def.member("plan");
        assertThat(plan.toJson().toString())
                .isEqualTo("{\"name\":\"plan\",\"product\":\"offer\",\"publisher\":\"contoso\",\"version\":\"1.0.0\"}");
        assertThat(plan.at().toString()).as("the variable's place").isEqualTo("marketplace.json:17:24");
        assertThat(plan.get("publisher").at().file()).isEqualTo("p.json");

        TemplateScope no = TemplateScope.of(
                Fixtures.resource("marketplace.json"),
                Fixtures.doc(
                        "p.json",
                        withPlan.replace(
                                "\"marketplacePlanVersion\"",
                                "\"marketplaceOffer\": {\"value\": \"No\"}," + " \"marketplacePlanVersion\"")),
                DeploymentContext.NONE,
                Fixtures.sink(),
                Subject.NONE);
        assertThat(no.resources().get(0).member("plan").isNull()).isTrue();

        Value assignmentRef = yes.resources().get(1).member("properties").get("registrationDefinitionId");
        assertThat(assignmentRef.sameValueAs(yes.resourceIdOf(def), false)).isTrue();
    }

    @Test
    void authorizationsFromAVariableLoopAndAPropertyLoop() {
        TemplateScope scope = load("auths-loop.json", null, DeploymentContext.NONE, Fixtures.sink());
        Value auths = scope.resources().get(0).member("properties").get("authorizations");
        assertThat(auths.isArray()).isTrue();
        assertThat(auths.size()).isEqualTo(3);
        assertThat(auths.get(0).get("principalId").asText()).isEqualTo("20000000-0000-0000-0000-000000000001");
        assertThat(auths.get(1).get("principalIdDisplayName").asText()).isEqualTo("Auditors");
        Value pec = auths.get(2);
        assertThat(pec.get("roleDefinitionId").asText()).isEqualTo("b24988ac-6180-42a0-ab88-20f7382dd24c");
        assertThat(pec.get("principalId").isUnknown())
                .as("required parameter without a value")
                .isTrue();
        assertThat(auths.get(0).isFullyKnown())
                .as("an unknown sibling does not poison the others")
                .isTrue();
        assertThat(scope.variable("auths").get(1).get("principalId").at().toString())
                .as("the default value of the parameter")
                .isEqualTo("auths-loop.json:9:17");
    }

    @Test
    void languageVersion2SymbolicResourcesWithConditionAndExisting() {
        TemplateScope scope = load("symbolic.json", null, DeploymentContext.NONE, Fixtures.sink());
        List<ResourceInstance> resources = scope.resources();
        assertThat(resources)
                .extracting(ResourceInstance::symbolicName)
                .containsExactly("existingGroup", "definition", "planned", "assignment");
        assertThat(resources.get(0).existing()).isTrue();
        assertThat(resources.get(0).deployed()).isFalse();
        assertThat(resources.get(1).deployed()).isTrue();
        assertThat(resources.get(1).condition()).isNull();
        assertThat(resources.get(2).deployed()).as("condition false").isFalse();
        assertThat(resources.get(2).conditionUnknown()).isFalse();
        ResourceInstance assignment = resources.get(3);
        assertThat(assignment.deployed()).isTrue();
        assertThat(assignment.conditionUnknown()).isTrue();
        assertThat(assignment
                        .member("properties")
                        .get("registrationDefinitionId")
                        .sameValueAs(scope.resourceIdOf(resources.get(1)), false))
                .isTrue();

        TemplateScope known = load("symbolic.json", null, new DeploymentContext(SUB, null), Fixtures.sink());
        assertThat(known.resources().get(3).conditionUnknown()).isFalse();
        assertThat(known.resources().get(3).deployed()).isTrue();
    }
}
