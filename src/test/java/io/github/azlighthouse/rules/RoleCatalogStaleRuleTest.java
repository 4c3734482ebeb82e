package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.OPS;
import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.findings.Finding;
import org.junit.jupiter.api.Test;

/** {@link RoleCatalogStaleRule}: fires on the mistake it names, quiet on a valid delegation. */
class RoleCatalogStaleRuleTest {

    final Rule rule = new RoleCatalogStaleRule();

    @Test
    void firesOnARoleWhoseDataActionsChangedRecently() {
        single(
                run(rule, valid().add(auth(OPS, "Log Analytics Contributor")).build()),
                "role-catalog-stale",
                "Log Analytics Contributor");
    }

    @Test
    void firesOnAnOldCatalogOnce() {
        RuleContext old =
                new RuleContext(Fixture.CATALOG, Fixture.CATALOG.asOf().plusDays(181), 180);
        Finding f = RoleCatalogStaleRule.catalogAge(RuleSet.defaults(), old, Fixture.at(1));
        assertThat(f).isNotNull();
        assertThat(f.message()).contains("181 days old");
    }

    @Test
    void quietForStableRolesAndAFreshCatalog() {
        assertThat(run(rule, valid().build())).isEmpty();
        RuleContext fresh =
                new RuleContext(Fixture.CATALOG, Fixture.CATALOG.asOf().plusDays(180), 180);
        assertThat(RoleCatalogStaleRule.catalogAge(RuleSet.defaults(), fresh, Fixture.at(1)))
                .isNull();
    }
}
