package io.github.azlighthouse.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.azlighthouse.arm.TemplateValues.Value;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Approver;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.delegation.Delegation.PecAccount;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Severities;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SchemaCheck.Violation;
import io.github.azlighthouse.source.SourceDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Lighthouse template (and its parameter file) into the {@link Delegation}s the rules
 * check: one per registration definition, its resource groups taken from nested deployments (copy
 * loops over a parameter array included). Also reports what only a template can get wrong: its
 * scope, missing definitions or assignments, the strict schema, an unpublished {@code $schema},
 * and values it cannot evaluate. Stateless apart from the shared, immutable schemas.
 */
public final class TemplateReader {

    static final String MANAGED_SERVICES = "microsoft.managedservices/";
    static final String DEFINITIONS = "microsoft.managedservices/registrationdefinitions";
    static final String ASSIGNMENTS = "microsoft.managedservices/registrationassignments";
    static final String DEPLOYMENTS = "microsoft.resources/deployments";
    private static final Pattern COPY_OVER_PARAMETER = Pattern.compile(
            "^\\[\\s*parameters\\s*\\(\\s*'([^']+)'\\s*\\)\\s*\\[\\s*copyIndex\\s*\\(\\s*\\)\\s*\\]\\s*\\]$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLE_RESOURCE_ID = Pattern.compile(
            "^(?:/subscriptions/[^/]+)?/providers/Microsoft\\.Authorization/roleDefinitions/([^/]+)$",
            Pattern.CASE_INSENSITIVE);

    private final TemplateSchemas schemas;

    public TemplateReader(TemplateSchemas schemas) {
        this.schemas = schemas;
    }

    /** What is known about the deployment target besides the template: from a customer list, if any. */
    public record Context(String pecPrincipalId, String customerId, String customerTenantId, String subscriptionId) {
    }

    /** The outcome for one template: a note when it is not a Lighthouse template, else delegations and findings. */
    public record Read(String skipNote, List<Delegation> delegations, List<Finding> findings) {
        public boolean skipped() {
            return skipNote != null;
        }
    }

    /** True when the document has a Microsoft.ManagedServices resource, at the top or in nested templates. */
    public static boolean isLighthouse(JsonNode root) {
        return hasManagedServices(root.path("resources"));
    }

    private static boolean hasManagedServices(JsonNode resources) {
        for (JsonNode r : resources) {
            if (type(r).startsWith(MANAGED_SERVICES)
                    || hasManagedServices(r.path("properties").path("template").path("resources"))) {
                return true;
            }
        }
        return false;
    }

    private static String type(JsonNode resource) {
        return resource.path("type").asText("").toLowerCase(Locale.ROOT);
    }

    public Read read(SourceDocument template, SourceDocument parameters, Context context, Severities rules) {
        JsonNode root = template.root();
        List<Finding> findings = new ArrayList<>();
        Subject subject = new Subject(context.customerId(), context.subscriptionId(), null);
        if (!root.isObject() || !isLighthouse(root)) {
            return new Read("no Microsoft.ManagedServices resources: not a Lighthouse template", List.of(), List.of());
        }
        ArmSchema schema = ArmSchema.parse(root.path("$schema").asText(""));
        Position schemaAt = Position.in(template, "/$schema"); // looked up only if reported
        if (!schema.isTemplate()) {
            add(findings, finding(rules, RuleIds.TEMPLATE_STRUCTURE, subject, schemaAt, "$schema '"
                    + root.path("$schema").asText("") + "' is not an ARM deployment template schema; a Lighthouse"
                    + " template starts with \"$schema\": \"" + TemplateBuilder.TEMPLATE_SCHEMA + "\""));
            return new Read(null, List.of(), findings);
        }
        if (!schema.isSubscriptionScope()) {
            add(findings, finding(rules, RuleIds.TEMPLATE_STRUCTURE, subject, schemaAt, "this is a " + schema.scope()
                    + " deployment template; Lighthouse registration definitions are deployed at subscription scope"
                    + " (az deployment sub create): use $schema " + TemplateBuilder.TEMPLATE_SCHEMA + " and put"
                    + " resource-group assignments in nested deployments (Azure: InvalidRegistrationDefinitionUri)"));
            return new Read(null, List.of(), findings);
        }
        JsonNode checked = root;
        if (!schema.isPublished()) {
            add(findings, finding(rules, RuleIds.SCHEMA_UNKNOWN, subject, schemaAt, "$schema names " + schema.version()
                    + "/" + schema.name() + ".json, which Microsoft does not publish; the template is checked as a"
                    + " subscription deployment against 2018-05-01: use " + TemplateBuilder.TEMPLATE_SCHEMA));
            checked = root.deepCopy();
            ((ObjectNode) checked).put("$schema", TemplateBuilder.TEMPLATE_SCHEMA);
        }
        for (Violation v : schemas.checkTemplate(checked)) {
            add(findings, finding(rules, RuleIds.TEMPLATE_STRUCTURE, subject, template.position(v.pointer()),
                    "the template fails the strict Lighthouse schema at " + (v.pointer().isEmpty() ? "/" : v.pointer())
                            + ": " + v.message()));
        }

        Set<String> reported = new HashSet<>();
        TemplateValues values = new TemplateValues(template, parameters, u -> {
            if (reported.add(u.at() + u.expression())) {
                add(findings, finding(rules, RuleIds.EXPRESSION_UNRESOLVED, subject, u.at(), "'" + u.expression()
                        + "' was not evaluated (" + u.reason() + "), so the rules could not check this value"));
            }
        });

        List<Located> groups = new ArrayList<>();
        int assignments = 0;
        List<Integer> definitions = new ArrayList<>();
        JsonNode resources = root.path("resources");
        for (int i = 0; i < resources.size(); i++) {
            String type = type(resources.get(i));
            String p = "/resources/" + i;
            if (type.equals(DEFINITIONS)) {
                definitions.add(i);
            } else if (type.equals(ASSIGNMENTS)) {
                assignments++;
            } else if (type.equals(DEPLOYMENTS)) {
                assignments += nested(template, p, values, groups, findings, rules, subject);
            }
        }
        if (definitions.isEmpty()) {
            add(findings, finding(rules, RuleIds.TEMPLATE_STRUCTURE, subject, template.position("/resources"),
                    "no Microsoft.ManagedServices/registrationDefinitions at subscription scope; the template assigns"
                            + " an offer it does not define"));
        } else if (assignments == 0) {
            add(findings, finding(rules, RuleIds.TEMPLATE_STRUCTURE, subject, template.position("/resources"),
                    "no Microsoft.ManagedServices/registrationAssignments; the offer would be defined but never"
                            + " assigned: add an assignment (subscription) or nested deployments (resource groups)"));
        }
        List<Delegation> delegations = new ArrayList<>();
        for (int i : definitions) {
            delegations.add(definition(template, "/resources/" + i, values, groups, context, findings, rules));
        }
        return new Read(null, delegations, findings);
    }

    /** A nested deployment: its resource groups and the assignments in its inner template. */
    private int nested(SourceDocument template, String p, TemplateValues values, List<Located> groups,
            List<Finding> findings, Severities rules, Subject subject) {
        JsonNode deployment = template.root().at(p);
        if (deployment.path("properties").has("templateLink")) {
            add(findings, finding(rules, RuleIds.EXPRESSION_UNRESOLVED, subject, template.position(p + "/properties/templateLink"),
                    "a linked template (templateLink) is not read, so its resources were not checked"));
        }
        JsonNode inner = deployment.path("properties").path("template").path("resources");
        int assignments = 0;
        for (int j = 0; j < inner.size(); j++) {
            String type = type(inner.get(j));
            if (type.equals(ASSIGNMENTS)) {
                assignments++;
            } else if (type.equals(DEFINITIONS)) {
                add(findings, finding(rules, RuleIds.TEMPLATE_STRUCTURE, subject,
                        template.position(p + "/properties/template/resources/" + j), "a registration definition"
                                + " inside a resource-group deployment is rejected (InvalidRegistrationDefinitionUri:"
                                + " the request scope should be /subscriptions/<id>): define it at subscription scope"
                                + " and keep only the assignment in the nested deployment"));
            }
        }
        if (assignments == 0) {
            return 0;
        }
        JsonNode rg = deployment.get("resourceGroup");
        Matcher copy = rg != null && rg.isTextual() ? COPY_OVER_PARAMETER.matcher(rg.asText()) : null;
        if (copy != null && copy.matches() && deployment.has("copy")) {
            Value list = values.resolve(new Value(com.fasterxml.jackson.databind.node.TextNode.valueOf("[parameters('" + copy.group(1) + "')]"),
                    template, p + "/resourceGroup"));
            if (list.resolved() && list.node().isArray()) {
                for (int k = 0; k < list.node().size(); k++) {
                    groups.add(text(list.child(k)));
                }
            }
        } else if (rg != null) {
            Located group = text(values.resolve(new Value(rg, template, p + "/resourceGroup")));
            if (group.value() != null) {
                groups.add(group);
            }
        }
        return assignments;
    }

    private Delegation definition(SourceDocument template, String p, TemplateValues values, List<Located> groups,
            Context context, List<Finding> findings, Severities rules) {
        Value def = new Value(template.root().at(p), template, p);
        Value props = values.resolve(def.child("properties"));
        Located offerName = text(values.resolve(props.child("registrationDefinitionName")));
        Subject subject = new Subject(context.customerId(), context.subscriptionId(),
                offerName.value() != null ? offerName.value() : template.file());
        List<Authorization> authorizations = new ArrayList<>();
        Value auths = values.resolve(props.child("authorizations"));
        for (int i = 0; auths.resolved() && i < auths.node().size(); i++) {
            Value a = values.resolve(auths.child(i));
            required(a, "authorization", findings, rules, subject);
            Value delegated = values.resolve(a.child("delegatedRoleDefinitionIds"));
            List<Located> delegatedIds = null;
            if (delegated.resolved() && delegated.node().isArray()) {
                delegatedIds = new ArrayList<>();
                for (int j = 0; j < delegated.node().size(); j++) {
                    delegatedIds.add(role(values.resolve(delegated.child(j))));
                }
            }
            Located principal = text(values.resolve(a.child("principalId")));
            authorizations.add(new Authorization(principal, text(values.resolve(a.child("principalIdDisplayName"))),
                    pecType(context, principal), role(values.resolve(a.child("roleDefinitionId"))), delegatedIds, a.at()));
        }
        List<EligibleAuthorization> eligible = new ArrayList<>();
        Value elig = values.resolve(props.child("eligibleAuthorizations"));
        for (int i = 0; elig.resolved() && i < elig.node().size(); i++) {
            Value e = values.resolve(elig.child(i));
            required(e, "eligible authorization", findings, rules, subject);
            Value policy = values.resolve(e.child("justInTimeAccessPolicy"));
            List<Approver> approvers = new ArrayList<>();
            Value list = values.resolve(policy.child("managedByTenantApprovers"));
            for (int j = 0; list.resolved() && j < list.node().size(); j++) {
                Value ap = values.resolve(list.child(j));
                Located id = text(values.resolve(ap.child("principalId")));
                approvers.add(new Approver(id, text(values.resolve(ap.child("principalIdDisplayName"))),
                        pecType(context, id), ap.at()));
            }
            Located principal = text(values.resolve(e.child("principalId")));
            eligible.add(new EligibleAuthorization(principal, text(values.resolve(e.child("principalIdDisplayName"))),
                    pecType(context, principal), role(values.resolve(e.child("roleDefinitionId"))),
                    text(values.resolve(policy.child("multiFactorAuthProvider"))),
                    text(values.resolve(policy.child("maximumActivationDuration"))), approvers, e.at()));
        }
        Position authorizationsAt = auths.resolved() ? auths.at() : props.child("authorizations").at();
        return new Delegation(subject,
                context.customerTenantId() == null ? null : Located.in(context.customerTenantId(), template, p),
                text(values.resolve(props.child("managedByTenantId"))),
                Located.in(context.subscriptionId(), template, p), offerName,
                text(values.resolve(props.child("description"))), text(def.child("apiVersion")), List.copyOf(groups),
                authorizations, eligible,
                new PecAccount(Located.in(context.pecPrincipalId(), template, p), null), authorizationsAt, def.at());
    }

    /** principalId and roleDefinitionId are required in every authorization (Azure rejects the definition). */
    private static void required(Value item, String what, List<Finding> findings, Severities rules, Subject subject) {
        if (!item.resolved()) {
            return;
        }
        for (String key : List.of("principalId", "roleDefinitionId")) {
            if (!item.node().has(key)) {
                add(findings, finding(rules, RuleIds.TEMPLATE_STRUCTURE, subject, item.at(), what + " without "
                        + key + "; every authorization needs principalId and roleDefinitionId"));
            }
        }
    }

    /** The PEC account is known to be a service principal; other principals' types are unknown in a template. */
    private static String pecType(Context context, Located principal) {
        return principal.value() != null && principal.value().equalsIgnoreCase(context.pecPrincipalId())
                ? "ServicePrincipal" : null;
    }

    private static Located text(Value v) {
        boolean literal = v.resolved() && v.node().isValueNode() && !v.node().isNull();
        return Located.in(literal ? v.node().asText() : null, v.doc(), v.pointer());
    }

    /** Role IDs are bare GUIDs, or role-definition resource IDs, which are reduced to their GUID. */
    private static Located role(Value v) {
        Located raw = text(v);
        if (raw.value() == null) {
            return raw;
        }
        Matcher m = ROLE_RESOURCE_ID.matcher(raw.value().trim());
        return m.matches() ? Located.in(m.group(1), v.doc(), v.pointer()) : raw;
    }

    private static Finding finding(Severities rules, String ruleId, Subject subject, Position at, String message) {
        Severity s = rules.severity(ruleId);
        return s == Severity.OFF ? null : new Finding(ruleId, s, at, subject, message);
    }

    private static void add(List<Finding> findings, Finding f) {
        if (f != null) {
            findings.add(f);
        }
    }

    /** A parsed {@code $schema} URL of Microsoft's ARM schemas. */
    record ArmSchema(String version, String name) {
        private static final Pattern URL = Pattern.compile(
                "^https?://schema\\.management\\.azure\\.com/schemas/([0-9]{4}-[0-9]{2}-[0-9]{2}(?:-preview)?)/([A-Za-z]+)\\.json#?$",
                Pattern.CASE_INSENSITIVE);

        static ArmSchema parse(String url) {
            Matcher m = URL.matcher(url.trim());
            return m.matches() ? new ArmSchema(m.group(1), m.group(2)) : new ArmSchema(null, null);
        }

        boolean isTemplate() {
            return name != null && name.toLowerCase(Locale.ROOT).endsWith("deploymenttemplate");
        }

        boolean isParameters() {
            return name != null && name.toLowerCase(Locale.ROOT).endsWith("deploymentparameters");
        }

        boolean isSubscriptionScope() {
            return "subscriptiondeploymenttemplate".equalsIgnoreCase(name);
        }

        /** Microsoft publishes the subscription-deployment schema for 2018-05-01 only. */
        boolean isPublished() {
            return !isSubscriptionScope() || "2018-05-01".equals(version);
        }

        String scope() {
            String n = Objects.requireNonNullElse(name, "").toLowerCase(Locale.ROOT);
            if (n.startsWith("managementgroup")) {
                return "management-group";
            }
            if (n.startsWith("tenant")) {
                return "tenant";
            }
            return n.startsWith("subscription") ? "subscription" : "resource-group";
        }
    }

    /** True for a parameter file's {@code $schema}. */
    public static boolean isParameterFile(JsonNode root) {
        return ArmSchema.parse(root.path("$schema").asText("")).isParameters();
    }

    /** True for any ARM deployment template's {@code $schema}. */
    public static boolean isTemplate(JsonNode root) {
        return ArmSchema.parse(root.path("$schema").asText("")).isTemplate();
    }
}
