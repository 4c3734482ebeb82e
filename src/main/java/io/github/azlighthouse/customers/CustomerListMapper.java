package io.github.azlighthouse.customers;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.azlighthouse.customers.CustomerList.Customer;
import io.github.azlighthouse.customers.CustomerList.EligibleGrant;
import io.github.azlighthouse.customers.CustomerList.Grant;
import io.github.azlighthouse.customers.CustomerList.Offer;
import io.github.azlighthouse.customers.CustomerList.PecAutomationAccount;
import io.github.azlighthouse.customers.CustomerList.Principal;
import io.github.azlighthouse.customers.CustomerList.Subscription;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns schema-valid parts of a customer list into the model, resolving principal and offer keys. */
final class CustomerListMapper {

    private CustomerListMapper() {}

    /**
     * The list without customers. A principal key that the top-level {@code principals} do not define is kept
     * as {@link Principal#undefined()}: a customer's own {@code principals} may define it, which is checked per
     * customer ({@link #customer}) and, for offers no customer receives, at the end ({@link #unused}).
     */
    static CustomerList header(SourceDocument doc) {
        JsonNode root = doc.root();
        Map<String, Principal> principals = principals(doc, "");
        PecAutomationAccount pec = new PecAutomationAccount(
                inline(doc, "/pecAutomationAccount"),
                doc.text("/pecAutomationAccount/role"),
                root.path("pecAutomationAccount").path("inject").asBoolean(true),
                Position.in(doc, "/pecAutomationAccount"));
        Map<String, Offer> offers = new LinkedHashMap<>();
        for (Iterator<String> it = root.path("offers").fieldNames(); it.hasNext(); ) {
            String key = it.next();
            offers.put(key, offer(doc, key, "/offers/" + SourceDocument.escape(key), principals));
        }
        JsonNode partner = root.path("partnerId");
        String location = root.path("location").asText(CustomerList.DEFAULT_LOCATION);
        return new CustomerList(
                doc.file(),
                doc.text("/managingTenantId"),
                partner.isMissingNode() || partner.isNull() ? null : partner.asText(),
                location,
                pec,
                principals,
                offers,
                List.of());
    }

    /** Undefined principal keys in offers that no customer received (those received were reported per customer). */
    static List<Finding> unused(CustomerList list, java.util.Set<String> received) {
        List<Finding> findings = new ArrayList<>();
        for (Offer offer : list.offers().values()) {
            if (!received.contains(offer.key())) {
                offer.principals().stream()
                        .filter(Principal::undefined)
                        .forEach(p -> findings.add(CustomerListReader.invalid(p.at(), undefined(p, list, null))));
            }
        }
        return findings;
    }

    /** The {@code principals} map under {@code pointer} (the top level, or a customer), by key. */
    private static Map<String, Principal> principals(SourceDocument doc, String pointer) {
        Map<String, Principal> principals = new LinkedHashMap<>();
        for (Iterator<String> it = doc.node(pointer).path("principals").fieldNames(); it.hasNext(); ) {
            String key = it.next();
            principals.put(key, inline(doc, pointer + "/principals/" + SourceDocument.escape(key)));
        }
        return principals;
    }

    private static Principal inline(SourceDocument doc, String pointer) {
        JsonNode node = doc.node(pointer);
        return new Principal(
                doc.text(pointer + "/principalId"),
                doc.text(pointer + "/displayName"),
                node.hasNonNull("type") ? node.get("type").asText() : null,
                Position.in(doc, pointer));
    }

    private static Principal principal(SourceDocument doc, String pointer, Map<String, Principal> principals) {
        JsonNode node = doc.node(pointer);
        if (!node.isTextual()) {
            return inline(doc, pointer);
        }
        Principal named = principals.get(node.asText());
        if (named == null) { // a customer's own principals may define it: checked per customer
            Position at = Position.in(doc, pointer);
            return new Principal(new Located(null, at), new Located(null, at), null, at, node.asText());
        }
        return new Principal(named.principalId(), named.displayName(), named.type(), named.at(), node.asText());
    }

    /** The problem with a key that neither the top-level {@code principals} nor {@code customer} define. */
    static String undefined(Principal p, CustomerList list, Customer customer) {
        String message = "principal '" + p.key() + "' is not defined under 'principals'"
                + (list.principals().isEmpty()
                        ? ""
                        : " (defined: " + String.join(", ", list.principals().keySet()) + ")");
        if (customer != null) {
            message += ", nor under this customer's 'principals'"
                    + (customer.principals().isEmpty()
                            ? ""
                            : " (defined: "
                                    + String.join(", ", customer.principals().keySet()) + ")");
        }
        return message;
    }

    private static Offer offer(SourceDocument doc, String key, String pointer, Map<String, Principal> principals) {
        JsonNode node = doc.node(pointer);
        List<Grant> grants = new ArrayList<>();
        for (int i = 0; i < node.path("authorizations").size(); i++) {
            String p = pointer + "/authorizations/" + i;
            List<Located> delegated = new ArrayList<>();
            for (int j = 0; j < doc.node(p + "/delegatedRoles").size(); j++) {
                delegated.add(doc.text(p + "/delegatedRoles/" + j));
            }
            grants.add(new Grant(
                    principal(doc, p + "/principal", principals),
                    doc.text(p + "/role"),
                    doc.node(p).has("delegatedRoles") ? delegated : null,
                    Position.in(doc, p)));
        }
        List<EligibleGrant> eligible = new ArrayList<>();
        for (int i = 0; i < node.path("eligibleAuthorizations").size(); i++) {
            String p = pointer + "/eligibleAuthorizations/" + i;
            List<Principal> approvers = new ArrayList<>();
            for (int j = 0; j < doc.node(p + "/approvers").size(); j++) {
                approvers.add(principal(doc, p + "/approvers/" + j, principals));
            }
            eligible.add(new EligibleGrant(
                    principal(doc, p + "/principal", principals),
                    doc.text(p + "/role"),
                    doc.text(p + "/maximumActivationDuration"),
                    doc.node(p + "/multiFactorAuth").asBoolean(false),
                    approvers,
                    Position.in(doc, p)));
        }
        Position authorizationsAt = node.has("authorizations")
                ? Position.ofKey(doc, pointer, "authorizations")
                : Position.ofKey(doc, pointer.substring(0, pointer.lastIndexOf('/')), key);
        return new Offer(
                key,
                doc.text(pointer + "/name"),
                doc.text(pointer + "/description"),
                grants,
                eligible,
                Position.in(doc, pointer),
                authorizationsAt);
    }

    /**
     * One customer at {@code pointer} in {@code doc}; offer keys that are not defined, and principal keys that
     * neither the top level nor the customer define in an offer it receives, become findings.
     */
    static Customer customer(SourceDocument doc, String pointer, CustomerList list, List<Finding> findings) {
        JsonNode node = doc.node(pointer);
        String id = node.path("id").asText();
        List<Located> offerKeys = offerKeys(doc, pointer + "/offers", id, list.offers(), findings);
        List<Subscription> subscriptions = new ArrayList<>();
        for (int i = 0; i < node.path("subscriptions").size(); i++) {
            String p = pointer + "/subscriptions/" + i;
            subscriptions.add(new Subscription(
                    doc.text(p + "/subscriptionId"),
                    texts(doc, p + "/resourceGroups"),
                    Position.in(doc, p),
                    offerKeys(doc, p + "/offers", id, list.offers(), findings)));
        }
        Customer customer = new Customer(
                doc.text(pointer + "/id"),
                node.path("name").asText(id),
                doc.text(pointer + "/tenantId"),
                offerKeys,
                subscriptions,
                Position.in(doc, pointer),
                principals(doc, pointer),
                texts(doc, pointer + "/managementGroups"));
        for (String key : customer.offerKeys()) {
            Offer offer = list.offers().get(key);
            if (offer == null) {
                continue;
            }
            for (Principal p : offer.principals()) {
                if (customer.principal(p).undefined()) {
                    findings.add(new Finding(
                            RuleIds.INPUT_INVALID,
                            Severity.ERROR,
                            p.at(),
                            new Subject(id, null, key),
                            undefined(p, list, customer)));
                }
            }
        }
        return customer;
    }

    private static List<Located> offerKeys(
            SourceDocument doc, String pointer, String customerId, Map<String, Offer> offers, List<Finding> findings) {
        List<Located> keys = texts(doc, pointer);
        for (Located key : keys) {
            if (!offers.containsKey(key.value())) {
                findings.add(CustomerListReader.invalid(
                        key.at(),
                        "customer '" + customerId + "' names offer '"
                                + key.value() + "', which is not defined under 'offers' (defined: "
                                + String.join(", ", offers.keySet()) + ")"));
            }
        }
        return keys;
    }

    private static List<Located> texts(SourceDocument doc, String pointer) {
        List<Located> out = new ArrayList<>();
        for (int i = 0; i < doc.node(pointer).size(); i++) {
            out.add(doc.text(pointer + "/" + i));
        }
        return out;
    }
}
