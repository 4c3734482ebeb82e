package io.github.azlighthouse.rules;

import io.github.azlighthouse.findings.Severities;
import io.github.azlighthouse.findings.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The PEC gate: the rules that refuse a delegation which would lose Partner Earned Credit
 * ({@code pec-account-missing}, {@code pec-role-not-eligible}, {@code pec-account-only-eligible}). It holds
 * while all three are errors. When configuration turns one off (or down to a warning), the run's summary,
 * the access review and the kits' READMEs say so, instead of promising credit nobody checked.
 */
public final class PecGate {

    public static final List<String> RULES =
            List.of(PecAccountMissingRule.ID, PecRoleNotEligibleRule.ID, PecAccountOnlyEligibleRule.ID);

    private PecGate() {}

    /**
     * Why the gate does not hold under these severities, e.g. {@code rule pec-role-not-eligible is off}; empty
     * when it holds. {@code inject} is the customer list's {@code pecAutomationAccount.inject}: {@code false}
     * alone leaves the gate standing ({@code pec-account-missing} still refuses an offer without the account),
     * but is named when that rule is not an error, since then nothing puts the account into the offers.
     */
    public static List<String> disabledBy(Severities severities, boolean inject) {
        List<String> why = new ArrayList<>();
        for (String id : RULES) {
            Severity s = severities.severity(id);
            if (s != Severity.ERROR) {
                why.add("rule " + id + " is " + (s == Severity.OFF ? "off" : "only a warning"));
            }
        }
        if (!inject && severities.severity(PecAccountMissingRule.ID) != Severity.ERROR) {
            why.add("pecAutomationAccount.inject is false");
        }
        return List.copyOf(why);
    }
}
