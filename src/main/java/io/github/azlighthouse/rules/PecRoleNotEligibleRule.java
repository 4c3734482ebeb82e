package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.roles.Role;
import java.util.List;
import java.util.stream.Collectors;

/**
 * At least one permanent role of the PEC account must earn Partner Earned Credit: PEC-eligible in
 * Microsoft's table, and accepted by Azure Lighthouse as it is. Owner, User Access Administrator and
 * roles with DataActions are PEC-eligible, but Lighthouse refuses them (Owner always, DataActions always,
 * UAA except in its limited form, which does not count for PEC), so the message says which reason holds.
 */
public final class PecRoleNotEligibleRule extends AbstractRule {

    public static final String ID = "pec-role-not-eligible";

    public PecRoleNotEligibleRule() {
        super(
                ID,
                Severity.ERROR,
                "none of the PEC Automation Account's permanent roles earns PEC: not PEC-eligible (e.g. Reader), or"
                        + " PEC-eligible but refused by Lighthouse (Owner, DataActions, User Access Administrator)");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        List<Authorization> pec = Grants.pecPermanent(d);
        if (pec.isEmpty()
                || pec.stream()
                        .anyMatch(a -> Grants.unknown(a.roleDefinitionId())
                                || context.role(a.roleDefinitionId())
                                        .map(Role::earnsPec)
                                        .orElse(false))) {
            return;
        }
        // an authorization whose principal is known only at deployment may be the PEC account with a good role
        if (d.authorizations().stream()
                .anyMatch(a -> Grants.unknown(a.principalId())
                        && (Grants.unknown(a.roleDefinitionId())
                                || context.role(a.roleDefinitionId())
                                        .map(Role::earnsPec)
                                        .orElse(false)))) {
            return;
        }
        String held = pec.stream()
                .map(a -> context.describe(a.roleDefinitionId()) + ", which "
                        + whyNoPec(context.role(a.roleDefinitionId()).orElse(null)))
                .distinct()
                .collect(Collectors.joining(", and "));
        out.report(
                d,
                pec.get(0).roleDefinitionId().at(),
                "the PEC Automation Account holds only " + held
                        + "; give it a PEC-eligible, Lighthouse-supported role such as Contributor or Support Request"
                        + " Contributor (list them: mvn lighthouse:roles -Dlighthouse.roles.filter=pec)");
    }

    /** Why a role earns no Partner Earned Credit, as the end of "'Owner' (…), which …"; {@code null}: not a known role. */
    public static String whyNoPec(Role role) {
        if (role == null) {
            return "is not a built-in role the catalog knows, so no Partner Earned Credit can be counted for it";
        }
        if (!role.pecEligible()) {
            return "is not PEC-eligible (it earns no Partner Earned Credit)";
        }
        return switch (role.support()) {
            case OWNER -> "is PEC-eligible, but Azure Lighthouse never accepts Owner";
            case LIMITED ->
                "is PEC-eligible, but Azure Lighthouse accepts User Access Administrator only in its"
                        + " limited form (to assign delegatedRoles to managed identities), which does not count for"
                        + " Partner Earned Credit";
            case DATA_ACTIONS ->
                "is PEC-eligible, but Azure Lighthouse rejects roles with DataActions or NotDataActions";
            case RESTRICTED_ACTIONS ->
                "is PEC-eligible, but Azure Lighthouse rejects roles with restricted"
                        + " Microsoft.Authorization actions";
            case SUPPORTED -> "earns Partner Earned Credit";
        };
    }
}
