package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.roles.Role;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;

/** delegatedRoleDefinitionIds belong to User Access Administrator and may name supported roles only. */
public final class DelegatedRolesInvalidRule extends AbstractRule {

    public static final String ID = "delegated-roles-invalid";

    public DelegatedRolesInvalidRule() {
        super(
                ID,
                Severity.ERROR,
                "delegatedRoleDefinitionIds on a non-UAA authorization, or naming Owner, UAA or an unsupported role");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        for (Authorization a : d.authorizations()) {
            if (a.delegatedRoleDefinitionIds() == null || Grants.unknown(a.roleDefinitionId())) {
                continue;
            }
            boolean uaa = context.role(a.roleDefinitionId())
                    .map(Role::isUserAccessAdministrator)
                    .orElse(false);
            if (!uaa) {
                Position at = a.delegatedRoleDefinitionIds().isEmpty()
                        ? a.at()
                        : a.delegatedRoleDefinitionIds().get(0).at();
                out.report(
                        d,
                        at,
                        "delegatedRoles (delegatedRoleDefinitionIds) are only allowed with User Access"
                                + " Administrator, not with " + context.describe(a.roleDefinitionId())
                                + "; remove them");
                continue;
            }
            for (Located delegated : a.delegatedRoleDefinitionIds()) {
                context.role(delegated)
                        .filter(r -> !r.isSupported())
                        .ifPresent(r -> out.report(
                                d,
                                delegated.at(),
                                "User Access Administrator cannot delegate " + context.describe(delegated) + " ("
                                        + r.support().text()
                                        + "); delegated roles must be supported built-in roles other"
                                        + " than Owner and User Access Administrator"));
            }
        }
    }
}
