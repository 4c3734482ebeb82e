package io.github.azlighthouse.arm.expression;

import static io.github.azlighthouse.arm.expression.Fixtures.SUB;
import static io.github.azlighthouse.arm.expression.Fixtures.TENANT;
import static io.github.azlighthouse.arm.expression.Fixtures.eval;
import static io.github.azlighthouse.arm.expression.Fixtures.evalKnown;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScopeFunctionsTest {

    private static final String DEFINITIONS = "Microsoft.ManagedServices/registrationDefinitions";

    @Test
    void subscriptionWithKnownTarget() {
        Value s = evalKnown("[subscription()]");
        assertThat(s.get("subscriptionId").asText()).isEqualTo(SUB);
        assertThat(s.get("id").asText()).isEqualTo("/subscriptions/" + SUB);
        assertThat(s.get("tenantId").asText()).isEqualTo(TENANT);
        assertThat(s.get("displayName").isUnknown()).isTrue();
        assertThat(s.get("somethingElse").isUnknown())
                .as("open object: not invalid")
                .isTrue();
        assertThat(evalKnown("[tenant().tenantId]").asText()).isEqualTo(TENANT);
        assertThat(evalKnown("[length(subscription())]").isUnknown())
                .as("more properties at deployment")
                .isTrue();
        assertThat(evalKnown("[empty(subscription())]").asBoolean()).isFalse();
        assertThat(evalKnown("[contains(subscription(), 'subscriptionId')]").asBoolean())
                .isTrue();
        assertThat(evalKnown("[contains(subscription(), 'other')]").isUnknown()).isTrue();
    }

    @Test
    void subscriptionWithoutTargetHasUnknownMembers() {
        Value s = eval("[subscription()]");
        assertThat(s.isObject()).isTrue();
        Value id = s.get("subscriptionId");
        assertThat(id.isUnknown()).isTrue();
        assertThat(id.symbol()).isEqualTo("subscription().subscriptionId");
        assertThat(id.reason())
                .isEqualTo("subscription().subscriptionId is known only at deployment (no subscription was given)");
        assertThat(s.get("id").symbol()).isEqualTo("concat('/subscriptions/', subscription().subscriptionId)");
        assertThat(eval("[tenant().tenantId]").symbol()).isEqualTo("tenant().tenantId");
    }

    @Test
    void deploymentAndEnvironmentAreUnknown() {
        assertThat(eval("[deployment().name]").symbol()).isEqualTo("deployment().name");
        assertThat(eval("[deployment().name]").isUnknown()).isTrue();
        assertThat(eval("[environment().authentication.loginEndpoint]").isUnknown())
                .isTrue();
        assertThat(eval("[resourceGroup().location]").isUnknown()).isTrue();
    }

    @Test
    void resourceIdAtSubscriptionScopeWithKnownSubscription() {
        assertThat(evalKnown("[resourceId('" + DEFINITIONS + "', 'abc')]").asText())
                .isEqualTo("/subscriptions/" + SUB + "/providers/" + DEFINITIONS + "/abc");
        assertThat(evalKnown("[resourceId('" + DEFINITIONS + "/', 'abc')]").asText())
                .as("Microsoft's samples write the type with a trailing slash")
                .isEqualTo("/subscriptions/" + SUB + "/providers/" + DEFINITIONS + "/abc");
    }

    @Test
    void childTypesTakeOneNamePerSegmentOrSplitNames() {
        String expected = "/subscriptions/" + SUB + "/providers/Microsoft.ServiceBus/namespaces/ns1/queues/q1"
                + "/authorizationRules/auth1";
        assertThat(evalKnown("[resourceId('Microsoft.ServiceBus/namespaces/queues/authorizationRules', 'ns1', 'q1',"
                                + " 'auth1')]")
                        .asText())
                .isEqualTo(expected);
        assertThat(evalKnown(
                                "[resourceId('Microsoft.ServiceBus/namespaces/queues/authorizationRules', 'ns1/q1/auth1')]")
                        .asText())
                .isEqualTo(expected);
        Value wrong = evalKnown("[resourceId('Microsoft.ServiceBus/namespaces/queues', 'ns1')]");
        assertThat(wrong.isInvalid()).isTrue();
        assertThat(wrong.reason()).contains("requires 2 resource name argument(s)");
    }

    @Test
    void resourceGroupAndSubscriptionArguments() {
        assertThat(evalKnown("[resourceId('otherGroup', 'Microsoft.Storage/storageAccounts', 'st')]")
                        .asText())
                .isEqualTo("/subscriptions/" + SUB
                        + "/resourceGroups/otherGroup/providers/Microsoft.Storage/storageAccounts/st");
        assertThat(eval("[resourceId('aaaa', 'rg', 'Microsoft.Storage/storageAccounts', 'st')]")
                        .asText())
                .isEqualTo("/subscriptions/aaaa/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st");
        assertThat(eval("[resourceId('a', 'b')]").isInvalid()).isTrue();
    }

    @Test
    void unknownSubscriptionGivesOneCanonicalSymbolForEveryWayOfWritingTheId() {
        Value a = eval("[resourceId('" + DEFINITIONS + "/', guid('rg1'))]");
        Value b = eval("[subscriptionResourceId('" + DEFINITIONS + "', '44120ff2-0bc5-54ae-9bae-e9960d8e55bf')]");
        Value c = eval("[concat(subscription().id, '/providers/" + DEFINITIONS + "/', guid('rg1'))]");
        assertThat(a.isUnknown()).isTrue();
        assertThat(a.symbol())
                .isEqualTo("concat('/subscriptions/', subscription().subscriptionId, '/providers/" + DEFINITIONS
                        + "/44120ff2-0bc5-54ae-9bae-e9960d8e55bf')");
        assertThat(b.symbol()).isEqualTo(a.symbol());
        assertThat(a.sameValueAs(b, false)).isTrue();
        assertThat(c.isUnknown()).isTrue();
        assertThat(a.sameValueAs(eval("[resourceId('" + DEFINITIONS + "', guid('rg2'))]"), false))
                .isNull();
    }

    @Test
    void unknownNamesStayInTheSymbol() {
        Value v = eval("[resourceId('" + DEFINITIONS + "', guid(subscription().subscriptionId, 'x'))]");
        assertThat(v.symbol())
                .isEqualTo("concat('/subscriptions/', subscription().subscriptionId, '/providers/" + DEFINITIONS
                        + "/', guid(subscription().subscriptionId, 'x'))");
    }

    @Test
    void tenantManagementGroupAndExtensionIds() {
        assertThat(eval("[tenantResourceId('Microsoft.Authorization/policyDefinitions', 'p1')]")
                        .asText())
                .isEqualTo("/providers/Microsoft.Authorization/policyDefinitions/p1");
        assertThat(eval("[managementGroupResourceId('mg1', 'Microsoft.Authorization/policyDefinitions', 'p1')]")
                        .asText())
                .isEqualTo(
                        "/providers/Microsoft.Management/managementGroups/mg1/providers/Microsoft.Authorization/policyDefinitions/p1");
        assertThat(eval("[managementGroupResourceId('Microsoft.Authorization/policyDefinitions', 'p1')]")
                        .isUnknown())
                .isTrue();
        assertThat(eval("[extensionResourceId('/subscriptions/s/resourceGroups/rg', 'Microsoft.Authorization/locks',"
                                + " 'lock1')]")
                        .asText())
                .isEqualTo("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Authorization/locks/lock1");
        assertThat(evalKnown("[subscriptionResourceId('bbbb', 'Microsoft.Resources/resourceGroups', 'rg')]")
                        .asText())
                .isEqualTo("/subscriptions/bbbb/providers/Microsoft.Resources/resourceGroups/rg");
    }

    @Test
    void resourceGroupScopeTemplatesNeedTheGroup() {
        TemplateScope rg = Fixtures.scope(
                "{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/"
                        + "deploymentTemplate.json#\", \"resources\": []}",
                null,
                new DeploymentContext(SUB, null),
                Fixtures.sink());
        Value id = rg.evaluateExpression("[resourceId('Microsoft.Storage/storageAccounts', 'st')]");
        assertThat(id.isUnknown()).isTrue();
        assertThat(id.symbol())
                .isEqualTo(
                        "concat('/subscriptions/" + SUB
                                + "/resourceGroups/', resourceGroup().name, '/providers/Microsoft.Storage/storageAccounts/st')");
        assertThat(rg.evaluateExpression("[resourceGroup().name]").symbol()).isEqualTo("resourceGroup().name");
        assertThat(Fixtures.eval("[resourceGroup()]").reason()).contains("deployment scope is subscription");
    }
}
