package io.github.azlighthouse.rules;

import java.time.LocalDate;

/**
 * What the audit-level rules consult besides one subscription: the rule context (catalog, date), who
 * we are, and the audit date (the settling window ends 48 hours before it).
 *
 * @param partnerId the Associated Partner ID, when the customer list gives it (null otherwise)
 */
public record AuditContext(
        RuleContext rules, String managingTenantId, String pecPrincipalId, String partnerId, LocalDate auditDate) {}
