package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;

/** Roles holding restricted Microsoft.Authorization actions are refused (User Access Administrator aside). */
public final class RoleRestrictedActionsRule extends AbstractRule {

    public static final String ID = "role-restricted-actions";

    public RoleRestrictedActionsRule() {
        super(ID, Severity.ERROR, "the role has one of the restricted Microsoft.Authorization actions");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        Grants.roles(d)
                .forEach(
                        r -> context.role(r)
                                .filter(role -> !role.isUserAccessAdministrator()
                                        && !role.restrictedActions().isEmpty())
                                .ifPresent(
                                        role -> out.report(
                                                d,
                                                r.at(),
                                                "role " + context.describe(r) + " holds restricted action"
                                                        + (role.restrictedActions()
                                                                                .size()
                                                                        > 1
                                                                ? "s "
                                                                : " ") + String.join(", ", role.restrictedActions())
                                                        + ", so Azure refuses it \"because of restricted actions\"; choose another role")));
    }
}
