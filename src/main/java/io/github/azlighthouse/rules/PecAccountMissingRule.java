package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;

/** The PEC Automation Account must hold a permanent authorization in every delegation. */
public final class PecAccountMissingRule extends AbstractRule {

    public static final String ID = "pec-account-missing";

    public PecAccountMissingRule() {
        super(ID, Severity.ERROR, "no permanent authorization for the PEC Automation Account's principalId");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        // Present only as eligible is the more specific pec-account-only-eligible.
        // An authorization whose principal is known only at deployment could be the PEC account: the reader
        // reports it as expression-unresolved, never as a pass and never as this error.
        if (Grants.hasPec(d)
                && Grants.pecPermanent(d).isEmpty()
                && Grants.pecEligible(d).isEmpty()
                && !Grants.anyUnknownPermanentPrincipal(d)) {
            out.report(
                    d,
                    d.authorizationsAt(),
                    "the PEC Automation Account (principalId "
                            + d.pec().principalId().value()
                            + ") has no permanent authorization, so the partner earns no"
                            + " Partner Earned Credit on this delegation; add it with a PEC-eligible role such as Contributor"
                            + " (in a customer list: pecAutomationAccount.inject: true); if it is there under another ID,"
                            + " the PEC account's principalId must be its service principal's object ID, not its application"
                            + " (client) ID: az ad sp show --id <appId> --query id -o tsv, or Microsoft Entra ID > Enterprise"
                            + " applications > the application > Object ID");
        }
    }
}
