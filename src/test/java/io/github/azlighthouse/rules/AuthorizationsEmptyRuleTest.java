package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.OPS;
import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link AuthorizationsEmptyRule}: fires on the mistake it names, quiet on a valid delegation. */
class AuthorizationsEmptyRuleTest {

    final Rule rule = new AuthorizationsEmptyRule();

    @Test
    void firesWithoutPermanentAuthorizations() {
        single(run(rule, valid().authorizations().build()), "authorizations-empty", "no permanent authorization");
    }

    @Test
    void quietWithOne() {
        assertThat(run(rule, valid().authorizations(auth(OPS, "Reader")).build()))
                .isEmpty();
    }
}
