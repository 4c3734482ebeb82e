package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.MANAGING;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link TenantSelfRule}: fires on the mistake it names, quiet on a valid delegation. */
class TenantSelfRuleTest {

    final Rule rule = new TenantSelfRule();

    @Test
    void firesWhenTheCustomerIsThePartner() {
        single(
                run(
                        rule,
                        valid().set(b -> b.customerTenant = MANAGING.toUpperCase(Locale.ROOT))
                                .build()),
                "tenant-self",
                "cannot delegate to itself");
    }

    @Test
    void quietForDistinctOrUnknownTenants() {
        assertThat(run(rule, valid().build())).isEmpty();
        assertThat(run(rule, valid().set(b -> b.customerTenant = null).build())).isEmpty();
    }
}
