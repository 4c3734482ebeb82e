package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.MANAGING;
import static io.github.azlighthouse.rules.Fixture.OPS;
import static io.github.azlighthouse.rules.Fixture.approver;
import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.eligible;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrincipalSuspiciousRuleTest {

    static final String CONTRIBUTOR_ROLE_ID = "b24988ac-6180-42a0-ab88-20f7382dd24c";
    final Rule rule = new PrincipalSuspiciousRule();

    @Test
    void firesWhenAPrincipalIdIsARoleGuid() {
        List<Finding> f =
                run(rule, valid().add(auth(CONTRIBUTOR_ROLE_ID, "Reader")).build());
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.message())
                    .contains(CONTRIBUTOR_ROLE_ID)
                    .contains("built-in role 'Contributor'")
                    .contains("grant nobody")
                    .contains("az ad sp show");
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void firesWhenAPrincipalIsTheManagingTenantAlsoForApprovers() {
        List<Finding> f = run(
                rule,
                valid().eligible(eligible(OPS, "Group", "Contributor", "Azure", "PT4H", List.of(approver(MANAGING))))
                        .build());
        assertThat(f)
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .startsWith("approver principalId " + MANAGING + " is the managing tenant's ID");
    }

    @Test
    void quietForRealPrincipals() {
        assertThat(run(rule, valid().build())).isEmpty();
    }
}
