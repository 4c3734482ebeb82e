package io.github.azlighthouse.rules;

import io.github.azlighthouse.roles.Role;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.source.Located;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What rules may consult besides the delegation: the role catalog and today's date (passed in,
 * never read from the clock inside a rule, so tests are repeatable).
 */
public record RuleContext(RoleCatalog catalog, LocalDate today, int catalogMaxAgeDays) {

    public static final int DEFAULT_CATALOG_MAX_AGE_DAYS = 180;

    public Optional<Role> role(Located roleId) {
        return roleId == null ? Optional.empty() : catalog.byId(roleId.value());
    }

    /** {@code 'Contributor' (b24988ac-…)} for a known role, else the text as written. */
    public String describe(Located roleId) {
        return role(roleId).map(r -> "'" + r.name() + "' (" + r.id() + ")")
                .orElse("'" + (roleId == null ? null : roleId.value()) + "'");
    }
}
