package io.github.azlighthouse.findings;

/**
 * What a finding is about, so its message names it: customer, subscription (or management group) and offer,
 * where known. Any part may be {@code null} (a template checked without a customer list has no customer).
 *
 * @param managementGroupId set for a delegation through Azure Policy on a management group (then
 *     {@code subscriptionId} is null: every subscription under the group)
 */
public record Subject(String customerId, String subscriptionId, String offer, String managementGroupId) {

    public static final Subject NONE = new Subject(null, null, null);

    public Subject(String customerId, String subscriptionId, String offer) {
        this(customerId, subscriptionId, offer, null);
    }

    /** {@code customer 'fabrikam', subscription 1111…, offer 'standard'}; empty when nothing is known. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (customerId != null) {
            s.append("customer '").append(customerId).append('\'');
        }
        if (subscriptionId != null) {
            s.append(s.length() > 0 ? ", " : "").append("subscription ").append(subscriptionId);
        }
        if (managementGroupId != null) {
            s.append(s.length() > 0 ? ", " : "")
                    .append("management group '")
                    .append(managementGroupId)
                    .append('\'');
        }
        if (offer != null) {
            s.append(s.length() > 0 ? ", " : "").append("offer '").append(offer).append('\'');
        }
        return s.toString();
    }

    /** The scope in a few characters, for lists: the subscription, or {@code mg:<id>}. */
    public String scope() {
        return managementGroupId != null ? "mg:" + managementGroupId : String.valueOf(subscriptionId);
    }
}
