package io.github.azlighthouse.arm;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.azlighthouse.source.SchemaCheck;
import io.github.azlighthouse.source.SchemaCheck.Violation;
import java.util.List;

/**
 * The project's strict schemas for Lighthouse templates (subscription, and management group through Azure
 * Policy) and parameter files (in the jar, also
 * published under {@code schemas/}). Nothing is fetched from the network.
 */
public final class TemplateSchemas {

    public static final String TEMPLATE_RESOURCE = "io/github/azlighthouse/arm/lighthouse-template.schema.json";
    public static final String PARAMETERS_RESOURCE = "io/github/azlighthouse/arm/lighthouse-parameters.schema.json";
    public static final String POLICY_TEMPLATE_RESOURCE =
            "io/github/azlighthouse/arm/lighthouse-policy-template.schema.json";

    private final SchemaCheck template = new SchemaCheck(TEMPLATE_RESOURCE, SchemaCheck.PUBLISHED);
    private final SchemaCheck parameters = new SchemaCheck(PARAMETERS_RESOURCE, SchemaCheck.PUBLISHED);
    private final SchemaCheck policyTemplate = new SchemaCheck(POLICY_TEMPLATE_RESOURCE, SchemaCheck.PUBLISHED);

    /** A subscription template, or (by its {@code $schema}) a management group's Azure Policy template. */
    public List<Violation> checkTemplate(JsonNode tree) {
        boolean managementGroup = tree.path("$schema").asText("").equals(PolicyTemplateBuilder.TEMPLATE_SCHEMA);
        return (managementGroup ? policyTemplate : template).check(tree);
    }

    public List<Violation> checkParameters(JsonNode tree) {
        return parameters.check(tree);
    }
}
