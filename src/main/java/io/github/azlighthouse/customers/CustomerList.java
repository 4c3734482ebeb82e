package io.github.azlighthouse.customers;

import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed and reference-resolved customer list (spec sections 3 and 11). Principal references are
 * already replaced by the principals they name (a customer's own {@code principals} are applied by
 * {@link Customer#principal}); role names are still as written (the role catalog resolves them when
 * delegations are built).
 *
 * @param principals the top-level named principals, by key
 */
public record CustomerList(
        String file,
        Located managingTenantId,
        String partnerId,
        String location,
        PecAutomationAccount pecAutomationAccount,
        Map<String, Principal> principals,
        Map<String, Offer> offers,
        List<Customer> customers) {

    public static final String DEFAULT_LOCATION = "westeurope";

    /** The same list with these customers (a streamed list's header has none). */
    public CustomerList withCustomers(List<Customer> all) {
        return new CustomerList(
                file,
                managingTenantId,
                partnerId,
                location,
                pecAutomationAccount,
                principals,
                offers,
                List.copyOf(all));
    }

    /** The service principal that earns Partner Earned Credit. */
    public record PecAutomationAccount(Principal principal, Located role, boolean inject, Position at) {}

    /**
     * A user, group or service principal of the managing tenant. {@code type} may be null (unknown).
     *
     * @param key the <code>principals</code> key it was named by, or {@code null} when written inline; a key
     *     that the top-level <code>principals</code> do not define leaves {@code principalId} without a value
     *     until a customer's own <code>principals</code> define it
     */
    public record Principal(Located principalId, Located displayName, String type, Position at, String key) {

        public Principal(Located principalId, Located displayName, String type, Position at) {
            this(principalId, displayName, type, at, null);
        }

        public boolean isServicePrincipal() {
            return "ServicePrincipal".equals(type);
        }

        /** Named by a key that only a customer's {@code principals} can define. */
        public boolean undefined() {
            return key != null && principalId.value() == null;
        }
    }

    /** {@code authorizationsAt}: the offer's {@code authorizations} key, or the offer when it has none. */
    public record Offer(
            String key,
            Located name,
            Located description,
            List<Grant> authorizations,
            List<EligibleGrant> eligibleAuthorizations,
            Position at,
            Position authorizationsAt) {

        /** Every principal the offer names: authorizations, eligible authorizations and their approvers. */
        public List<Principal> principals() {
            List<Principal> all = new java.util.ArrayList<>();
            authorizations.forEach(g -> all.add(g.principal()));
            for (EligibleGrant e : eligibleAuthorizations) {
                all.add(e.principal());
                all.addAll(e.approvers());
            }
            return all;
        }
    }

    /** A permanent authorization as written: principal + role (+ delegated roles for UAA). */
    public record Grant(Principal principal, Located role, List<Located> delegatedRoles, Position at) {}

    /** A just-in-time authorization as written. */
    public record EligibleGrant(
            Principal principal,
            Located role,
            Located maximumActivationDuration,
            boolean multiFactorAuth,
            List<Principal> approvers,
            Position at) {}

    /**
     * One customer.
     *
     * @param offers the offers of every subscription without its own, and of every management group
     * @param principals the customer's own principals by key: they override or add to the top-level ones for
     *     this customer's offers
     * @param managementGroups management-group IDs delegated through Azure Policy; may be empty
     */
    public record Customer(
            Located id,
            String name,
            Located tenantId,
            List<Located> offers,
            List<Subscription> subscriptions,
            Position at,
            Map<String, Principal> principals,
            List<Located> managementGroups) {

        public Customer(
                Located id,
                String name,
                Located tenantId,
                List<Located> offers,
                List<Subscription> subscriptions,
                Position at) {
            this(id, name, tenantId, offers, subscriptions, at, Map.of(), List.of());
        }

        /** The offer keys a subscription receives: its own, else the customer's. */
        public List<Located> offersOn(Subscription s) {
            return s.offers().isEmpty() ? offers : s.offers();
        }

        /** Every offer key this customer receives anywhere, in first-mention order. */
        public Set<String> offerKeys() {
            Set<String> keys = new LinkedHashSet<>();
            offers.forEach(o -> keys.add(o.value()));
            subscriptions.forEach(s -> s.offers().forEach(o -> keys.add(o.value())));
            return keys;
        }

        /** A principal of an offer as this customer's offers hold it: the customer's own when it defines the key. */
        public Principal principal(Principal p) {
            Principal own = p.key() == null ? null : principals.get(p.key());
            return own != null ? own : p;
        }
    }

    /**
     * One subscription of a customer.
     *
     * @param offers this subscription's own offer keys; empty = the customer's
     */
    public record Subscription(
            Located subscriptionId, List<Located> resourceGroups, Position at, List<Located> offers) {

        public Subscription(Located subscriptionId, List<Located> resourceGroups, Position at) {
            this(subscriptionId, resourceGroups, at, List.of());
        }
    }
}
