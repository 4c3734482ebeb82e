package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.OPS;
import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link RoleRestrictedActionsRule}: fires on the mistake it names, quiet on a valid delegation. */
class RoleRestrictedActionsRuleTest {

    final Rule rule = new RoleRestrictedActionsRule();

    @Test
    void firesOnRoleBasedAccessControlAdministrator() {
        single(
                run(
                        rule,
                        valid().add(auth(OPS, "Role Based Access Control Administrator"))
                                .build()),
                "role-restricted-actions",
                "Microsoft.Authorization/roleAssignments/write");
    }

    @Test
    void quietForUserAccessAdministratorAndContributor() {
        assertThat(run(rule, valid().build())).isEmpty();
    }
}
