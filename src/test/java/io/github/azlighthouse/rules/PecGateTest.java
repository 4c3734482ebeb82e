package io.github.azlighthouse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PecGateTest {

    static RuleSet with(Map<String, String> severities) {
        return RuleSet.defaults().configure(severities, new ArrayList<>());
    }

    @Test
    void holdsWithTheDefaultsWithOrWithoutInject() {
        assertThat(PecGate.disabledBy(RuleSet.defaults(), true)).isEmpty();
        assertThat(PecGate.disabledBy(RuleSet.defaults(), false))
                .as("pec-account-missing still refuses")
                .isEmpty();
        assertThat(PecGate.disabledBy(with(Map.of("authorization-count", "off")), true))
                .isEmpty();
    }

    @Test
    void namesEveryPecRuleThatIsNotAnError() {
        assertThat(PecGate.disabledBy(
                        with(Map.of("pec-role-not-eligible", "off", "pec-account-only-eligible", "warning")), true))
                .containsExactly(
                        "rule pec-role-not-eligible is off", "rule pec-account-only-eligible is only a warning");
    }

    @Test
    void namesInjectFalseWhenNothingElsePutsTheAccountIntoTheOffers() {
        assertThat(PecGate.disabledBy(with(Map.of("pec-account-missing", "off")), false))
                .containsExactly("rule pec-account-missing is off", "pecAutomationAccount.inject is false");
        assertThat(PecGate.disabledBy(with(Map.of("pec-account-missing", "off")), true))
                .containsExactly("rule pec-account-missing is off");
    }
}
