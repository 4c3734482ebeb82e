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

/** {@link DelegatedRolesInvalidRule}: fires on the mistake it names, quiet on a valid delegation. */
class DelegatedRolesInvalidRuleTest {

    final Rule rule = new DelegatedRolesInvalidRule();

    @Test
    void firesOnANonUaaAuthorizationWithDelegatedRoles() {
        single(
                run(
                        rule,
                        valid().add(auth(OPS, "Group", "Contributor", List.of("Reader")))
                                .build()),
                "delegated-roles-invalid",
                "only allowed with User Access Administrator");
    }

    @Test
    void firesOnOwnerUaaOrDataActionRolesAsDelegatedRoles() {
        for (String bad : List.of("Owner", "User Access Administrator", "Log Analytics Contributor")) {
            single(
                    run(
                            rule,
                            valid().without(DEPLOYER)
                                    .add(auth(
                                            DEPLOYER,
                                            "ServicePrincipal",
                                            "User Access Administrator",
                                            List.of("Contributor", bad)))
                                    .build()),
                    "delegated-roles-invalid",
                    "cannot delegate");
        }
    }

    @Test
    void quietForSupportedDelegatedRoles() {
        assertThat(run(rule, valid().build())).isEmpty();
    }
}
