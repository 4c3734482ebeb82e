package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;

/** Lighthouse accepts only roles without DataActions and NotDataActions. */
public final class RoleDataActionsRule extends AbstractRule {

    public static final String ID = "role-data-actions";

    public RoleDataActionsRule() {
        super(ID, Severity.ERROR, "the role has DataActions or NotDataActions");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        Grants.roles(d)
                .forEach(
                        r -> context.role(r)
                                .filter(role -> !role.isOwner() && (role.hasDataActions() || role.hasNotDataActions()))
                                .ifPresent(
                                        role -> out.report(
                                                d,
                                                r.at(),
                                                "role " + context.describe(r) + " has "
                                                        + (role.hasDataActions() ? "DataActions" : "NotDataActions")
                                                        + ", which Azure Lighthouse does not allow; choose a role without data actions (Azure: "
                                                        + "\"Only built in role definitions without any data and notData actions are allowed\")")));
    }
}
