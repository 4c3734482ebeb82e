package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.roles.Role;

/** Owner and User Access Administrator can never be eligible (just-in-time) roles. */
public final class EligibleRoleRestrictedRule extends AbstractRule {

    public static final String ID = "eligible-role-restricted";

    public EligibleRoleRestrictedRule() {
        super(ID, Severity.ERROR, "Owner or User Access Administrator as an eligible authorization");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        for (EligibleAuthorization e : d.eligibleAuthorizations()) {
            context.role(e.roleDefinitionId())
                    .filter(r -> r.isOwner() || r.isUserAccessAdministrator())
                    .map(Role::name)
                    .ifPresent(name -> out.report(
                            d,
                            e.roleDefinitionId().at(),
                            name + " is \"restricted for eligible"
                                    + " authorization\"; make it a permanent authorization (User Access Administrator) or"
                                    + " choose another role"));
        }
    }
}
