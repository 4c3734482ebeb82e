package io.github.azlighthouse.rules;

import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.rules.SubscriptionAudit.Usage;
import java.util.Locale;

/**
 * {@code audit}: the PEC gate holds on a subscription, yet its billed usage past the 48-hour settling
 * window carries no Partner Earned Credit (on some or all days). What is left is the partner-ID link of
 * the PEC account, or a billing problem for Microsoft's support.
 */
public final class PecNotAppliedRule extends AbstractRule implements AuditRule {

    public static final String ID = "pec-not-applied";

    public PecNotAppliedRule() {
        super(
                ID,
                Severity.ERROR,
                "the PEC gate holds on a subscription, but its usage after the 48-hour settling"
                        + " window shows no PEC");
    }

    @Override
    public void checkAudit(SubscriptionAudit s, AuditContext context, Out out) {
        Usage usage = s.usage();
        if (usage == null || PecGateState.of(s.deployedDelegations(), context.rules()) != PecGateState.OK) {
            return;
        }
        String applied = usage.applied();
        if (!applied.equals("no") && !applied.equals("partly")) {
            return;
        }
        String days = usage.firstMissed().equals(usage.lastMissed())
                ? "on " + usage.firstMissed()
                : "on " + usage.daysWithoutPec() + " of " + usage.settledDays() + " settled days between "
                        + usage.firstMissed() + " and " + usage.lastMissed();
        String partner = context.partnerId() == null ? "<your Associated Partner ID>" : context.partnerId();
        out.report(
                s.subject(),
                usage.firstMissedAt(),
                "the PEC gate holds (the PEC Automation Account "
                        + context.pecPrincipalId() + " holds a PEC-eligible role permanently), but "
                        + amount(usage.missedCost())
                        + " of " + amount(usage.eligibleCost())
                        + " of usage that earns PEC was billed without Partner Earned"
                        + " Credit " + days
                        + " (usage of the last 48 hours is not judged): check the PEC account's partner-ID"
                        + " link, signed in as that service principal in the managing tenant (az login --service-principal"
                        + " --tenant " + context.managingTenantId() + " ...; az managementpartner show: partnerId "
                        + partner
                        + ", state Active; link-partner-id.sh of the onboarding archive sets it); if the link is in place, open"
                        + " a support request in Partner Center with this subscription and these days");
    }

    static String amount(double cost) {
        return String.format(Locale.ROOT, "%.2f", cost);
    }
}
