package io.github.azlighthouse.arm.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourcesTest {

    private static TemplateScope scope(String resources) {
        return Fixtures.scope(
                "{\"$schema\": \"" + Fixtures.SUBSCRIPTION_SCHEMA + "\", \"parameters\": {\"n\": {\"type\": \"int\","
                        + " \"defaultValue\": 3}, \"unset\": {\"type\": \"int\"}}, \"variables\": {\"names\": [\"a\", \"b\", \"c\"]},"
                        + " \"resources\": " + resources + "}");
    }

    @Test
    void resourceCopyLoopBindsCopyIndexPerInstance() {
        TemplateScope s = scope("""
                [{"type": "Microsoft.Web/sites", "apiVersion": "2022-03-01",
                  "name": "[concat('site-', copyIndex(1), '-', variables('names')[copyIndex('sites')])]",
                  "copy": {"name": "sites", "count": "[parameters('n')]", "mode": "Serial", "batchSize": 1}}]""");
        List<ResourceInstance> sites = s.resources();
        assertThat(sites).hasSize(3);
        assertThat(sites)
                .extracting(r -> r.member("name").asText())
                .containsExactly("site-1-a", "site-2-b", "site-3-c");
        assertThat(sites.get(2).copyIndex().asLong()).isEqualTo(2L);
        assertThat(sites.get(2).copyName()).isEqualTo("sites");
        assertThat(sites.get(0).apiVersion()).isEqualTo("2022-03-01");
        assertThat(sites.get(0).member("copy").get("mode").asText()).isEqualTo("Serial");
        assertThat(sites.get(0).pointer()).isEqualTo("/resources/0");
        assertThat(sites.get(0).member("missing")).isNull();
    }

    @Test
    void propertyLoopInsideAResourceLoop() {
        TemplateScope s = scope("""
                [{"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2018-04-01",
                  "name": "[concat('vnet', copyIndex())]", "copy": {"count": 2, "name": "vnetloop"},
                  "properties": {"copy": [{"name": "subnets", "count": 2,
                      "input": {"name": "[concat('subnet-', copyIndex('subnets'), '-of-', copyIndex())]"}}]}}]""");
        ResourceInstance second = s.resources().get(1);
        Value subnets = second.member("properties").get("subnets");
        assertThat(subnets.elements())
                .extracting(v -> v.get("name").asText())
                .as("copyIndex() without a name is the resource loop")
                .containsExactly("subnet-0-of-1", "subnet-1-of-1");
    }

    @Test
    void unknownAndInvalidCopyCounts() {
        TemplateScope s = scope("""
                [{"type": "A.B/c", "name": "[concat('x', copyIndex())]", "copy": {"name": "u", "count": "[parameters('unset')]"}},
                 {"type": "A.B/d", "name": "x", "copy": {"name": "big", "count": 801}},
                 {"type": "A.B/e", "name": "x", "copy": {"name": "none", "count": 0}},
                 {"type": "A.B/f", "name": "x", "copy": {"name": "neg", "count": -2}}]""");
        List<ResourceInstance> r = s.resources();
        assertThat(r).extracting(ResourceInstance::type).containsExactly("A.B/c", "A.B/d", "A.B/f");
        assertThat(r.get(0).copyUnknown()).isTrue();
        assertThat(r.get(0).member("name").isUnknown()).isTrue();
        assertThat(r.get(0).member("name").symbol()).isEqualTo("concat('x', copyIndex('u'))");
        assertThat(r.get(1).copyUnknown()).isTrue();
        assertThat(r.get(1).copyIndex().isInvalid()).isTrue();
        assertThat(r.get(1).copyIndex().reason()).contains("can't exceed 800");
        assertThat(r.get(2).copyIndex().reason()).contains("can't be a negative number");
    }

    @Test
    void childResourcesFollowTheirParentWithFullType() {
        TemplateScope s = scope("""
                [{"type": "Microsoft.Network/virtualNetworks", "name": "vnet",
                  "resources": [{"type": "subnets", "name": "default"}, {"type": "Microsoft.Network/virtualNetworks/subnets",
                                 "name": "vnet/other"}]}]""");
        assertThat(s.resources())
                .extracting(ResourceInstance::type)
                .containsExactly(
                        "Microsoft.Network/virtualNetworks",
                        "Microsoft.Network/virtualNetworks/subnets",
                        "Microsoft.Network/virtualNetworks/subnets");
        assertThat(s.resources().get(1).parent()).isSameAs(s.resources().get(0));
        assertThat(s.resources().get(1).pointer()).isEqualTo("/resources/0/resources/0");
    }

    @Test
    void oddShapesGiveNoResourcesRatherThanErrors() {
        assertThat(scope("\"not resources\"").resources()).isEmpty();
        assertThat(scope("[1, \"x\", null]").resources()).isEmpty();
        assertThat(Fixtures.scope("[1, 2]").resources()).isEmpty();
        assertThat(Fixtures.scope("[1, 2]").problem().isInvalid()).isTrue();
        assertThat(Fixtures.scope("[1, 2]")
                        .evaluateExpression("[parameters('x')]")
                        .isInvalid())
                .isTrue();
    }

    @Test
    void deploymentPropertiesKeepTheInlineTemplateAsWritten() {
        TemplateScope s = scope("""
                [{"type": "Microsoft.Resources/deployments", "name": "d", "properties": {"mode": "[toLower('INCREMENTAL')]",
                  "template": {"resources": [{"type": "A.B/c", "name": "[parameters('zzz')]"}]}}},
                 {"type": "Microsoft.Resources/deployments", "name": "linked",
                  "properties": {"templateLink": {"uri": "https://example.org/t.json"}}}]""");
        ResourceInstance d = s.resources().get(0);
        Value props = d.member("properties");
        assertThat(props.get("mode").asText()).isEqualTo("incremental");
        assertThat(props.get("template").get("resources").get(0).get("name").asText())
                .isEqualTo("[parameters('zzz')]");
        assertThat(d.nested()).isNotNull();
        assertThat(d.linkedTemplate()).isFalse();
        assertThat(s.resources().get(1).linkedTemplate()).isTrue();
        assertThat(s.resources().get(1).nested()).isNull();
        assertThat(s.resources().get(1).isDeployment()).isTrue();
    }
}
