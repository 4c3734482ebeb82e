package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.roles.Role;
import java.util.List;
import java.util.stream.Collectors;

/** At least one permanent role of the PEC account must be PEC-eligible and Lighthouse-supported. */
public final class PecRoleNotEligibleRule extends AbstractRule {

    public static final String ID = "pec-role-not-eligible";

    public PecRoleNotEligibleRule() {
        super(ID, Severity.ERROR,
                "the PEC Automation Account's permanent roles are all not PEC-eligible (e.g. Reader)");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        List<Authorization> pec = Grants.pecPermanent(d);
        if (pec.isEmpty() || pec.stream().anyMatch(a -> Grants.unknown(a.roleDefinitionId())
                || context.role(a.roleDefinitionId()).map(Role::earnsPec).orElse(false))) {
            return;
        }
        // an authorization whose principal is known only at deployment may be the PEC account with a good role
        if (d.authorizations().stream().anyMatch(a -> Grants.unknown(a.principalId())
                && (Grants.unknown(a.roleDefinitionId()) || context.role(a.roleDefinitionId()).map(Role::earnsPec)
                        .orElse(false)))) {
            return;
        }
        String held = pec.stream().map(a -> context.describe(a.roleDefinitionId())).collect(Collectors.joining(", "));
        out.report(d, pec.get(0).roleDefinitionId().at(), "the PEC Automation Account holds only " + held
                + ", which earns no Partner Earned Credit; give it a PEC-eligible, Lighthouse-supported role such as"
                + " Contributor or Support Request Contributor (list them: mvn lighthouse:roles"
                + " -Dlighthouse.roles.filter=pec)");
    }
}
