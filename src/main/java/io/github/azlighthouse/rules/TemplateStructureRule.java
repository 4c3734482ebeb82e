package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Severity;

/**
 * The template's shape: a subscription deployment with a definition and an assignment that pass
 * the strict schema. The schema check reports under this id; here, the definition's required values.
 */
public final class TemplateStructureRule extends AbstractRule {

    public static final String ID = RuleIds.TEMPLATE_STRUCTURE;

    public TemplateStructureRule() {
        super(ID, Severity.ERROR, "not a subscription deployment, missing definition/assignment, schema violation");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        if (d.managingTenantId() == null || d.managingTenantId().isBlank()) {
            out.report(d, d.at(), "the registration definition has no managedByTenantId; it is required");
        }
        if (d.offerName() == null || d.offerName().isBlank()) {
            out.report(
                    d,
                    d.at(),
                    "the registration definition has no registrationDefinitionName (mspOfferName);"
                            + " the customer sees it as the offer's name");
        }
    }
}
