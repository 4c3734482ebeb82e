package io.github.azlighthouse.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.azlighthouse.arm.ArmSchema.Level;
import io.github.azlighthouse.arm.expression.DeploymentContext;
import io.github.azlighthouse.arm.expression.ExpressionCache;
import io.github.azlighthouse.arm.expression.ResourceInstance;
import io.github.azlighthouse.arm.expression.TemplateScope;
import io.github.azlighthouse.arm.expression.Value;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.FindingSink;
import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Severities;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SchemaCheck.Violation;
import io.github.azlighthouse.source.SourceDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Lighthouse template with one parameter file (or on its defaults) into the
 * {@link Delegation}s the rules check, as ARM would deploy it: the template is evaluated with the ARM
 * template language ({@code arm.expression}), copy loops produce one definition each, nested
 * deployments are followed with their evaluation scope, and management-group templates that
 * delegate subscriptions through Azure Policy are checked through the delegation they embed. Also
 * reports what only a template can get wrong: its scope, an unpublished {@code $schema}, values it
 * cannot evaluate, and (for {@code generate}'s own output) the strict schema. Stateless apart from the
 * shared, immutable schemas.
 */
public final class TemplateReader {

    static final String DEFINITIONS = "microsoft.managedservices/registrationdefinitions";
    static final String ASSIGNMENTS = "microsoft.managedservices/registrationassignments";
    static final String POLICY_DEFINITIONS = "microsoft.authorization/policydefinitions";

    private final TemplateSchemas schemas;
    private final ExpressionCache expressions = new ExpressionCache(); // shared by every file this reader reads

    public TemplateReader(TemplateSchemas schemas) {
        this.schemas = schemas;
    }

    /**
     * What is known about the deployment target besides the template: from a customer list, if any.
     *
     * @param managementGroupId the management group a management-group template is deployed to, when known
     */
    public record Context(
            String pecPrincipalId,
            String customerId,
            String customerTenantId,
            String subscriptionId,
            String managementGroupId) {

        public Context(String pecPrincipalId, String customerId, String customerTenantId, String subscriptionId) {
            this(pecPrincipalId, customerId, customerTenantId, subscriptionId, null);
        }
    }

    /** The outcome for one template: a note when it is not checked, else delegations and findings. */
    /**
     * What reading a template gave: a note when it was not read as a Lighthouse template, else its
     * delegations, and every finding.
     *
     * @param valueBlind the evaluation used only functions that tell GUIDs apart by equality, and no
     *     management-group policy (read in a scope of its own): the verdict holds for any GUIDs in their places
     */
    public record Read(String skipNote, List<Delegation> delegations, List<Finding> findings, boolean valueBlind) {
        public Read(String skipNote, List<Delegation> delegations, List<Finding> findings) {
            this(skipNote, delegations, findings, false);
        }

        public boolean skipped() {
            return skipNote != null;
        }
    }

    /** True when a {@code Microsoft.ManagedServices} resource type appears anywhere in the document. */
    public static boolean isLighthouse(JsonNode root) {
        return mentionsManagedServices(root, 0);
    }

    private static final String MANAGED_SERVICES = "microsoft.managedservices/";

    private static boolean mentionsManagedServices(JsonNode node, int depth) {
        if (depth > 64 || node == null) {
            return false;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (e.getKey().equalsIgnoreCase("type")
                        && v.isTextual()
                        && v.asText().regionMatches(true, 0, MANAGED_SERVICES, 0, MANAGED_SERVICES.length())) {
                    return true;
                }
                if (v.isContainerNode() && mentionsManagedServices(v, depth + 1)) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode v : node) {
                if (mentionsManagedServices(v, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A template checked as hand-written: by ARM's rules, not by the project's strict schemas. */
    public Read read(SourceDocument template, SourceDocument parameters, Context context, Severities rules) {
        return read(template, parameters, context, rules, false);
    }

    /**
     * A template checked by ARM's rules and, when {@code strict}, by the project's strict schemas too.
     *
     * @param strict also hold the template to the project's strict Lighthouse schema ({@code generate}'s own
     *     output, which must be exactly what the generator promises)
     */
    public Read read(
            SourceDocument template, SourceDocument parameters, Context context, Severities rules, boolean strict) {
        JsonNode root = template.root();
        FindingSink sink = new FindingSink(rules);
        Subject subject = new Subject(context.customerId(), context.subscriptionId(), null);
        if (!root.isObject() || !isLighthouse(root)) {
            return new Read("no Microsoft.ManagedServices resources: not a Lighthouse template", List.of(), List.of());
        }
        String schemaText = root.path("$schema").asText("");
        ArmSchema schema = ArmSchema.parse(schemaText);
        Position schemaAt = Position.in(template, "/$schema"); // looked up only if reported
        if (root.has("$schema") && schema.isKnown() && !schema.isTemplate()) {
            sink.report(
                    RuleIds.TEMPLATE_STRUCTURE,
                    subject,
                    schemaAt,
                    "$schema '" + schemaText + "' is not an ARM"
                            + " deployment template schema; a Lighthouse template starts with \"$schema\": \""
                            + TemplateBuilder.TEMPLATE_SCHEMA + "\"");
            return new Read(null, List.of(), sink.findings());
        }
        // without a (recognised) $schema, the deployment command decides the scope: az deployment sub create
        Level level = schema.isKnown() ? schema.level() : Level.SUBSCRIPTION;
        if (schema.isSubscriptionScope() && !schema.isPublished()) {
            sink.report(
                    RuleIds.SCHEMA_UNKNOWN,
                    subject,
                    schemaAt,
                    "$schema names " + schema.version() + "/"
                            + schema.name() + ".json, which Microsoft does not publish; the template is checked as a"
                            + " subscription deployment against 2018-05-01: use " + TemplateBuilder.TEMPLATE_SCHEMA);
        }
        if (strict) {
            strictSchema(root, schema, template, sink, subject);
        }
        TemplateScope scope = TemplateScope.of(
                template,
                parameters,
                new DeploymentContext(context.subscriptionId(), context.customerTenantId()),
                sink,
                subject,
                expressions);
        Found found = new Found();
        DelegationReader delegations = new DelegationReader(sink, context, DelegationReader.newReportedSet());
        walk(scope, level, null, found, sink, subject, delegations);
        List<Delegation> out = new ArrayList<>();
        if (level == Level.RESOURCE_GROUP && !found.definitions.isEmpty()) {
            sink.report(
                    RuleIds.TEMPLATE_STRUCTURE,
                    subject,
                    schemaAt,
                    "this is a resource-group deployment template;"
                            + " Lighthouse registration definitions are deployed at subscription scope (az deployment sub"
                            + " create): use $schema " + TemplateBuilder.TEMPLATE_SCHEMA
                            + " and put resource-group assignments"
                            + " in nested deployments (Azure: InvalidRegistrationDefinitionUri)");
            return new Read(null, List.of(), sink.findings());
        }
        Map<ResourceInstance, List<Located>> groups = Assignments.link(found.definitions, found.assignments, scope);
        for (Map.Entry<ResourceInstance, List<Located>> d : groups.entrySet()) {
            out.add(delegations.read(d.getKey(), d.getValue(), template.file()));
        }
        out.addAll(new PolicyDelegations(sink, context, delegations).read(found.policies, template.file()));
        if (out.isEmpty() && sink.findings().stream().noneMatch(Finding::isError)) {
            String note = !found.assignments.isEmpty()
                    ? "registration assignments only: the definition they assign is deployed elsewhere, so no"
                            + " authorization could be checked here"
                    : "it deploys no registration definition (the Microsoft.ManagedServices resources it names are"
                            + " not deployed by it)";
            return new Read(note, List.of(), sink.findings());
        }
        return new Read(null, out, sink.findings(), found.policies.isEmpty() && scope.valueBlind());
    }

    /** Lighthouse resources found while following nested deployments. */
    static final class Found {
        final Map<ResourceInstance, Level> definitions = new LinkedHashMap<>();
        final Map<ResourceInstance, Value> assignments = new LinkedHashMap<>(); // assignment -> its resource group
        final List<ResourceInstance> policies = new ArrayList<>();
    }

    private void walk(
            TemplateScope scope,
            Level level,
            Value resourceGroup,
            Found found,
            FindingSink sink,
            Subject subject,
            DelegationReader values) {
        if (scope.problem() != null) {
            values.unresolved(scope.problem(), "this template", "its resources were not checked");
            return;
        }
        for (ResourceInstance r : scope.resources()) {
            if (!r.deployed()) {
                continue;
            }
            String type = r.type() == null ? "" : r.type().toLowerCase(Locale.ROOT);
            if (r.copyUnknown() && (type.equals(DEFINITIONS) || type.equals(ASSIGNMENTS) || r.isDeployment())) {
                values.unresolved(
                        r.copyIndex() != null ? r.copyIndex() : r.member("copy"),
                        "the copy count of " + r.type(),
                        "so one instance was checked for all of them");
            }
            if (type.equals(DEFINITIONS)) {
                if (level == Level.RESOURCE_GROUP && resourceGroup != null) {
                    sink.report(
                            RuleIds.TEMPLATE_STRUCTURE,
                            subject,
                            r.at(),
                            "a registration definition inside a"
                                    + " resource-group deployment is rejected (InvalidRegistrationDefinitionUri: the request scope"
                                    + " should be /subscriptions/<id>): define it at subscription scope and keep only the"
                                    + " assignment in the nested deployment");
                } else if (level == Level.MANAGEMENT_GROUP || level == Level.TENANT) {
                    sink.report(
                            RuleIds.TEMPLATE_STRUCTURE,
                            subject,
                            r.at(),
                            "a registration definition cannot be"
                                    + " deployed at " + level.text
                                    + " scope; Lighthouse delegates subscriptions and resource"
                                    + " groups: deploy it at subscription scope, or delegate every subscription under a"
                                    + " management group through Azure Policy (deployIfNotExists)");
                } else {
                    found.definitions.put(r, level);
                }
            } else if (type.equals(ASSIGNMENTS)) {
                found.assignments.put(r, resourceGroup);
            } else if (type.equals(POLICY_DEFINITIONS)) {
                found.policies.add(r);
            } else if (r.isDeployment()) {
                if (r.linkedTemplate()) {
                    values.notChecked(r.at(), "a linked template (templateLink)", "its resources were not checked");
                    continue;
                }
                TemplateScope nested = r.nested();
                if (nested == null) {
                    continue;
                }
                Value group = r.targetResourceGroup();
                Level inner = group != null
                        ? Level.RESOURCE_GROUP
                        : r.targetSubscription() != null && level != Level.RESOURCE_GROUP ? Level.SUBSCRIPTION : level;
                walk(nested, inner, group != null ? group : resourceGroup, found, sink, subject, values);
            }
        }
    }

    private void strictSchema(
            JsonNode root, ArmSchema schema, SourceDocument template, FindingSink sink, Subject subject) {
        JsonNode checked = root;
        if (!schema.isPublished()) {
            checked = root.deepCopy();
            ((ObjectNode) checked).put("$schema", TemplateBuilder.TEMPLATE_SCHEMA);
        }
        for (Violation v : schemas.checkTemplate(checked)) {
            sink.report(
                    RuleIds.TEMPLATE_STRUCTURE,
                    subject,
                    template.position(v.pointer()),
                    "the template fails the" + " strict Lighthouse schema at "
                            + (v.pointer().isEmpty() ? "/" : v.pointer()) + ": " + v.message());
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

    static Set<String> types() {
        return Set.of(DEFINITIONS, ASSIGNMENTS);
    }
}
