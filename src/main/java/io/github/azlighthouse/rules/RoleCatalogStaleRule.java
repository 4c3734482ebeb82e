package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.Position;
import java.time.temporal.ChronoUnit;

/**
 * Built-in roles change without notice: warn when the catalog is old, and when a role in use
 * gained or lost DataActions shortly before the catalog was made.
 */
public final class RoleCatalogStaleRule extends AbstractRule {

    public static final String ID = "role-catalog-stale";

    public RoleCatalogStaleRule() {
        super(
                ID,
                Severity.WARNING,
                "the role catalog is older than 180 days, or the role's DataActions changed recently");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        Grants.roles(d)
                .forEach(r -> context.role(r)
                        .filter(role -> role.dataActionsChangedRecently())
                        .ifPresent(role -> out.report(
                                d,
                                r.at(),
                                "role " + context.describe(r) + " gained or lost"
                                        + " DataActions shortly before "
                                        + context.catalog().asOf() + "; Azure may reject it at deploy"
                                        + " time: check it with az role definition list --name " + role.id())));
    }

    /** The catalog-age check, once per build; {@code null} when the catalog is fresh or the rule is off. */
    public static Finding catalogAge(RuleSet rules, RuleContext context, Position at) {
        long age = ChronoUnit.DAYS.between(context.catalog().asOf(), context.today());
        if (age <= context.catalogMaxAgeDays()) {
            return null;
        }
        Severity s = rules.severity(ID);
        return s == Severity.OFF
                ? null
                : new Finding(
                        ID,
                        s,
                        at,
                        Subject.NONE,
                        "the role catalog is " + age + " days old (as of "
                                + context.catalog().asOf() + ", limit " + context.catalogMaxAgeDays()
                                + "); Azure's built-in roles"
                                + " change without notice: point lighthouse.roleCatalog at a fresh 'az role definition list' export");
    }
}
