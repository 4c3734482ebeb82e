package io.github.azlighthouse.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.azlighthouse.delegation.Delegation.Approver;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.findings.FindingSink;
import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads exports of deployed registration assignments, streamed one assignment at a time: the ARM REST
 * list response ({@code {"value": [...], "nextLink": ...}}, api 2022-10-01 with
 * {@code $expandRegistrationDefinition=true}), several such pages in one array, and the bare array that
 * {@code az managedservices assignment list --include-definition true} prints (api 2019-06-01, which has
 * no eligible authorizations). Property names are compared case-insensitively. Anything unreadable
 * becomes an {@code input-invalid} finding with its position; what could be read is kept.
 */
final class ExportReader {

    private static final Pattern ASSIGNMENT_ID =
            Pattern.compile("(?i)^/subscriptions/([^/]+)(?:/resourcegroups/([^/]+))?"
                    + "/providers/microsoft\\.managedservices/registrationassignments/([^/]+)/?$");
    private static final Pattern SUBSCRIPTION = Pattern.compile("(?i)^/subscriptions/([^/]+)");

    private final JsonFactory json = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(1_000_000)
                    .build())
            .build();

    /** What one file held. */
    record FileSummary(int assignments, boolean cliShape) {}

    FileSummary read(Path file, String shown, Consumer<DeployedAssignment> out, FindingSink findings) {
        Counter count = new Counter();
        Consumer<DeployedAssignment> counted = a -> {
            count.assignments++;
            count.cli |= !a.eligibleKnown();
            out.accept(a);
        };
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = json.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                invalid(
                        findings,
                        Position.startOf(shown),
                        "the file is empty; expected the JSON of a registration"
                                + " assignment list (collect-delegations.sh, or az managedservices assignment list"
                                + " --include-definition true)");
            } else if (first == JsonToken.START_OBJECT) {
                container(p, shown, counted, findings);
            } else if (first == JsonToken.START_ARRAY) {
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() == JsonToken.START_OBJECT) {
                        container(p, shown, counted, findings);
                    } else {
                        invalid(
                                findings,
                                PositionedJson.at(p.currentTokenLocation(), shown),
                                "element " + i + " is not an object; expected registration assignments or list pages");
                        p.skipChildren();
                    }
                    i++;
                }
            } else {
                invalid(
                        findings,
                        PositionedJson.at(p.currentTokenLocation(), shown),
                        "not a registration assignment" + " export: expected a JSON object or array");
            }
        } catch (JsonProcessingException e) {
            invalid(
                    findings,
                    PositionedJson.at(e.getLocation(), shown),
                    "not readable as JSON: " + firstLine(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) { // one bad file never stops the others
            invalid(findings, Position.startOf(shown), "cannot be read: " + firstLine(e.getMessage()));
        }
        return new FileSummary(count.assignments, count.cli);
    }

    private static final class Counter {
        int assignments;
        boolean cli;
    }

    /**
     * An object: a list page when it has a {@code value} array (its elements streamed), else one assignment.
     */
    private void container(JsonParser p, String shown, Consumer<DeployedAssignment> out, FindingSink findings)
            throws IOException {
        Position at = PositionedJson.at(p.currentTokenLocation(), shown);
        ObjectNode partial = JsonNodeFactory.instance.objectNode();
        Map<String, Position> positions = new HashMap<>();
        positions.put("", at);
        boolean page = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName().toLowerCase(java.util.Locale.ROOT);
            p.nextToken();
            if (name.equals("value") && p.currentToken() == JsonToken.START_ARRAY) {
                page = true;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    PositionedJson element = PositionedJson.read(p, shown);
                    assignment(element, true, out, findings);
                }
            } else {
                PositionedJson.field(p, shown, name, partial, positions);
            }
        }
        if (!page) {
            assignment(PositionedJson.of(shown, partial, positions), false, out, findings);
        }
    }

    private static void assignment(
            PositionedJson a, boolean fromPage, Consumer<DeployedAssignment> out, FindingSink findings) {
        JsonNode root = a.root();
        if (!root.isObject()) {
            invalid(
                    findings,
                    a.position(""),
                    "a list element that is not an object; expected a registration assignment");
            return;
        }
        if (!root.path("properties").isObject()) {
            invalid(
                    findings,
                    a.position(""),
                    "not a registration assignment (no 'properties'); expected the output of"
                            + " collect-delegations.sh or az managedservices assignment list --include-definition true");
            return;
        }
        String def = "/properties/registrationdefinition";
        if (!a.node(def + "/properties").isObject()) {
            invalid(
                    findings,
                    a.position("/properties"),
                    "the assignment's registration definition is not included:"
                            + " export with $expandRegistrationDefinition=true (REST, as collect-delegations.sh does) or"
                            + " az managedservices assignment list --include-definition true");
            return;
        }
        Located id = a.text("/id");
        String subscription = null;
        Located group = null;
        Matcher m = id.value() == null ? null : ASSIGNMENT_ID.matcher(id.value());
        if (m != null && m.matches()) {
            subscription = m.group(1);
            group = m.group(2) == null ? null : new Located(m.group(2), id.at());
        } else {
            for (String source : List.of(def + "/id", "/properties/registrationdefinitionid")) {
                Matcher s = a.text(source).value() == null
                        ? null
                        : SUBSCRIPTION.matcher(a.text(source).value());
                if (s != null && s.find()) {
                    subscription = s.group(1);
                    break;
                }
            }
            if (a.text("/resourcegroup").value() != null) {
                group = a.text("/resourcegroup");
            }
        }
        if (subscription == null) {
            invalid(
                    findings,
                    id.value() == null ? a.position("") : id.at(),
                    "cannot tell the subscription of this"
                            + " registration assignment: its 'id' is not /subscriptions/<id>/[resourceGroups/<name>/]providers/"
                            + "Microsoft.ManagedServices/registrationAssignments/<name>");
            return;
        }
        String props = def + "/properties";
        String definitionName = a.text(def + "/name").value();
        if (definitionName == null) {
            String ref = a.text("/properties/registrationdefinitionid").value();
            definitionName = ref == null ? "" : ref.substring(ref.lastIndexOf('/') + 1);
        }
        Located state = a.text("/properties/provisioningstate");
        Located definitionState = a.text(props + "/provisioningstate");
        if ((state.isBlank() || state.value().equalsIgnoreCase("Succeeded")) && !definitionState.isBlank()) {
            state = definitionState.value().equalsIgnoreCase("Succeeded") && !state.isBlank() ? state : definitionState;
        }
        boolean eligibleKnown = fromPage || a.node(props).has("eligibleauthorizations");
        out.accept(new DeployedAssignment(
                subscription.toLowerCase(java.util.Locale.ROOT),
                group,
                definitionName,
                a.text(props + "/managedbytenantid"),
                a.text(props + "/manageetenantid"),
                a.text(props + "/manageetenantname").value(),
                a.text(props + "/registrationdefinitionname"),
                a.text(props + "/description"),
                state.isBlank() ? null : state,
                authorizations(a, props),
                eligible(a, props),
                eligibleKnown,
                a.position(props + "/authorizations"),
                a.position("")));
    }

    private static List<Authorization> authorizations(PositionedJson a, String props) {
        List<Authorization> out = new ArrayList<>();
        JsonNode list = a.node(props + "/authorizations");
        for (int i = 0; i < list.size(); i++) {
            String base = props + "/authorizations/" + i;
            List<Located> delegated = null;
            JsonNode roles = a.node(base + "/delegatedroledefinitionids");
            if (roles.isArray()) {
                delegated = new ArrayList<>();
                for (int r = 0; r < roles.size(); r++) {
                    delegated.add(role(a.text(base + "/delegatedroledefinitionids/" + r)));
                }
            }
            out.add(new Authorization(
                    a.text(base + "/principalid"),
                    a.text(base + "/principaliddisplayname"),
                    null,
                    role(a.text(base + "/roledefinitionid")),
                    delegated,
                    a.position(base)));
        }
        return out;
    }

    private static List<EligibleAuthorization> eligible(PositionedJson a, String props) {
        List<EligibleAuthorization> out = new ArrayList<>();
        JsonNode list = a.node(props + "/eligibleauthorizations");
        for (int i = 0; i < list.size(); i++) {
            String base = props + "/eligibleauthorizations/" + i;
            String jit = base + "/justintimeaccesspolicy";
            List<Approver> approvers = new ArrayList<>();
            JsonNode listed = a.node(jit + "/managedbytenantapprovers");
            for (int r = 0; r < listed.size(); r++) {
                String ap = jit + "/managedbytenantapprovers/" + r;
                approvers.add(new Approver(
                        a.text(ap + "/principalid"), a.text(ap + "/principaliddisplayname"), null, a.position(ap)));
            }
            Located mfa = a.text(jit + "/multifactorauthprovider");
            Located duration = a.text(jit + "/maximumactivationduration");
            out.add(new EligibleAuthorization(
                    a.text(base + "/principalid"),
                    a.text(base + "/principaliddisplayname"),
                    null,
                    role(a.text(base + "/roledefinitionid")),
                    mfa.isBlank() ? null : mfa,
                    duration.isBlank() ? null : duration,
                    approvers,
                    a.position(base)));
        }
        return out;
    }

    /** A role as a bare GUID: exports may give {@code /providers/Microsoft.Authorization/roleDefinitions/<guid>}. */
    private static Located role(Located role) {
        String v = role.value();
        return v != null && v.contains("/") ? new Located(v.substring(v.lastIndexOf('/') + 1), role.at()) : role;
    }

    private static void invalid(FindingSink findings, Position at, String message) {
        findings.report(RuleIds.INPUT_INVALID, Subject.NONE, at, message);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "unreadable input";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
