package io.github.azlighthouse.customers;

import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import java.util.List;
import java.util.Map;

/**
 * The parsed and reference-resolved customer list (spec section 3). Principal references are
 * already replaced by the principals they name; role names are still as written (the role catalog
 * resolves them when delegations are built).
 */
public record CustomerList(
        String file,
        Located managingTenantId,
        String partnerId,
        String location,
        PecAutomationAccount pecAutomationAccount,
        Map<String, Offer> offers,
        List<Customer> customers) {

    public static final String DEFAULT_LOCATION = "westeurope";

    /** The same list with these customers (a streamed list's header has none). */
    public CustomerList withCustomers(List<Customer> all) {
        return new CustomerList(file, managingTenantId, partnerId, location, pecAutomationAccount, offers, List.copyOf(all));
    }

    /** The service principal that earns Partner Earned Credit. */
    public record PecAutomationAccount(Principal principal, Located role, boolean inject, Position at) {
    }

    /** A user, group or service principal of the managing tenant. {@code type} may be null (unknown). */
    public record Principal(Located principalId, Located displayName, String type, Position at) {

        public boolean isServicePrincipal() {
            return "ServicePrincipal".equals(type);
        }
    }

    /** {@code authorizationsAt}: the offer's {@code authorizations} key, or the offer when it has none. */
    public record Offer(String key, Located name, Located description, List<Grant> authorizations,
            List<EligibleGrant> eligibleAuthorizations, Position at, Position authorizationsAt) {
    }

    /** A permanent authorization as written: principal + role (+ delegated roles for UAA). */
    public record Grant(Principal principal, Located role, List<Located> delegatedRoles, Position at) {
    }

    /** A just-in-time authorization as written. */
    public record EligibleGrant(Principal principal, Located role, Located maximumActivationDuration,
            boolean multiFactorAuth, List<Principal> approvers, Position at) {
    }

    public record Customer(Located id, String name, Located tenantId, List<Located> offers,
            List<Subscription> subscriptions, Position at) {
    }

    public record Subscription(Located subscriptionId, List<Located> resourceGroups, Position at) {
    }
}
