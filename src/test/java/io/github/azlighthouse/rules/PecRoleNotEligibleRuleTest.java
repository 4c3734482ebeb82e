package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.PEC;
import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.eligible;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PecRoleNotEligibleRule}: fires on the mistake it names, quiet on a valid delegation. */
class PecRoleNotEligibleRuleTest {

    final Rule rule = new PecRoleNotEligibleRule();

    @Test
    void firesWhenThePecAccountHasOnlyReader() {
        Delegation d = valid().without(PEC).add(auth(PEC, "Reader")).build();
        single(run(rule, d), "pec-role-not-eligible", "'Reader'", "Support Request Contributor");
    }

    @Test
    void firesForUserAccessAdministratorWhosePecCreditIsUncertain() {
        Delegation d = valid().without(PEC).add(auth(PEC, "ServicePrincipal", "User Access Administrator",
                List.of("Contributor"))).build();
        single(run(rule, d), "pec-role-not-eligible", "User Access Administrator");
    }

    @Test
    void quietWhenOneRoleEarnsPec() {
        assertThat(run(rule, valid().add(auth(PEC, "Reader")).build())).isEmpty();
        assertThat(run(rule, valid().without(PEC).add(auth(PEC, "Support Request Contributor")).build())).isEmpty();
        assertThat(run(rule, valid().without(PEC).build())).as("missing is another rule's").isEmpty();
    }
}
