package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.ENGINEERS;
import static io.github.azlighthouse.rules.Fixture.OPS;
import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.eligible;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link AuthorizationDuplicateRule}: fires on the mistake it names, quiet on a valid delegation. */
class AuthorizationDuplicateRuleTest {

    final Rule rule = new AuthorizationDuplicateRule();

    @Test
    void firesOnTheSamePrincipalAndRoleTwice() {
        single(
                run(
                        rule,
                        valid().add(auth(OPS.toUpperCase(Locale.ROOT), "reader"))
                                .build()),
                "authorization-duplicate",
                "twice in authorizations");
        single(
                run(
                        rule,
                        valid().eligible(eligible(ENGINEERS, "Contributor"), eligible(ENGINEERS, "Contributor"))
                                .build()),
                "authorization-duplicate",
                "twice in eligibleAuthorizations");
    }

    @Test
    void quietForOnePrincipalWithTwoRoles() {
        assertThat(run(rule, valid().build())).isEmpty();
    }
}
