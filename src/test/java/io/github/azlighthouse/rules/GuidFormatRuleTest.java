package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.MANAGING;
import static io.github.azlighthouse.rules.Fixture.OPS;
import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link GuidFormatRule}: fires on the mistake it names, quiet on a valid delegation. */
class GuidFormatRuleTest {

    final Rule rule = new GuidFormatRule();

    @Test
    void firesOnNonHexAndOn37CharacterIds() {
        single(
                run(
                        rule,
                        valid().add(auth("3kl47fff-5655-4779-b726-2cf02b05c7c4", "Reader"))
                                .build()),
                "guid-format",
                "3kl47fff");
        single(
                run(
                        rule,
                        valid().set(b -> b.subscription = "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b0")
                                .build()),
                "guid-format",
                "subscriptionId");
    }

    @Test
    void firesOnThePlaceholderAndOnABrokenRoleGuid() {
        single(
                run(
                        rule,
                        valid().set(b -> b.managing = "00000000-0000-0000-0000-000000000000")
                                .build()),
                "guid-format",
                "placeholder");
        single(
                run(
                        rule,
                        valid().add(auth(OPS, "b24988ac-6180-42a0-ab88-20f7382dd24"))
                                .build()),
                "guid-format",
                "roleDefinitionId");
    }

    /** Each kind of ID says where to find the right one; none sends a subscription ID to Microsoft Entra ID. */
    @Test
    void firesWithAHintForEachKindOfId() {
        single(
                run(
                        rule,
                        valid().set(b -> b.subscription = "my-subscription-1234")
                                .build()),
                "guid-format",
                "subscriptionId 'my-subscription-1234' is not a GUID",
                "use the subscription ID: az account list -o table");
        single(
                run(
                        rule,
                        valid().set(b -> b.customerTenant = "contoso.onmicrosoft.com")
                                .build()),
                "guid-format",
                "customer tenantId",
                "the customer's tenant ID: az account show --query tenantId -o tsv");
        single(
                run(
                        rule,
                        valid().set(b -> b.managing = "6f1e0c3a-5b7d-4c2e-9a10").build()),
                "guid-format",
                "managedByTenantId",
                "the partner's tenant ID: az account show --query tenantId -o tsv");
        single(
                run(
                        rule,
                        valid().add(auth("3kl47fff-5655-4779-b726-2cf02b05c7c4", "Reader"))
                                .build()),
                "guid-format",
                "principalId",
                "object ID",
                "az ad sp show --id <appId> --query id -o tsv",
                "Enterprise applications");
        single(
                run(
                        rule,
                        valid().add(auth(OPS, "b24988ac-6180-42a0-ab88-20f7382dd24"))
                                .build()),
                "guid-format",
                "roleDefinitionId",
                "mvn lighthouse:roles");
        for (var d : List.of(
                valid().set(b -> b.subscription = "x-y-z-1234567").build(),
                valid().set(b -> b.customerTenant = "x-y-z-1234567").build())) {
            assertThat(run(rule, d))
                    .singleElement()
                    .satisfies(f -> assertThat(f.message())
                            .doesNotContain("Microsoft Entra ID")
                            .doesNotContain("object ID"));
        }
    }

    @Test
    void quietForCanonicalIdsInAnyCase() {
        assertThat(run(rule, valid().build())).isEmpty();
        assertThat(run(
                        rule,
                        valid().set(b -> b.managing = MANAGING.toUpperCase(Locale.ROOT))
                                .build()))
                .isEmpty();
    }
}
