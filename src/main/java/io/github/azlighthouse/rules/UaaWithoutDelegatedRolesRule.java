package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.roles.Role;

/** In Lighthouse, User Access Administrator only assigns the roles listed in delegatedRoleDefinitionIds. */
public final class UaaWithoutDelegatedRolesRule extends AbstractRule {

    public static final String ID = "uaa-without-delegated-roles";

    public UaaWithoutDelegatedRolesRule() {
        super(ID, Severity.ERROR, "User Access Administrator without a non-empty delegatedRoleDefinitionIds");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        for (Authorization a : d.authorizations()) {
            boolean uaa = context.role(a.roleDefinitionId())
                    .map(Role::isUserAccessAdministrator)
                    .orElse(false);
            if (uaa
                    && (a.delegatedRoleDefinitionIds() == null
                            || a.delegatedRoleDefinitionIds().isEmpty())) {
                out.report(
                        d,
                        a.roleDefinitionId().at(),
                        "User Access Administrator needs the roles it may assign"
                                + " to managed identities: add delegatedRoles (template: delegatedRoleDefinitionIds), e.g."
                                + " [Contributor]");
            }
        }
    }
}
