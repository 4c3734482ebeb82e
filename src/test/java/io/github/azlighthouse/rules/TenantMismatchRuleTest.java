package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.CATALOG;
import static io.github.azlighthouse.rules.Fixture.MANAGING;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TenantMismatchRuleTest {

    static final String OTHER = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    final Rule rule = new TenantMismatchRule();

    List<String> run(String listTenant, Delegation d) {
        List<String> out = new ArrayList<>();
        rule.check(
                d,
                new RuleContext(CATALOG, LocalDate.of(2026, 11, 24), 180, listTenant),
                (about, at, message) -> out.add(at + " " + message));
        return out;
    }

    @Test
    void firesWhenTheTemplateDelegatesToAnotherTenantThanTheList() {
        Delegation d = valid().set(b -> b.managing = OTHER).build();
        assertThat(run(MANAGING, d))
                .singleElement()
                .asString()
                .endsWith("managedByTenantId " + OTHER + " is not the customer list's managingTenantId " + MANAGING
                        + "; the customer would delegate to another tenant: use " + MANAGING
                        + " (or correct managingTenantId in the customer list)")
                .startsWith(d.managingTenantId().at().toString());
    }

    @Test
    void quietWhenTheyMatchInAnyCaseOrWithoutAList() {
        assertThat(run(MANAGING.toUpperCase(Locale.ROOT), valid().build())).isEmpty();
        assertThat(run(null, valid().set(b -> b.managing = OTHER).build())).isEmpty();
    }
}
