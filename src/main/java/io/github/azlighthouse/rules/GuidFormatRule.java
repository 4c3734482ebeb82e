package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Approver;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.delegation.Guids;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.source.Located;
import java.util.regex.Pattern;

/** Tenant, subscription, principal and role IDs must be canonical GUIDs (Azure: "must be a valid Guid"). */
public final class GuidFormatRule extends AbstractRule {

    public static final String ID = "guid-format";
    private static final Pattern GUID_LIKE = Pattern.compile("^[0-9A-Za-z]{6,}(-[0-9A-Za-z]+){2,}$");

    public GuidFormatRule() {
        super(ID, Severity.ERROR, "a tenant, subscription, principal or role ID that is not a canonical GUID");
    }

    /**
     * A role written as something GUID-shaped but not canonical: a broken GUID, not a role name.
     * Such values are this rule's; {@code role-unknown} leaves them alone.
     */
    static boolean looksLikeBrokenGuid(String s) {
        return s != null && !Guids.isCanonical(s) && GUID_LIKE.matcher(s).matches();
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        id(d, out, "managedByTenantId", d.managingTenantId());
        id(d, out, "customer tenantId", d.customerTenantId());
        id(d, out, "subscriptionId", d.subscriptionId());
        for (Authorization a : d.authorizations()) {
            id(d, out, "principalId", a.principalId());
            role(d, out, a.roleDefinitionId());
            if (a.delegatedRoleDefinitionIds() != null) {
                a.delegatedRoleDefinitionIds().forEach(r -> role(d, out, r));
            }
        }
        for (EligibleAuthorization e : d.eligibleAuthorizations()) {
            id(d, out, "principalId", e.principalId());
            role(d, out, e.roleDefinitionId());
            for (Approver ap : e.approvers()) {
                id(d, out, "approver principalId", ap.principalId());
            }
        }
    }

    private static void id(Delegation d, Reporter out, String what, Located value) {
        if (value == null || value.value() == null) {
            return; // absent or unresolved: other rules speak for it
        }
        if (!Guids.isCanonical(value.value())) {
            out.report(d, value.at(), what + " '" + value.value() + "' is not a GUID (8-4-4-4-12 hexadecimal digits,"
                    + " 36 characters); copy the object ID from Microsoft Entra ID");
        } else if (Guids.isPlaceholder(value.value())) {
            out.report(d, value.at(), what + " is the all-zero placeholder GUID; replace it with the real ID");
        }
    }

    private static void role(Delegation d, Reporter out, Located role) {
        if (role != null && looksLikeBrokenGuid(role.value())) {
            out.report(d, role.at(), "roleDefinitionId '" + role.value() + "' is not a GUID (8-4-4-4-12 hexadecimal"
                    + " digits, 36 characters); use the built-in role's ID or its name");
        }
    }
}
