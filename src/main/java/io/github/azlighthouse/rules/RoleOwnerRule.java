package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.roles.Role;

/** Azure Lighthouse never accepts Owner. */
public final class RoleOwnerRule implements Rule {

    public static final String ID = "role-owner";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "Owner in authorizations or eligibleAuthorizations";
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        Grants.roles(d).filter(r -> context.role(r).map(Role::isOwner).orElse(false)).forEach(r ->
                out.report(d, r.at(), "Owner cannot be delegated through Azure Lighthouse (Azure rejects the"
                        + " deployment); use Contributor, and User Access Administrator with delegatedRoles where"
                        + " role assignments are needed"));
    }
}
