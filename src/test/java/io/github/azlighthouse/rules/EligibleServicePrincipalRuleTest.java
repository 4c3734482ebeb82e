package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.DEPLOYER;
import static io.github.azlighthouse.rules.Fixture.ENGINEERS;
import static io.github.azlighthouse.rules.Fixture.PEC;
import static io.github.azlighthouse.rules.Fixture.approver;
import static io.github.azlighthouse.rules.Fixture.eligible;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link EligibleServicePrincipalRule}: fires on the mistake it names, quiet on a valid delegation. */
class EligibleServicePrincipalRuleTest {

    final Rule rule = new EligibleServicePrincipalRule();

    @Test
    void firesOnAServicePrincipalAndOnThePecAccount() {
        single(
                run(
                        rule,
                        valid().eligible(eligible(
                                        DEPLOYER, "ServicePrincipal", "Contributor", "Azure", "PT4H", List.of()))
                                .build()),
                "eligible-service-principal",
                "is a service principal");
        single(
                run(
                        rule,
                        valid().eligible(eligible(
                                        ENGINEERS, "Group", "Contributor", "Azure", "PT4H", List.of(approver(PEC))))
                                .build()),
                "eligible-service-principal",
                "PEC Automation Account");
    }

    @Test
    void quietForGroupsAndUnknownTypes() {
        assertThat(run(rule, valid().build())).isEmpty();
        assertThat(run(
                        rule,
                        valid().eligible(eligible(ENGINEERS, null, "Contributor", "Azure", "PT4H", List.of()))
                                .build()))
                .isEmpty();
    }
}
