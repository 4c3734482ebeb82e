package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.findings.Severity;

/** managedByTenantApprovers holds at most 10 users or groups. */
public final class EligibleApproversLimitRule extends AbstractRule {

    public static final String ID = "eligible-approvers-limit";
    static final int MAX = 10;

    public EligibleApproversLimitRule() {
        super(ID, Severity.ERROR, "more than 10 approvers");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        for (EligibleAuthorization e : d.eligibleAuthorizations()) {
            if (e.approvers().size() > MAX) {
                out.report(
                        d,
                        e.approvers().get(MAX).at(),
                        "eligible authorization has " + e.approvers().size() + " approvers; Azure allows at most " + MAX
                                + ": use a group as approver instead");
            }
        }
    }
}
