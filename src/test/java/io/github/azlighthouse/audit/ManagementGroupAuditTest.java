package io.github.azlighthouse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.Expected;
import io.github.azlighthouse.arm.TemplateBuilder;
import io.github.azlighthouse.audit.AuditResult.SubscriptionResult;
import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.customers.CustomerListReader;
import io.github.azlighthouse.delegation.DelegationPlanner;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.source.SourceParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit} on a subscription the list does not name, delegated by a management group's policy: it shows as
 * such (not as an unexpected delegation), and is checked against what the list grants through the group.
 */
class ManagementGroupAuditTest {

    static final Path MSP = Expected.BASEDIR.resolve("src/test/resources/msp/customers.yaml");
    static final String UNDER_MG = "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a";
    static final String TIER1 = "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f";
    static final String TEAM = "6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e";

    @TempDir
    Path dir;

    CustomerList list;
    String definition;

    @BeforeEach
    void list() throws IOException {
        list = new CustomerListReader(new SourceParser())
                .read(MSP, "customers.yaml")
                .list();
        definition = TemplateBuilder.definitionName(new DelegationPlanner(RoleCatalog.bundled())
                .planManagementGroups(list, list.customers().get(1))
                .get(0)
                .get(0));
    }

    Exports.Builder deployed() {
        return Exports.assignment(UNDER_MG, definition)
                .customer(Exports.NORTHWIND, "Northwind Traders")
                .offer("Contoso Managed Services")
                .permanent(TIER1, "Northwind Tier 1", Exports.READER)
                .permanent(TIER1, "Northwind Tier 1", Exports.DELETE_ROLE)
                .permanent(TEAM, "Northwind Team", Exports.READER)
                .permanent(Exports.PEC, "PEC Automation Account", Exports.CONTRIBUTOR)
                .eligible(TEAM, "Northwind Team", Exports.CONTRIBUTOR, "Azure", "PT4H", Exports.APPROVERS);
    }

    SubscriptionResult audit(Exports.Builder export) throws IOException {
        Exports.write(dir.resolve("delegations/" + UNDER_MG + ".json"), Exports.page(null, export.rest()));
        AuditResult r = new Auditor()
                .run(new AuditRequest(
                        List.of(dir.resolve("delegations")),
                        List.of(),
                        dir,
                        list,
                        null,
                        null,
                        RoleCatalog.bundled(),
                        RuleSet.defaults(),
                        LocalDate.of(2026, 11, 24),
                        180,
                        0.15));
        return r.subscriptions().stream()
                .filter(s -> s.subscriptionId().equals(UNDER_MG))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theNameIsTheOneThePolicyGives() {
        var planned = new DelegationPlanner(RoleCatalog.bundled())
                .planManagementGroups(list, list.customers().get(1))
                .get(0)
                .get(0);
        assertThat(DelegationMatcher.definitionName(Exports.MANAGING, planned)).isEqualTo(definition);
    }

    @Test
    void aSubscriptionDelegatedByTheGroupsPolicyShowsAsSuch() throws IOException {
        SubscriptionResult s = audit(deployed());
        assertThat(s.customer()).isEqualTo("northwind");
        assertThat(s.pecGate()).isEqualTo("ok");
        assertThat(s.findings()).isEmpty();
        assertThat(s.delegations())
                .containsExactly("'Contoso Managed Services' on the subscription, through management"
                        + " group 'northwind-prod' (Azure Policy), Succeeded");
    }

    @Test
    void driftFromWhatTheGroupGrantsIsReported() throws IOException {
        SubscriptionResult s = audit(deployed().permanent(TEAM, "Northwind Team", Exports.CONTRIBUTOR));
        assertThat(s.findings()).extracting(Finding::ruleId).containsExactly("delegation-drift");
        assertThat(s.findings().get(0).fullMessage())
                .startsWith("customer 'northwind', subscription " + UNDER_MG
                        + ", management group 'northwind-prod', offer 'standard':");
    }

    @Test
    void aDelegationTheGroupDidNotMakeIsStillUnexpected() throws IOException {
        SubscriptionResult s = audit(Exports.standard(UNDER_MG, "00000000-1111-4222-8333-444444444444")
                .customer(Exports.NORTHWIND, "Northwind Traders")
                .offer("Something Else"));
        assertThat(s.findings()).extracting(Finding::ruleId).contains("delegation-unexpected");
    }
}
