package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.DEPLOYER;
import static io.github.azlighthouse.rules.Fixture.OPS;
import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link RoleUnknownRule}: fires on the mistake it names, quiet on a valid delegation. */
class RoleUnknownRuleTest {

    final Rule rule = new RoleUnknownRule();

    @Test
    void firesOnATypoWithASuggestion() {
        single(
                run(rule, valid().add(auth(OPS, "Contributer")).build()),
                "role-unknown",
                "'Contributer'",
                "did you mean 'Contributor'");
    }

    @Test
    void firesOnACustomRoleGuidAndOnAnUnknownDelegatedRole() {
        single(
                run(
                        rule,
                        valid().add(auth(OPS, "11111111-2222-4333-8444-555555555555"))
                                .build()),
                "role-unknown",
                "not an Azure built-in role");
        single(
                run(
                        rule,
                        valid().add(auth(
                                        DEPLOYER,
                                        "ServicePrincipal",
                                        "User Access Administrator",
                                        List.of("My Custom Role")))
                                .build()),
                "role-unknown",
                "My Custom Role");
    }

    @Test
    void quietForBuiltInRolesAndBrokenGuids() {
        assertThat(run(rule, valid().build())).isEmpty();
        assertThat(run(
                        rule,
                        valid().add(auth(OPS, "b24988ac-6180-42a0-ab88-20f7382dd24"))
                                .build()))
                .isEmpty();
    }
}
