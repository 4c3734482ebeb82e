package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;

/** A tenant cannot delegate to itself. */
public final class TenantSelfRule implements Rule {

    public static final String ID = "tenant-self";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "managedByTenantId equals the customer's tenantId";
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        if (Grants.same(d.managingTenantId(), d.customerTenantId())) {
            out.report(d, d.customerTenantId().at(), "the customer's tenantId equals managedByTenantId "
                    + d.managingTenantId().value() + "; a tenant cannot delegate to itself (Azure: \"not allowed to"
                    + " use ... as ManagedByTenantId\"): check which tenant ID belongs to the customer");
        }
    }
}
