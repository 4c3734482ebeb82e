package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.source.Position;
import java.util.List;

/**
 * {@code diff}: a delegation on which the PEC gate held before the change (the PEC Automation Account held a
 * PEC-eligible, supported role permanently) no longer holds it: its role became one that earns no PEC, it
 * became only eligible, or it left the delegation ({@code inject: false}, or its authorization removed). Both
 * sides are judged with today's role catalog, each with its own PEC account. A delegation the change removes
 * is not a regression (nothing is delegated there any more).
 */
public final class PecRegressionRule extends AbstractRule implements DiffRule {

    public static final String ID = "pec-regression";

    public PecRegressionRule() {
        super(
                ID,
                Severity.ERROR,
                "a delegation on which the PEC gate held in the baseline no longer holds it"
                        + " (the PEC Automation Account lost its PEC-eligible permanent role)");
    }

    @Override
    public void checkChange(DelegationChange change, RuleContext context, Reporter out) {
        Delegation before = change.before();
        Delegation after = change.after();
        if (before == null || after == null || PecGateState.of(List.of(before), context) != PecGateState.OK) {
            return;
        }
        PecGateState now = PecGateState.of(List.of(after), context);
        if (now == PecGateState.OK) {
            return;
        }
        String was = Grants.pecPermanent(before).stream()
                .filter(a -> context.role(a.roleDefinitionId())
                        .map(r -> r.earnsPec())
                        .orElse(false))
                .map(a -> context.describe(a.roleDefinitionId()))
                .findFirst()
                .orElse("a PEC-eligible role");
        String account =
                "the PEC Automation Account " + after.pec().principalId().value();
        String why;
        String fix;
        Position at;
        switch (now) {
            case NOT_ELIGIBLE -> {
                List<Delegation.Authorization> pec = Grants.pecPermanent(after);
                at = pec.get(0).at();
                why = account + " now holds only "
                        + String.join(
                                ", ",
                                pec.stream()
                                        .map(a -> context.describe(a.roleDefinitionId()))
                                        .distinct()
                                        .toList())
                        + ", which earns no Partner Earned Credit";
                fix = "give it a PEC-eligible, Lighthouse-supported role again (pecAutomationAccount.role, e.g."
                        + " Contributor or Support Request Contributor; lighthouse:roles -Dlighthouse.roles.filter=pec)";
            }
            case ONLY_ELIGIBLE -> {
                at = Grants.pecEligible(after).get(0).at();
                why = account + " is now only eligible (just-in-time), which earns no Partner Earned Credit";
                fix = "grant it permanently (authorizations, or pecAutomationAccount.inject: true)";
            }
            default -> {
                at = after.authorizationsAt();
                why = account + " is no longer among the delegation's permanent authorizations";
                fix = "set pecAutomationAccount.inject to true (the default), or list the account with its role in"
                        + " the offer's authorizations";
            }
        }
        out.report(
                after,
                at,
                "the PEC gate held in the baseline (" + account + " held " + was + " permanently)"
                        + " and no longer does: " + why
                        + "; once deployed, this delegation stops earning Partner Earned"
                        + " Credit. " + Character.toUpperCase(fix.charAt(0)) + fix.substring(1)
                        + ", or set pec-regression"
                        + " to warning if the loss is intended");
    }
}
