package io.github.azlighthouse.findings;

/**
 * What a finding is about, so its message names it: customer, subscription and offer, where known.
 * Any part may be {@code null} (a template checked without a customer list has no customer).
 */
public record Subject(String customerId, String subscriptionId, String offer) {

    public static final Subject NONE = new Subject(null, null, null);

    /** {@code customer 'fabrikam', subscription 1111…, offer 'standard'}; empty when nothing is known. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (customerId != null) {
            s.append("customer '").append(customerId).append('\'');
        }
        if (subscriptionId != null) {
            s.append(s.length() > 0 ? ", " : "").append("subscription ").append(subscriptionId);
        }
        if (offer != null) {
            s.append(s.length() > 0 ? ", " : "").append("offer '").append(offer).append('\'');
        }
        return s.toString();
    }
}
