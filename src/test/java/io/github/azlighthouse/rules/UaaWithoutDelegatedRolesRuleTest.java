package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.DEPLOYER;
import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link UaaWithoutDelegatedRolesRule}: fires on the mistake it names, quiet on a valid delegation. */
class UaaWithoutDelegatedRolesRuleTest {

    final Rule rule = new UaaWithoutDelegatedRolesRule();

    @Test
    void firesWithoutOrWithEmptyDelegatedRoles() {
        single(
                run(
                        rule,
                        valid().without(DEPLOYER)
                                .add(auth(DEPLOYER, "User Access Administrator"))
                                .build()),
                "uaa-without-delegated-roles",
                "delegatedRoles");
        single(
                run(
                        rule,
                        valid().without(DEPLOYER)
                                .add(auth(DEPLOYER, "ServicePrincipal", "User Access Administrator", List.of()))
                                .build()),
                "uaa-without-delegated-roles",
                "delegatedRoles");
    }

    @Test
    void quietWithDelegatedRoles() {
        assertThat(run(rule, valid().build())).isEmpty();
    }
}
