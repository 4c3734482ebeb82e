package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.OPS;
import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.findings.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Placeholders and role names left where a template needs a GUID: Azure rejects them at deploy time. */
class GuidFormatPlaceholderTest {

    final Rule rule = new GuidFormatRule();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<insert managing tenant id>",
                "<ENTER YOUR TENANTID>",
                "TenantID",
                "{tenantId}",
                "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
                "your-tenant-id",
                "ENTER ADDITIONAL SUBSCRIPTION ROLE ID",
                "replace-with-tenant"
            })
    void aPlaceholderTenantIsCalledOne(String placeholder) {
        assertThat(run(rule, valid().set(b -> b.managing = placeholder).build()))
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("'" + placeholder + "' is a placeholder left in");
    }

    @Test
    void aRoleNameWhereTheTemplateNeedsItsGuidSaysWhichGuid() {
        var d = valid().add(new io.github.azlighthouse.delegation.Delegation.Authorization(
                        Fixture.located(OPS),
                        Fixture.located("Ops"),
                        "Group",
                        Fixture.located("Owner"),
                        null,
                        Fixture.at(40)))
                .build();
        assertThat(run(rule, d))
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .isEqualTo("roleDefinitionId 'Owner' is the role's name; Azure needs its ID (\"must be a valid Guid\"):"
                        + " write 8e3af657-a8ff-443c-a75c-2fe8c4bcb635");
        assertThat(run(new RoleUnknownRule(), d))
                .as("role-unknown leaves it to guid-format")
                .isEmpty();
    }

    @Test
    void realIdsAndBrokenGuidsAreNotPlaceholders() {
        assertThat(GuidFormatRule.isPlaceholderText(Fixture.MANAGING)).isFalse();
        assertThat(GuidFormatRule.isPlaceholderText("3kl47fff-5655-4779-b726-2cf02b05c7c4"))
                .isFalse();
        assertThat(GuidFormatRule.isPlaceholderText("Contoso Operations")).isFalse();
        assertThat(run(rule, valid().add(auth(OPS, "Reader")).build())).isEmpty();
    }
}
