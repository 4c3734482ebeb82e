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
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.rules.InputInvalidRule;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SchemaCheck;
import io.github.azlighthouse.source.SchemaCheck.Violation;
import io.github.azlighthouse.source.SourceDocument;
import io.github.azlighthouse.source.SourceParser;
import io.github.azlighthouse.source.SyntaxError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a customer list: syntax, then the bundled JSON Schema, then references (principal keys,
 * offer keys). Every problem becomes an {@code input-invalid} finding with file, line and column;
 * all of them are returned together. Thread-safe; build one per build and share it.
 */
public final class CustomerListReader {

    /** Classpath location of the schema; also published as {@code schemas/customers.schema.json}. */
    public static final String SCHEMA_RESOURCE = "/io/github/azlighthouse/customers/customers.schema.json";

    private final SourceParser parser;
    private final SchemaCheck schema;

    public CustomerListReader(SourceParser parser) {
        this.parser = parser;
        this.schema = new SchemaCheck(SCHEMA_RESOURCE.substring(1), SchemaCheck.PUBLISHED);
    }

    /** The outcome: a list when there were no findings, else the findings. */
    public record Result(CustomerList list, List<Finding> findings) {
        public boolean ok() {
            return list != null;
        }
    }

    public Result read(Path file, String shownAs) throws IOException {
        SourceDocument doc;
        try {
            doc = parser.parseDeferred(file, shownAs); // positions only if something is reported
        } catch (SyntaxError e) {
            return failed(List.of(invalid(e.position(), e.getMessage())));
        }
        List<Finding> findings = validate(doc);
        if (!findings.isEmpty()) {
            return failed(findings);
        }
        return new Mapper(doc).map();
    }

    private List<Finding> validate(SourceDocument doc) {
        List<Finding> findings = new ArrayList<>();
        for (Violation e : schema.check(doc.root())) {
            String pointer = e.pointer();
            Position at = Position.in(doc, pointer);
            String message;
            switch (e.keyword()) {
                case "additionalProperties":
                    at = doc.keyPosition(pointer, e.property());
                    message = "unknown key '" + e.property() + "' in " + where(pointer)
                            + "; check its spelling and indentation (README: customer list)";
                    break;
                case "required":
                    message = "missing required key '" + e.property() + "' in " + where(pointer);
                    break;
                case "pattern":
                    message = where(pointer) + ": '" + doc.root().at(pointer).asText() + "' is not allowed here; "
                            + "it must match " + e.schemaNode().asText();
                    break;
                default:
                    message = where(pointer) + ": " + e.message();
            }
            findings.add(invalid(at, message));
        }
        findings.sort(Comparator.comparingInt((Finding f) -> f.position().line())
                .thenComparingInt(f -> f.position().column()));
        return findings;
    }

    private static String where(String pointer) {
        if (pointer.isEmpty()) {
            return "the top level";
        }
        StringBuilder path = new StringBuilder();
        for (String token : pointer.substring(1).split("/")) {
            path.append(token.chars().allMatch(Character::isDigit) ? "[" + token + "]"
                    : (path.length() > 0 ? "." : "") + token.replace("~1", "/").replace("~0", "~"));
        }
        return "'" + path + "'";
    }

    static Finding invalid(Position at, String message) {
        return new Finding(InputInvalidRule.ID, Severity.ERROR, at, Subject.NONE, message);
    }

    private static Result failed(List<Finding> findings) {
        return new Result(null, List.copyOf(findings));
    }

    /** Turns a schema-valid document into the model, resolving references. */
    private static final class Mapper {
        private final SourceDocument doc;
        private final List<Finding> findings = new ArrayList<>();
        private final Map<String, Principal> principals = new LinkedHashMap<>();

        Mapper(SourceDocument doc) {
            this.doc = doc;
        }

        Result map() {
            JsonNode root = doc.root();
            for (Iterator<String> it = root.path("principals").fieldNames(); it.hasNext(); ) {
                String key = it.next();
                principals.put(key, inline("/principals/" + SourceDocument.escape(key)));
            }
            PecAutomationAccount pec = new PecAutomationAccount(inline("/pecAutomationAccount"),
                    doc.text("/pecAutomationAccount/role"),
                    root.path("pecAutomationAccount").path("inject").asBoolean(true),
                    Position.in(doc, "/pecAutomationAccount"));
            Map<String, Offer> offers = new LinkedHashMap<>();
            for (Iterator<String> it = root.path("offers").fieldNames(); it.hasNext(); ) {
                String key = it.next();
                offers.put(key, offer(key, "/offers/" + SourceDocument.escape(key)));
            }
            List<Customer> customers = new ArrayList<>();
            for (int i = 0; i < root.path("customers").size(); i++) {
                customers.add(customer("/customers/" + i, offers));
            }
            JsonNode partner = root.path("partnerId");
            String location = root.path("location").asText(CustomerList.DEFAULT_LOCATION);
            if (!findings.isEmpty()) {
                return failed(findings);
            }
            return new Result(new CustomerList(doc.file(), doc.text("/managingTenantId"),
                    partner.isMissingNode() || partner.isNull() ? null : partner.asText(), location, pec,
                    offers, customers), List.of());
        }

        private Principal inline(String pointer) {
            JsonNode node = doc.root().at(pointer);
            return new Principal(doc.text(pointer + "/principalId"), doc.text(pointer + "/displayName"),
                    node.hasNonNull("type") ? node.get("type").asText() : null, Position.in(doc, pointer));
        }

        private Principal principal(String pointer) {
            JsonNode node = doc.root().at(pointer);
            if (!node.isTextual()) {
                return inline(pointer);
            }
            Principal named = principals.get(node.asText());
            if (named == null) {
                findings.add(invalid(Position.in(doc, pointer), "principal '" + node.asText()
                        + "' is not defined under 'principals'"
                        + (principals.isEmpty() ? "" : " (defined: " + String.join(", ", principals.keySet()) + ")")));
                return new Principal(new Located(null, Position.in(doc, pointer)), new Located(null, Position.in(doc, pointer)),
                        null, Position.in(doc, pointer));
            }
            return named;
        }

        private Offer offer(String key, String pointer) {
            JsonNode node = doc.root().at(pointer);
            List<Grant> grants = new ArrayList<>();
            for (int i = 0; i < node.path("authorizations").size(); i++) {
                String p = pointer + "/authorizations/" + i;
                List<Located> delegated = new ArrayList<>();
                for (int j = 0; j < doc.root().at(p + "/delegatedRoles").size(); j++) {
                    delegated.add(doc.text(p + "/delegatedRoles/" + j));
                }
                grants.add(new Grant(principal(p + "/principal"), doc.text(p + "/role"),
                        doc.root().at(p).has("delegatedRoles") ? delegated : null, Position.in(doc, p)));
            }
            List<EligibleGrant> eligible = new ArrayList<>();
            for (int i = 0; i < node.path("eligibleAuthorizations").size(); i++) {
                String p = pointer + "/eligibleAuthorizations/" + i;
                List<Principal> approvers = new ArrayList<>();
                for (int j = 0; j < doc.root().at(p + "/approvers").size(); j++) {
                    approvers.add(principal(p + "/approvers/" + j));
                }
                eligible.add(new EligibleGrant(principal(p + "/principal"), doc.text(p + "/role"),
                        doc.text(p + "/maximumActivationDuration"),
                        doc.root().at(p + "/multiFactorAuth").asBoolean(false), approvers, Position.in(doc, p)));
            }
            Position authorizationsAt = node.has("authorizations") ? Position.ofKey(doc, pointer, "authorizations")
                    : Position.ofKey(doc, pointer.substring(0, pointer.lastIndexOf('/')), key);
            return new Offer(key, doc.text(pointer + "/name"), doc.text(pointer + "/description"), grants, eligible,
                    Position.in(doc, pointer), authorizationsAt);
        }

        private Customer customer(String pointer, Map<String, Offer> offers) {
            JsonNode node = doc.root().at(pointer);
            List<Located> offerKeys = new ArrayList<>();
            for (int i = 0; i < node.path("offers").size(); i++) {
                Located key = doc.text(pointer + "/offers/" + i);
                if (!offers.containsKey(key.value())) {
                    findings.add(invalid(key.at(), "customer '" + node.path("id").asText() + "' names offer '"
                            + key.value() + "', which is not defined under 'offers' (defined: "
                            + String.join(", ", offers.keySet()) + ")"));
                }
                offerKeys.add(key);
            }
            List<Subscription> subscriptions = new ArrayList<>();
            for (int i = 0; i < node.path("subscriptions").size(); i++) {
                String p = pointer + "/subscriptions/" + i;
                List<Located> groups = new ArrayList<>();
                for (int j = 0; j < doc.root().at(p + "/resourceGroups").size(); j++) {
                    groups.add(doc.text(p + "/resourceGroups/" + j));
                }
                subscriptions.add(new Subscription(doc.text(p + "/subscriptionId"), groups, Position.in(doc, p)));
            }
            return new Customer(doc.text(pointer + "/id"), node.path("name").asText(node.path("id").asText()),
                    doc.text(pointer + "/tenantId"), offerKeys, subscriptions, Position.in(doc, pointer));
        }
    }
}
