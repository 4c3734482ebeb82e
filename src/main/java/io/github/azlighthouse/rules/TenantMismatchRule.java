package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;

/**
 * A template's managedByTenantId differs from the customer list's managingTenantId: the delegation
 * would go to another tenant (a copied template, a test tenant). Only with a customer list.
 */
public final class TenantMismatchRule extends AbstractRule {

    public static final String ID = "tenant-mismatch";

    public TenantMismatchRule() {
        super(ID, Severity.ERROR, "a template's managedByTenantId differs from the customer list's managingTenantId");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        String expected = context.managingTenantId();
        if (expected == null
                || d.managingTenantId() == null
                || d.managingTenantId().value() == null
                || d.managingTenantId().value().equalsIgnoreCase(expected)) {
            return;
        }
        out.report(
                d,
                d.managingTenantId().at(),
                "managedByTenantId " + d.managingTenantId().value() + " is not the"
                        + " customer list's managingTenantId " + expected
                        + "; the customer would delegate to another tenant:"
                        + " use " + expected + " (or correct managingTenantId in the customer list)");
    }
}
