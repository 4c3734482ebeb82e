package io.github.azlighthouse.findings;

/**
 * Ids of the rules whose findings come from readers of input rather than from the rule engine's
 * checks of a delegation: the customer-list reader, the template reader, the cross-customer checks.
 * The rule classes (package {@code rules}) describe them; readers name them from here.
 */
public final class RuleIds {

    public static final String INPUT_INVALID = "input-invalid";
    public static final String TEMPLATE_STRUCTURE = "template-structure";
    public static final String SCHEMA_UNKNOWN = "schema-unknown";
    public static final String EXPRESSION_UNRESOLVED = "expression-unresolved";
    public static final String OFFER_COLLISION = "offer-collision";
    public static final String PARAMETER_MISMATCH = "parameter-mismatch";
    public static final String PARAMETERS_UNPAIRED = "parameters-unpaired";
    public static final String EXPRESSION_INVALID = "expression-invalid";

    private RuleIds() {}
}
