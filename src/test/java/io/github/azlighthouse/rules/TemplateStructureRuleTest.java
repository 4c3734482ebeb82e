package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link TemplateStructureRule}: fires on the mistake it names, quiet on a valid delegation. */
class TemplateStructureRuleTest {

    final Rule rule = new TemplateStructureRule();

    @Test
    void firesWithoutManagingTenantOrOfferName() {
        single(run(rule, valid().set(b -> b.managing = null).build()), "template-structure", "managedByTenantId");
        single(
                run(rule, valid().set(b -> b.offerName = "").build()),
                "template-structure",
                "registrationDefinitionName");
    }

    @Test
    void quietWhenBothPresent() {
        assertThat(run(rule, valid().build())).isEmpty();
    }
}
