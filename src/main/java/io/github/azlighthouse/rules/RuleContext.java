package io.github.azlighthouse.rules;

import io.github.azlighthouse.roles.Role;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.source.Located;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What rules may consult besides the delegation: the role catalog and today's date (passed in,
 * never read from the clock inside a rule, so tests are repeatable), and the customer list's
 * managing tenant when there is one ({@code managingTenantId}, else null).
 */
public record RuleContext(RoleCatalog catalog, LocalDate today, int catalogMaxAgeDays, String managingTenantId) {

    public static final int DEFAULT_CATALOG_MAX_AGE_DAYS = 180;

    /** Without a customer list: the managing tenant is not known beforehand. */
    public RuleContext(RoleCatalog catalog, LocalDate today, int catalogMaxAgeDays) {
        this(catalog, today, catalogMaxAgeDays, null);
    }

    public Optional<Role> role(Located roleId) {
        return roleId == null ? Optional.empty() : catalog.byId(roleId.value());
    }

    /** {@code 'Contributor' (b24988ac-…)} for a known role, else the text as written. */
    public String describe(Located roleId) {
        return role(roleId)
                .map(r -> "'" + r.name() + "' (" + r.id() + ")")
                .orElse("'" + (roleId == null ? null : roleId.value()) + "'");
    }
}
