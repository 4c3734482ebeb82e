package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.findings.Severity;

/** multiFactorAuthProvider is the enum Azure | None, matched case-sensitively. */
public final class EligibleMfaProviderRule extends AbstractRule {

    public static final String ID = "eligible-mfa-provider";

    public EligibleMfaProviderRule() {
        super(ID, Severity.ERROR, "multiFactorAuthProvider not Azure or None");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        for (EligibleAuthorization e : d.eligibleAuthorizations()) {
            String value = e.multiFactorAuthProvider() == null
                    ? null
                    : e.multiFactorAuthProvider().value();
            if (value != null && !value.equals("Azure") && !value.equals("None")) {
                out.report(
                        d,
                        e.multiFactorAuthProvider().at(),
                        "multiFactorAuthProvider '" + value + "' must be exactly 'Azure' (require MFA) or 'None'");
            }
        }
    }
}
