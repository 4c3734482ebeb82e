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

    private CustomerListMapper() {
    }

    /** The list without customers, or the reference problems found in it. */
    record Header(CustomerList list, List<Finding> findings) {
    }

    static Header header(SourceDocument doc) {
        JsonNode root = doc.root();
        List<Finding> findings = new ArrayList<>();
        Map<String, Principal> principals = new LinkedHashMap<>();
        for (Iterator<String> it = root.path("principals").fieldNames(); it.hasNext(); ) {
            String key = it.next();
            principals.put(key, inline(doc, "/principals/" + SourceDocument.escape(key)));
        }
        PecAutomationAccount pec = new PecAutomationAccount(inline(doc, "/pecAutomationAccount"),
                doc.text("/pecAutomationAccount/role"),
                root.path("pecAutomationAccount").path("inject").asBoolean(true),
                Position.in(doc, "/pecAutomationAccount"));
        Map<String, Offer> offers = new LinkedHashMap<>();
        for (Iterator<String> it = root.path("offers").fieldNames(); it.hasNext(); ) {
            String key = it.next();
            offers.put(key, offer(doc, key, "/offers/" + SourceDocument.escape(key), principals, findings));
        }
        JsonNode partner = root.path("partnerId");
        String location = root.path("location").asText(CustomerList.DEFAULT_LOCATION);
        return new Header(new CustomerList(doc.file(), doc.text("/managingTenantId"),
                partner.isMissingNode() || partner.isNull() ? null : partner.asText(), location, pec,
                offers, List.of()), findings);
    }

    private static Principal inline(SourceDocument doc, String pointer) {
        JsonNode node = doc.node(pointer);
        return new Principal(doc.text(pointer + "/principalId"), doc.text(pointer + "/displayName"),
                node.hasNonNull("type") ? node.get("type").asText() : null, Position.in(doc, pointer));
    }

    private static Principal principal(SourceDocument doc, String pointer, Map<String, Principal> principals,
            List<Finding> findings) {
        JsonNode node = doc.node(pointer);
        if (!node.isTextual()) {
            return inline(doc, pointer);
        }
        Principal named = principals.get(node.asText());
        if (named == null) {
            Position at = Position.in(doc, pointer);
            findings.add(CustomerListReader.invalid(at, "principal '" + node.asText()
                    + "' is not defined under 'principals'"
                    + (principals.isEmpty() ? "" : " (defined: " + String.join(", ", principals.keySet()) + ")")));
            return new Principal(new Located(null, at), new Located(null, at), null, at);
        }
        return named;
    }

    private static Offer offer(SourceDocument doc, String key, String pointer, Map<String, Principal> principals,
            List<Finding> findings) {
        JsonNode node = doc.node(pointer);
        List<Grant> grants = new ArrayList<>();
        for (int i = 0; i < node.path("authorizations").size(); i++) {
            String p = pointer + "/authorizations/" + i;
            List<Located> delegated = new ArrayList<>();
            for (int j = 0; j < doc.node(p + "/delegatedRoles").size(); j++) {
                delegated.add(doc.text(p + "/delegatedRoles/" + j));
            }
            grants.add(new Grant(principal(doc, p + "/principal", principals, findings), doc.text(p + "/role"),
                    doc.node(p).has("delegatedRoles") ? delegated : null, Position.in(doc, p)));
        }
        List<EligibleGrant> eligible = new ArrayList<>();
        for (int i = 0; i < node.path("eligibleAuthorizations").size(); i++) {
            String p = pointer + "/eligibleAuthorizations/" + i;
            List<Principal> approvers = new ArrayList<>();
            for (int j = 0; j < doc.node(p + "/approvers").size(); j++) {
                approvers.add(principal(doc, p + "/approvers/" + j, principals, findings));
            }
            eligible.add(new EligibleGrant(principal(doc, p + "/principal", principals, findings), doc.text(p + "/role"),
                    doc.text(p + "/maximumActivationDuration"),
                    doc.node(p + "/multiFactorAuth").asBoolean(false), approvers, Position.in(doc, p)));
        }
        Position authorizationsAt = node.has("authorizations") ? Position.ofKey(doc, pointer, "authorizations")
                : Position.ofKey(doc, pointer.substring(0, pointer.lastIndexOf('/')), key);
        return new Offer(key, doc.text(pointer + "/name"), doc.text(pointer + "/description"), grants, eligible,
                Position.in(doc, pointer), authorizationsAt);
    }

    /** One customer at {@code pointer} in {@code doc}; offer keys that are not defined become findings. */
    static Customer customer(SourceDocument doc, String pointer, Map<String, Offer> offers, List<Finding> findings) {
        JsonNode node = doc.node(pointer);
        List<Located> offerKeys = new ArrayList<>();
        for (int i = 0; i < node.path("offers").size(); i++) {
            Located key = doc.text(pointer + "/offers/" + i);
            if (!offers.containsKey(key.value())) {
                findings.add(CustomerListReader.invalid(key.at(), "customer '" + node.path("id").asText() + "' names offer '"
                        + key.value() + "', which is not defined under 'offers' (defined: "
                        + String.join(", ", offers.keySet()) + ")"));
            }
            offerKeys.add(key);
        }
        List<Subscription> subscriptions = new ArrayList<>();
        for (int i = 0; i < node.path("subscriptions").size(); i++) {
            String p = pointer + "/subscriptions/" + i;
            List<Located> groups = new ArrayList<>();
            for (int j = 0; j < doc.node(p + "/resourceGroups").size(); j++) {
                groups.add(doc.text(p + "/resourceGroups/" + j));
            }
            subscriptions.add(new Subscription(doc.text(p + "/subscriptionId"), groups, Position.in(doc, p)));
        }
        return new Customer(doc.text(pointer + "/id"), node.path("name").asText(node.path("id").asText()),
                doc.text(pointer + "/tenantId"), offerKeys, subscriptions, Position.in(doc, pointer));
    }
}
