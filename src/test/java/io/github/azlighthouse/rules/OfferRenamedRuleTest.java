package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.ENGINEERS;
import static io.github.azlighthouse.rules.Fixture.OPS;
import static io.github.azlighthouse.rules.Fixture.PEC;
import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.runChange;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Finding;
import org.junit.jupiter.api.Test;

/** {@link OfferRenamedRule}: a new mspOfferName for an offer on the same scope. */
class OfferRenamedRuleTest {

    final DiffRule rule = new OfferRenamedRule();

    @Test
    void firesOnANewNameSayingAzureCreatesASecondDefinitionAndToRemoveTheOldOneFirst() {
        Delegation after =
                valid().set(b -> b.offerName = "Contoso Managed Services Plus").build();
        Finding f = single(
                runChange(rule, valid().build(), after),
                "offer-renamed",
                "mspOfferName changes from 'Contoso Managed Services' to 'Contoso Managed Services Plus': Azure treats"
                        + " a new mspOfferName as a new, separate offer and creates a second registration definition",
                "If you use a new mspOfferName and keep any of the same principalId values, you must remove access to"
                        + " the previous delegation before deploying the new offer: the new offer keeps 'Name of " + OPS
                        + "' (" + OPS + ")",
                "have the customer remove 'Contoso Managed Services' before deploying the new offer" + " (offboard.sh");
        assertThat(f.position()).isEqualTo(after.offerName().at());
        assertThat(f.severity().label()).isEqualTo("warning");
    }

    @Test
    void firesSayingTheOrderIsFreeWhenNoPrincipalIsShared() {
        Delegation before =
                valid().authorizations(auth(OPS, "Reader")).eligible().build();
        Delegation after = valid().set(b -> b.offerName = "New")
                .authorizations(auth(ENGINEERS, "Reader"), auth(PEC, "ServicePrincipal", "Contributor", null))
                .eligible()
                .build();
        single(runChange(rule, before, after), "offer-renamed", "no principalId is in both");
    }

    @Test
    void quietWhenTheNameStaysOrTheOfferIsAddedOrRemoved() {
        assertThat(runChange(
                        rule,
                        valid().build(),
                        valid().add(auth(OPS, "Contributor")).build()))
                .isEmpty();
        assertThat(runChange(rule, null, valid().build())).isEmpty();
        assertThat(runChange(rule, valid().build(), null)).isEmpty();
    }
}
