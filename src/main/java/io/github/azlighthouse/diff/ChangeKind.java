package io.github.azlighthouse.diff;

import java.util.Locale;

/** What a {@link Change} is, in the order the summary table lists them. */
public enum ChangeKind {
    MANAGING_TENANT_CHANGED("managing tenant changed"),
    PEC_ACCOUNT_CHANGED("PEC Automation Account changed"),
    CUSTOMER_ADDED("customers added"),
    CUSTOMER_REMOVED("customers removed"),
    CUSTOMER_TENANT_CHANGED("customer tenants changed"),
    SUBSCRIPTION_ADDED("subscriptions added"),
    SUBSCRIPTION_REMOVED("subscriptions removed"),
    SCOPE_CHANGED("scopes changed (whole subscription / resource groups)"),
    RESOURCE_GROUP_ADDED("resource groups added"),
    RESOURCE_GROUP_REMOVED("resource groups removed"),
    OFFER_ADDED("offers added"),
    OFFER_REMOVED("offers removed"),
    OFFER_RENAMED("offers renamed"),
    PERMANENT_ACCESS_ADDED("permanent access added"),
    PERMANENT_ACCESS_REMOVED("permanent access removed"),
    DELEGATED_ROLES_CHANGED("delegated roles changed (User Access Administrator)"),
    ELIGIBLE_ACCESS_ADDED("eligible access added"),
    ELIGIBLE_ACCESS_REMOVED("eligible access removed"),
    JIT_DURATION_CHANGED("just-in-time durations changed"),
    JIT_MFA_CHANGED("just-in-time MFA changed"),
    APPROVER_ADDED("approvers added"),
    APPROVER_REMOVED("approvers removed"),
    PEC_GATE_CHANGED("PEC gate changed");

    private final String title;

    ChangeKind(String title) {
        this.title = title;
    }

    /** {@code permanent-access-added}: as {@code diff.json} names it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code permanent access added}: a row of the summary table. */
    public String title() {
        return title;
    }

    public static ChangeKind of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
