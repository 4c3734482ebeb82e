package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link OfferCollisionRule}: fires on the mistake it names, quiet on a valid delegation. */
class OfferCollisionRuleTest {

    final Rule rule = new OfferCollisionRule();

    @Test
    void firesOnTwoOffersWithOneNameOnOneSubscription() {
        Delegation a = valid().build();
        Delegation b = valid().set(x -> x.offerKey = "premium")
                .set(x -> x.offerName = "contoso managed services")
                .build();
        Finding f = single(Fixture.runScope(rule, List.of(a, b)), "offer-collision", "also used by offer 'standard'");
        assertThat(f.subject().offer()).isEqualTo("premium");
    }

    @Test
    void quietForDistinctNames() {
        Delegation b = valid().set(x -> x.offerKey = "premium")
                .set(x -> x.offerName = "Premium")
                .build();
        assertThat(Fixture.runScope(rule, List.of(valid().build(), b))).isEmpty();
    }
}
