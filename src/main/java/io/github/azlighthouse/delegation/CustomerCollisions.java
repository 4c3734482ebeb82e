package io.github.azlighthouse.delegation;

import io.github.azlighthouse.customers.CustomerList.Customer;
import io.github.azlighthouse.customers.CustomerList.Subscription;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.FindingSink;
import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Severities;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.Located;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Checks across customers, one customer at a time as a streamed list reaches them: a customer id
 * used twice, a subscription or a management group listed twice (by one customer or two). It remembers ids, not customers
 * (about 250 bytes per customer). Not thread-safe: call in list order.
 */
public final class CustomerCollisions {

    private final Severities severities;
    private final Map<String, Integer> idLines = new HashMap<>();
    private final Map<Object, String> subscriptionOwners = new HashMap<>();

    public CustomerCollisions(Severities severities) {
        this.severities = severities;
    }

    /** The collisions of {@code c} with itself and the customers checked before it. */
    public List<Finding> check(Customer c) {
        FindingSink findings = new FindingSink(severities);
        String id = c.id().value();
        Integer first = idLines.putIfAbsent(id, c.id().at().line());
        if (first != null) {
            findings.report(
                    RuleIds.OFFER_COLLISION,
                    new Subject(id, null, null),
                    c.id().at(),
                    "customer id '" + id + "' is used twice (first at line " + first
                            + "); ids name output directories and must be unique");
        }
        List<Object> own = new ArrayList<>();
        for (Subscription s : c.subscriptions()) {
            Object key = key(String.valueOf(s.subscriptionId().value()));
            String owner = subscriptionOwners.putIfAbsent(key, id);
            boolean twiceHere = own.contains(key);
            if (owner != null || twiceHere) {
                String where = twiceHere ? "twice under this customer" : "also under customer '" + owner + "'";
                findings.report(
                        RuleIds.OFFER_COLLISION,
                        new Subject(id, s.subscriptionId().value(), null),
                        s.subscriptionId().at(),
                        "subscription " + s.subscriptionId().value() + " is listed " + where
                                + "; a subscription belongs to one customer entry: list it once, with all its offers");
            }
            own.add(key);
        }
        for (Located g : c.managementGroups()) {
            String key = "management-group/" + g.value().toLowerCase(Locale.ROOT); // IDs are case-insensitive
            String owner = subscriptionOwners.putIfAbsent(key, id);
            if (owner != null) { // twice under one customer is refused by the schema (uniqueItems), up to case
                findings.report(
                        RuleIds.OFFER_COLLISION,
                        new Subject(id, null, null, g.value()),
                        g.at(),
                        "management group '" + g.value() + "' is listed "
                                + (owner.equals(id)
                                        ? "twice under this customer"
                                        : "also under customer '" + owner + "'")
                                + "; its Azure Policy delegation belongs to one"
                                + " customer entry: list it once");
            }
        }
        return findings.findings();
    }

    /** A GUID as a {@link UUID} (any case, 32 bytes instead of a 36-character string); anything else as lower-case text. */
    private static Object key(String subscriptionId) {
        return Guids.isCanonical(subscriptionId)
                ? UUID.fromString(subscriptionId)
                : subscriptionId.toLowerCase(Locale.ROOT);
    }
}
