package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;

/** A tenant cannot delegate to itself. */
public final class TenantSelfRule extends AbstractRule {

    public static final String ID = "tenant-self";

    public TenantSelfRule() {
        super(ID, Severity.ERROR, "managedByTenantId equals the customer's tenantId");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        if (Grants.same(d.managingTenantId(), d.customerTenantId())) {
            out.report(
                    d,
                    d.customerTenantId().at(),
                    "the customer's tenantId equals managedByTenantId "
                            + d.managingTenantId().value()
                            + "; a tenant cannot delegate to itself (Azure: \"not allowed to"
                            + " use ... as ManagedByTenantId\"): check which tenant ID belongs to the customer");
        }
    }
}
