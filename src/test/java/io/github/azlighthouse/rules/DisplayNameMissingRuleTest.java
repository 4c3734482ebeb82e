package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.APPROVERS;
import static io.github.azlighthouse.rules.Fixture.ENGINEERS;
import static io.github.azlighthouse.rules.Fixture.OPS;
import static io.github.azlighthouse.rules.Fixture.approver;
import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.eligible;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DisplayNameMissingRule}: fires on the mistake it names, quiet on a valid delegation. */
class DisplayNameMissingRuleTest {

    final Rule rule = new DisplayNameMissingRule();

    @Test
    void firesForAuthorizationsEligibleAndApprovers() {
        var a = auth(OPS, "Reader");
        var nameless = new Delegation.Authorization(a.principalId(), null, null, a.roleDefinitionId(), null, a.at());
        single(run(rule, valid().add(nameless).build()), "display-name-missing", "authorization for principal");
        var ap = new Delegation.Approver(Fixture.located(APPROVERS), Fixture.located(" "), "Group", Fixture.at(90));
        single(run(rule, valid().eligible(eligible(ENGINEERS, "Group", "Contributor", "Azure", "PT4H", List.of(ap)))
                .build()), "display-name-missing", "approver");
    }

    @Test
    void quietWhenNamed() {
        assertThat(run(rule, valid().build())).isEmpty();
    }
}
