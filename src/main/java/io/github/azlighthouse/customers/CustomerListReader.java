package io.github.azlighthouse.customers;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.azlighthouse.customers.CustomerList.Customer;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SchemaCheck;
import io.github.azlighthouse.source.SchemaCheck.Violation;
import io.github.azlighthouse.source.SourceDocument;
import io.github.azlighthouse.source.SourceParser;
import io.github.azlighthouse.source.StreamedDocument;
import io.github.azlighthouse.source.SyntaxError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads a customer list: syntax, then the bundled JSON Schema, then references (principal keys,
 * offer keys). Every problem becomes an {@code input-invalid} finding with file, line and column.
 * {@link #open} streams the customers one at a time (memory does not grow with the list);
 * {@link #read} collects them all. Thread-safe; build one per build and share it.
 */
public final class CustomerListReader {

    /** Classpath location of the schema; also published as {@code schemas/customers.schema.json}. */
    public static final String SCHEMA_RESOURCE = "/io/github/azlighthouse/customers/customers.schema.json";

    static final String CUSTOMERS = "customers";

    /** Every {@code pattern} of the schema in words, for messages: partners read words, not regular expressions. */
    static final Map<String, String> PATTERN_WORDS = Map.of(
            "^[a-z0-9][a-z0-9-]{0,62}$",
            "lower-case letters, digits and '-', starting with a letter or digit, at most 63 characters",
            "^[0-9]{1,10}$",
            "digits only, at most 10 (your Associated Partner ID, e.g. 1234567)",
            "^[a-z0-9]{2,40}$",
            "an Azure region name in lower case, without spaces, such as westeurope or eastus2"
                    + " (list them: az account list-locations -o table)",
            "^[-A-Za-z0-9_().]{0,89}[-A-Za-z0-9_()]$",
            "a resource group name: letters, digits, '-', '_', '.', '(' and ')', at most 90 characters, not ending"
                    + " with '.'",
            "^[-A-Za-z0-9_()][-A-Za-z0-9_().]{0,89}$",
            "a management group's ID (its name, not its display name: az account management-group list --query"
                    + " [].name -o tsv): letters, digits, '-', '_', '.', '(' and ')', at most 90 characters, not"
                    + " starting with '.'");

    private final SourceParser parser;
    private final SchemaCheck schema;
    private final SchemaCheck customerSchema;

    public CustomerListReader(SourceParser parser) {
        this.parser = parser;
        this.schema = new SchemaCheck(SCHEMA_RESOURCE.substring(1), SchemaCheck.PUBLISHED);
        this.customerSchema =
                new SchemaCheck(SCHEMA_RESOURCE.substring(1), SchemaCheck.PUBLISHED, "#/definitions/customer");
    }

    /** The outcome: a list when there were no findings, else the findings. */
    public record Result(CustomerList list, List<Finding> findings) {
        public boolean ok() {
            return list != null;
        }
    }

    /** Reads the whole list: every customer, or every finding (in file order). */
    public Result read(Path file, String shownAs) throws IOException {
        Result result = collect(file, shownAs, false);
        return result != null ? result : collect(file, shownAs, true);
    }

    /** {@code null} when the header continued after the customers and they must be read again. */
    private Result collect(Path file, String shownAs, boolean headerFirst) throws IOException {
        try (CustomerStream stream = open(file, shownAs, headerFirst)) {
            List<Finding> findings = new ArrayList<>(stream.headerFindings());
            List<Customer> customers = new ArrayList<>();
            while (stream.hasNext()) {
                CustomerStream.Entry entry = stream.next();
                findings.addAll(entry.findings());
                if (entry.customer() != null) {
                    customers.add(pinned(entry.customer()));
                }
            }
            if (stream.mustReadAgain()) {
                return null;
            }
            findings.addAll(stream.endFindings());
            if (!findings.isEmpty()) {
                return new Result(null, List.copyOf(sorted(findings)));
            }
            return new Result(stream.header().withCustomers(customers), List.of());
        }
    }

    /** The customer with every position looked up, so its part of the file (tree and positions) can go. */
    private static Customer pinned(Customer c) {
        c.at().pin();
        c.id().at().pin();
        c.tenantId().at().pin();
        c.offers().forEach(o -> o.at().pin());
        for (CustomerList.Subscription s : c.subscriptions()) {
            s.at().pin();
            s.subscriptionId().at().pin();
            s.resourceGroups().forEach(g -> g.at().pin());
            s.offers().forEach(o -> o.at().pin());
        }
        c.managementGroups().forEach(g -> g.at().pin());
        for (CustomerList.Principal p : c.principals().values()) {
            p.at().pin();
            p.principalId().at().pin();
            p.displayName().at().pin();
        }
        return c;
    }

    /**
     * Opens the list for streaming. Use {@code headerFirst = false}; if the stream then says
     * {@link CustomerStream#mustReadAgain()} (top-level keys after {@code customers}), discard what
     * was done with its customers and open it again with {@code headerFirst = true}.
     */
    public CustomerStream open(Path file, String shownAs, boolean headerFirst) throws IOException {
        StreamedDocument doc;
        try {
            doc = parser.stream(file, shownAs, CUSTOMERS, CustomerListReader::headerReady, headerFirst);
        } catch (SyntaxError e) {
            return new CustomerStream(this, null, null, List.of(invalid(e.position(), e.getMessage())));
        }
        SourceDocument header = doc.header();
        List<Finding> findings = headerViolations(header, doc);
        CustomerList list = findings.isEmpty() ? CustomerListMapper.header(header) : null;
        return new CustomerStream(this, doc, list, sorted(findings));
    }

    /**
     * Customers can be read in the first pass only when every key they depend on came before them:
     * the required keys, and {@code principals} when an offer names a principal by key.
     */
    static boolean headerReady(JsonNode header) {
        if (!header.has("managingTenantId") || !header.has("pecAutomationAccount") || !header.has("offers")) {
            return false;
        }
        return header.has("principals") || !namesPrincipalKey(header.path("offers"));
    }

    private static boolean namesPrincipalKey(JsonNode node) {
        if (node.isObject()) {
            if (node.path("principal").isTextual()) {
                return true;
            }
            for (JsonNode child : node) {
                if (namesPrincipalKey(child)) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                if (child.isTextual() || namesPrincipalKey(child)) { // approvers: [key]
                    return true;
                }
            }
        }
        return false;
    }

    private List<Finding> headerViolations(SourceDocument header, StreamedDocument doc) {
        List<Finding> findings = new ArrayList<>();
        for (Violation v : schema.check(header.root())) {
            if (doc.hasArray() && v.pointer().equals("/" + CUSTOMERS)) {
                continue; // the customers stand as an empty array here; they are checked one by one
            }
            findings.add(finding(header, v, v.pointer()));
        }
        return findings;
    }

    /**
     * Schema and reference checks of one streamed customer; mapped only when {@code list} is known. The offers
     * it receives are added to {@code received}.
     */
    CustomerStream.Entry customer(SourceDocument element, CustomerList list, java.util.Set<String> received) {
        List<Finding> findings = new ArrayList<>();
        List<Violation> violations = customerSchema.check(element.root());
        for (Violation v : violations) {
            if (!(v.keyword().equals("required")
                    && v.pointer().isEmpty()
                    && NOTHING_TO_DELEGATE.contains(String.valueOf(v.property())))) {
                findings.add(finding(element, v, element.base() + v.pointer()));
            }
        }
        // anyOf [subscriptions, managementGroups]: the validator names both missing keys; say it once
        if (violations.stream()
                .filter(v -> v.keyword().equals("required") && v.pointer().isEmpty())
                .map(Violation::property)
                .toList()
                .containsAll(NOTHING_TO_DELEGATE)) {
            findings.add(invalid(
                    Position.in(element, element.base()),
                    where(element.base()) + ": list 'subscriptions',"
                            + " 'managementGroups' or both; a customer needs something to delegate"));
        }
        received(element.root(), received); // also when the customer is refused: its offers were meant for it
        if (!findings.isEmpty() || list == null) {
            return new CustomerStream.Entry(null, sorted(findings));
        }
        Customer customer = CustomerListMapper.customer(element, element.base(), list, findings);
        return new CustomerStream.Entry(findings.isEmpty() ? customer : null, sorted(findings));
    }

    /** The keys of which a customer needs at least one. */
    private static final List<String> NOTHING_TO_DELEGATE = List.of("subscriptions", "managementGroups");

    /** The offer keys a customer's JSON names (its own and its subscriptions'), whatever else is wrong with it. */
    private static void received(JsonNode customer, java.util.Set<String> received) {
        customer.path("offers").forEach(o -> received.add(o.asText()));
        customer.path("subscriptions").forEach(s -> s.path("offers").forEach(o -> received.add(o.asText())));
    }

    /** One schema violation as a finding; {@code pointer} is the violation's place in the whole file. */
    private static Finding finding(SourceDocument doc, Violation e, String pointer) {
        Position at = Position.in(doc, pointer);
        String message;
        switch (e.keyword()) {
            case "additionalProperties" -> {
                at = doc.keyPosition(pointer, e.property());
                message = "unknown key '" + e.property() + "' in " + where(pointer)
                        + "; check its spelling and indentation (README: customer list)";
            }
            case "required" -> message = "missing required key '" + e.property() + "' in " + where(pointer);
            case "pattern" ->
                message = where(pointer) + ": '" + doc.node(pointer).asText() + "' is not allowed here; use "
                        + words(e.schemaNode().asText());
            case "uniqueItems" -> message = where(pointer) + ": the same value is listed twice; list each once";
            case "propertyNames" -> {
                at = doc.keyPosition(pointer, e.property());
                message = where(pointer) + ": the key '" + e.property() + "' is not allowed here; use "
                        + words(keyPattern(e.message()));
            }
            default -> message = where(pointer) + ": " + e.message();
        }
        return invalid(at, message);
    }

    /** A pattern in words; one the table lacks (a test keeps it complete) is quoted as it is. */
    static String words(String pattern) {
        return PATTERN_WORDS.getOrDefault(pattern, "text matching " + pattern);
    }

    /** The pattern named in the validator's propertyNames message ("… does not match the regex pattern P"). */
    private static String keyPattern(String message) {
        int at = message.indexOf("pattern ");
        return at < 0 ? message : message.substring(at + "pattern ".length()).trim();
    }

    static List<Finding> sorted(List<Finding> findings) {
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(Comparator.comparingInt((Finding f) -> f.position().line())
                .thenComparingInt(f -> f.position().column()));
        return copy;
    }

    private static String where(String pointer) {
        if (pointer.isEmpty()) {
            return "the top level";
        }
        StringBuilder path = new StringBuilder();
        for (String token : pointer.substring(1).split("/", 0)) {
            path.append(
                    token.chars().allMatch(Character::isDigit)
                            ? "[" + token + "]"
                            : (path.length() > 0 ? "." : "") + SourceDocument.unescape(token));
        }
        return "'" + path + "'";
    }

    static Finding invalid(Position at, String message) {
        return new Finding(RuleIds.INPUT_INVALID, Severity.ERROR, at, Subject.NONE, message);
    }
}
