package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.roles.Role;

/** Azure Lighthouse never accepts Owner. */
public final class RoleOwnerRule extends AbstractRule {

    public static final String ID = "role-owner";

    public RoleOwnerRule() {
        super(ID, Severity.ERROR, "Owner in authorizations or eligibleAuthorizations");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        Grants.roles(d)
                .filter(r -> context.role(r).map(Role::isOwner).orElse(false))
                .forEach(r -> out.report(
                        d,
                        r.at(),
                        "Owner cannot be delegated through Azure Lighthouse (Azure rejects the"
                                + " deployment); use Contributor, and User Access Administrator with delegatedRoles where"
                                + " role assignments are needed"));
    }
}
