package io.github.azlighthouse.rules;

import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Severity;

/**
 * A Lighthouse parameter file that pairs with no template, so nothing about it could be checked
 * (the PEC gate included). Reported by {@code validate}'s pairing.
 */
public final class ParametersUnpairedRule extends AbstractRule {

    public static final String ID = RuleIds.PARAMETERS_UNPAIRED;

    public ParametersUnpairedRule() {
        super(ID, Severity.ERROR, "a Lighthouse parameter file pairs with no template, so it was not checked");
    }
}
