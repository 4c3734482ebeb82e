package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.OPS;
import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link RoleDataActionsRule}: fires on the mistake it names, quiet on a valid delegation. */
class RoleDataActionsRuleTest {

    final Rule rule = new RoleDataActionsRule();

    @Test
    void firesOnDataActionsAndOnNotDataActionsOnly() {
        single(
                run(
                        rule,
                        valid().add(auth(OPS, "Storage Blob Data Contributor")).build()),
                "role-data-actions",
                "DataActions");
        single(
                run(
                        rule,
                        valid().add(auth(OPS, "360cab3d-4340-4c96-816d-682fbd52b3e2"))
                                .build()),
                "role-data-actions",
                "NotDataActions");
    }

    @Test
    void quietForPlainRoles() {
        assertThat(run(rule, valid().build())).isEmpty();
    }
}
