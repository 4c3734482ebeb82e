package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.roles.Role;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code diff}: a permanent authorization the change adds with User Access Administrator (it may assign roles
 * in the customer's tenant) or with a role whose actions include {@code *} (every action on every resource:
 * Contributor; Owner is refused anyway). Eligible (just-in-time) grants are not permanent and are left out.
 * The PEC Automation Account's grant in a delegation the change adds is expected (every delegation has it) and
 * not warned; its role changing to such a role on an existing delegation is.
 */
public final class PrivilegedAccessAddedRule extends AbstractRule implements DiffRule {

    public static final String ID = "privileged-access-added";

    public PrivilegedAccessAddedRule() {
        super(
                ID,
                Severity.WARNING,
                "a permanent authorization with User Access Administrator, or a role with '*'"
                        + " actions (Contributor), is newly granted");
    }

    @Override
    public void checkChange(DelegationChange change, RuleContext context, Reporter out) {
        Delegation after = change.after();
        if (after == null) {
            return;
        }
        Set<String> had = new HashSet<>();
        if (change.before() != null) {
            change.before().authorizations().forEach(a -> had.add(key(a)));
        }
        for (Authorization a : after.authorizations()) {
            Role role = context.role(a.roleDefinitionId()).orElse(null);
            if (role == null
                    || !(role.isUserAccessAdministrator() || role.allActions())
                    || had.contains(key(a))
                    || (change.before() == null && Grants.isPec(after, a.principalId()))) {
                continue;
            }
            String what = role.isUserAccessAdministrator()
                    ? "it may assign roles to managed identities in the customer's tenant (the delegatedRoles)"
                    : "its actions include '*': every action on every resource of the delegated scope";
            out.report(
                    after,
                    a.at(),
                    "permanent " + context.describe(a.roleDefinitionId()) + " for "
                            + DelegationDriftRule.who(a.principalId(), a.displayName()) + " is newly granted: " + what
                            + "; make sure the customer expects it, or grant a narrower role (or just-in-time access)");
        }
    }

    private static String key(Authorization a) {
        return Grants.key(a.principalId()) + "|" + Grants.key(a.roleDefinitionId());
    }
}
