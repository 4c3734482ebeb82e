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

    /** Where each kind of ID comes from: the hint that ends its message. */
    static final String MANAGING_TENANT = "the partner's tenant ID: az account show --query tenantId -o tsv, signed in"
            + " to the managing (partner) tenant";

    static final String CUSTOMER_TENANT = "the customer's tenant ID: az account show --query tenantId -o tsv, signed in"
            + " to the customer's tenant (or ask the customer)";
    static final String SUBSCRIPTION = "the subscription ID: az account list -o table (column SubscriptionId), signed"
            + " in to the customer's tenant";
    static final String PRINCIPAL = "the principal's object ID in the managing tenant, not its application (client) ID:"
            + " for a service principal az ad sp show --id <appId> --query id -o tsv, or Microsoft Entra ID >"
            + " Enterprise applications > Object ID; for a group az ad group show --group <name> --query id -o tsv;"
            + " for a user az ad user show --id <user@domain> --query id -o tsv";
    static final String ROLE = "a built-in role's name or ID (list them: mvn lighthouse:roles)";

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        id(d, out, "managedByTenantId", d.managingTenantId(), MANAGING_TENANT);
        id(d, out, "customer tenantId", d.customerTenantId(), CUSTOMER_TENANT);
        id(d, out, "subscriptionId", d.subscriptionId(), SUBSCRIPTION);
        for (Authorization a : d.authorizations()) {
            id(d, out, "principalId", a.principalId(), PRINCIPAL);
            role(d, out, a.roleDefinitionId(), context);
            if (a.delegatedRoleDefinitionIds() != null) {
                a.delegatedRoleDefinitionIds().forEach(r -> role(d, out, r, context));
            }
        }
        for (EligibleAuthorization e : d.eligibleAuthorizations()) {
            id(d, out, "principalId", e.principalId(), PRINCIPAL);
            role(d, out, e.roleDefinitionId(), context);
            for (Approver ap : e.approvers()) {
                id(d, out, "approver principalId", ap.principalId(), PRINCIPAL);
            }
        }
    }

    private static void id(Delegation d, Reporter out, String what, Located value, String where) {
        if (value == null || value.value() == null) {
            return; // absent or unresolved: other rules speak for it
        }
        if (isPlaceholderText(value.value())) {
            out.report(
                    d,
                    value.at(),
                    what + " '" + value.value() + "' is a placeholder left in, not an ID; Azure"
                            + " rejects it (\"must be a valid Guid\"): replace it with " + where);
        } else if (!Guids.isCanonical(value.value())) {
            out.report(
                    d,
                    value.at(),
                    what + " '" + value.value() + "' is not a GUID (8-4-4-4-12 hexadecimal digits,"
                            + " 36 characters); use " + where);
        } else if (Guids.isPlaceholder(value.value())) {
            out.report(d, value.at(), what + " is the all-zero placeholder GUID; replace it with " + where);
        }
    }

    /**
     * Text that stands for an ID in samples and was never replaced: {@code <insert managing tenant id>},
     * {@code <ENTER YOUR TENANTID>}, {@code TenantID}, {@code {subscriptionId}}, {@code xxxxxxxx-…}.
     */
    static boolean isPlaceholderText(String s) {
        if (Guids.isCanonical(s)) {
            return false; // the usual case, decided without a copy
        }
        String t = s.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.isEmpty() || Guids.isCanonical(t)) {
            return false;
        }
        if (t.startsWith("<") || t.endsWith(">") || (t.startsWith("{") && t.endsWith("}"))) {
            return true;
        }
        if (t.matches(".*\\b(enter|insert|replace|placeholder|todo|your)\\b.*")) {
            return true; // "ENTER ADDITIONAL SUBSCRIPTION ROLE ID", "replace-with-your-tenant"
        }
        String letters = t.replaceAll("[^a-z]", "");
        return letters.matches(
                        "(your|enter|insert|the|my)*(managing|customer|partner|msp)*(tenant|subscription|principal"
                                + "|object|role|group|user|app|client|definition)+(id|guid)s?(here)?")
                || (t.replaceAll("[-x]", "").isEmpty() && t.contains("x"));
    }

    private static void role(Delegation d, Reporter out, Located role, RuleContext context) {
        if (role == null || role.value() == null) {
            return;
        }
        if (Guids.isCanonical(role.value())) {
            return; // the usual case: an ID, nothing to look up
        }
        var byName = context.catalog().byName(role.value());
        if (byName.isPresent()) {
            out.report(
                    d,
                    role.at(),
                    "roleDefinitionId '" + role.value() + "' is the role's name; Azure needs its ID"
                            + " (\"must be a valid Guid\"): write "
                            + byName.get().id());
            return;
        }
        if (isPlaceholderText(role.value())) {
            out.report(
                    d,
                    role.at(),
                    "roleDefinitionId '" + role.value() + "' is a placeholder left in; use the"
                            + " built-in role's ID (list them: mvn lighthouse:roles)");
            return;
        }
        if (looksLikeBrokenGuid(role.value())) {
            out.report(
                    d,
                    role.at(),
                    "roleDefinitionId '" + role.value() + "' is not a GUID (8-4-4-4-12 hexadecimal"
                            + " digits, 36 characters); use " + ROLE);
        }
    }
}
