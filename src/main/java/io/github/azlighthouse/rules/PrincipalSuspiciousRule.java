package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Approver;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.delegation.Guids;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.source.Located;

/**
 * A principalId that ARM accepts but that grants nobody: a built-in role's GUID pasted from the
 * role table, or the managing tenant's ID. The delegation deploys and nobody can use it.
 */
public final class PrincipalSuspiciousRule extends AbstractRule {

    public static final String ID = "principal-suspicious";

    public PrincipalSuspiciousRule() {
        super(ID, Severity.WARNING, "a principalId that is a built-in role's GUID or the managing tenant's ID");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        for (Authorization a : d.authorizations()) {
            check(d, context, out, "principalId", a.principalId());
        }
        for (EligibleAuthorization e : d.eligibleAuthorizations()) {
            check(d, context, out, "eligible principalId", e.principalId());
            for (Approver ap : e.approvers()) {
                check(d, context, out, "approver principalId", ap.principalId());
            }
        }
    }

    private static void check(Delegation d, RuleContext context, Reporter out, String what, Located principal) {
        if (principal == null || principal.value() == null || Guids.isPlaceholder(principal.value())) {
            return; // the all-zero placeholder is guid-format's
        }
        context.catalog()
                .byId(principal.value())
                .ifPresentOrElse(
                        role -> out.report(
                                d,
                                principal.at(),
                                what + " " + principal.value() + " is the ID of the built-in role '"
                                        + role.name()
                                        + "', not of a user, group or service principal; the authorization would grant"
                                        + " nobody: use the principal's object ID (az ad sp show --id <appId> --query id -o tsv,"
                                        + " az ad group show --group <name> --query id -o tsv)"),
                        () -> {
                            if (Grants.same(principal, d.managingTenantId())) {
                                out.report(
                                        d,
                                        principal.at(),
                                        what + " " + principal.value() + " is the managing tenant's ID"
                                                + " (managedByTenantId), not a principal's object ID; the authorization would grant"
                                                + " nobody: use the object ID of a user, group or service principal of that tenant");
                            }
                        });
    }
}
