package io.github.azlighthouse.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Approver;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceDocument;
import io.github.azlighthouse.source.SourceParser;
import io.github.azlighthouse.source.SyntaxError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A parameter file that {@code generate} wrote ({@code <customer>/<subscription>/<offer>.parameters.json}) read
 * back as the delegation it was made from: the planner's output (role GUIDs, the PEC account where it was
 * injected), so a generate output directory or an onboarding archive can be a baseline. Anything else is a
 * problem to report, never an exception.
 */
final class ParameterFile {

    /** A delegation, or why the file is not one. */
    record Read(Delegation delegation, Position problemAt, String problem) {}

    private final SourceParser parser;

    ParameterFile(SourceParser parser) {
        this.parser = parser;
    }

    Read read(byte[] bytes, String shown, String customer, String subscription, String offer) throws IOException {
        Position start = Position.startOf(shown);
        JsonNode values;
        try {
            SourceDocument doc = parser.parse(new ByteArrayInputStream(bytes), false, shown);
            values = doc.root().path("parameters");
        } catch (SyntaxError e) {
            return new Read(null, e.position(), e.getMessage());
        }
        if (!values.path("mspOfferName").path("value").isTextual()
                || !values.path("authorizations").path("value").isArray()) {
            return new Read(
                    null,
                    start,
                    "not a parameter file written by lighthouse:generate (no mspOfferName or"
                            + " authorizations value)");
        }
        List<Authorization> authorizations = new ArrayList<>();
        for (JsonNode a : values.path("authorizations").path("value")) {
            if (!a.path("principalId").isTextual()
                    || !a.path("roleDefinitionId").isTextual()) {
                return new Read(null, start, "an authorization without principalId or roleDefinitionId");
            }
            List<Located> delegated = null;
            if (a.has("delegatedRoleDefinitionIds")) {
                delegated = new ArrayList<>();
                for (JsonNode r : a.path("delegatedRoleDefinitionIds")) {
                    delegated.add(new Located(r.asText(), start));
                }
            }
            authorizations.add(new Authorization(
                    text(a, "principalId", start),
                    free(a, "principalIdDisplayName", start),
                    null,
                    text(a, "roleDefinitionId", start),
                    delegated,
                    start));
        }
        List<EligibleAuthorization> eligible = new ArrayList<>();
        for (JsonNode e : values.path("eligibleAuthorizations").path("value")) {
            if (!e.path("principalId").isTextual()
                    || !e.path("roleDefinitionId").isTextual()) {
                return new Read(null, start, "an eligible authorization without principalId or roleDefinitionId");
            }
            JsonNode policy = e.path("justInTimeAccessPolicy");
            List<Approver> approvers = new ArrayList<>();
            for (JsonNode p : policy.path("managedByTenantApprovers")) {
                approvers.add(new Approver(
                        text(p, "principalId", start), free(p, "principalIdDisplayName", start), null, start));
            }
            eligible.add(new EligibleAuthorization(
                    text(e, "principalId", start),
                    free(e, "principalIdDisplayName", start),
                    null,
                    text(e, "roleDefinitionId", start),
                    text(policy, "multiFactorAuthProvider", start),
                    text(policy, "maximumActivationDuration", start),
                    approvers,
                    start));
        }
        List<Located> groups = new ArrayList<>();
        for (JsonNode g : values.path("resourceGroups").path("value")) {
            groups.add(new Located(g.asText(), start));
        }
        return new Read(
                new Delegation(
                        new Subject(customer, subscription, offer),
                        null,
                        new Located(value(values, "managedByTenantId"), start),
                        new Located(subscription, start),
                        new Located(unescape(value(values, "mspOfferName")), start),
                        new Located(unescape(value(values, "mspOfferDescription")), start),
                        new Located(null, start),
                        groups,
                        authorizations,
                        eligible,
                        null,
                        start,
                        start),
                null,
                null);
    }

    private static String value(JsonNode values, String name) {
        JsonNode v = values.path(name).path("value");
        return v.isValueNode() && !v.isNull() ? v.asText() : null;
    }

    private static Located text(JsonNode n, String field, Position at) {
        JsonNode v = n.path(field);
        return new Located(v.isValueNode() && !v.isNull() ? v.asText() : null, at);
    }

    /** Text the generator escaped for ARM ({@code [[…]}), as the customer list had it. */
    private static Located free(JsonNode n, String field, Position at) {
        Located l = text(n, field, at);
        return new Located(unescape(l.value()), at);
    }

    static String unescape(String text) {
        return text != null && text.startsWith("[[") && text.endsWith("]") ? text.substring(1) : text;
    }
}
