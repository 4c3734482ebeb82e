package io.github.azlighthouse.audit;

import static io.github.azlighthouse.audit.Exports.MANAGING;
import static io.github.azlighthouse.audit.Exports.SUB1;
import static io.github.azlighthouse.audit.Exports.SUB2;
import static io.github.azlighthouse.audit.Exports.SUB3;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditorTest {

    static final Path EXAMPLE = Path.of(System.getProperty("lighthouse.basedir", "."))
            .resolve("examples/src/main/lighthouse/customers.yaml");
    static final LocalDate AUDIT = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    CustomerList list;

    @BeforeEach
    void estate() throws IOException {
        Estate.write(dir.resolve("delegations"), dir.resolve("billing"));
        list = new CustomerListReader(new SourceParser())
                .read(EXAMPLE, "customers.yaml")
                .list();
    }

    AuditResult audit(CustomerList customers, String pec, String managing) throws IOException {
        return new Auditor()
                .run(new AuditRequest(
                        List.of(dir.resolve("delegations")),
                        List.of(dir.resolve("billing")),
                        dir,
                        customers,
                        pec,
                        managing,
                        RoleCatalog.bundled(),
                        RuleSet.defaults(),
                        AUDIT,
                        180,
                        0.15));
    }

    static SubscriptionResult sub(AuditResult r, String id) {
        return r.subscriptions().stream()
                .filter(s -> s.subscriptionId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    static List<String> rules(SubscriptionResult s) {
        return s.findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void theDefinitionNameIsTheOneGenerateWrites() {
        var planned = new DelegationPlanner(RoleCatalog.bundled())
                .plan(list, list.customers().get(0))
                .get(0)
                .get(0);
        assertThat(DelegationMatcher.definitionName(MANAGING, SUB1, "standard"))
                .isEqualTo(TemplateBuilder.definitionName(planned));
    }

    @Test
    void againstTheCustomerList() throws IOException {
        AuditResult r = audit(list, null, null);
        assertThat(r.general()).isEmpty();
        assertThat(r.subscriptions())
                .extracting(SubscriptionResult::subscriptionId)
                .containsExactly(SUB1, SUB2, SUB3, Estate.SUB4); // list order, then what only the exports have

        SubscriptionResult one = sub(r, SUB1);
        assertThat(one.customer()).isEqualTo("fabrikam");
        assertThat(one.tenantId()).isEqualTo(Exports.FABRIKAM);
        assertThat(one.pecGate()).isEqualTo("ok");
        assertThat(one.pecApplied()).isEqualTo("partly");
        assertThat(one.pecEligibleCost()).isEqualTo(112.5); // the third-party line is left out
        assertThat(one.pecMissedCost()).isEqualTo(62.5);
        assertThat(rules(one)).containsExactly("delegation-drift", "pec-not-applied"); // the other partner's is ignored
        assertThat(one.findings().get(0).message())
                .contains("permanent 'Contributor'"
                        + " (b24988ac-6180-42a0-ab88-20f7382dd24c) for 'Tier 1 Support' (" + Exports.TIER1
                        + ") is deployed but"
                        + " the list does not grant it");
        assertThat(one.delegations())
                .containsExactly(
                        "'Contoso Managed Services' on the subscription, Succeeded",
                        "'Contoso Security Operations' on the subscription, Succeeded");

        SubscriptionResult two = sub(r, SUB2);
        assertThat(two.pecGate()).isEqualTo("ok");
        assertThat(two.pecApplied()).isEqualTo("yes");
        assertThat(rules(two)).containsExactlyInAnyOrder("delegation-drift", "delegation-missing");
        assertThat(two.findings())
                .filteredOn(f -> f.ruleId().equals("delegation-drift"))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .contains("the list delegates resource groups rg-data, rg-web, but"
                                + " resource groups rg-web is delegated"));
        assertThat(two.delegations())
                .containsExactly("'Contoso Managed Services' on resource groups rg-web, Succeeded"
                        + " (eligible access not exported)");

        SubscriptionResult three = sub(r, SUB3);
        assertThat(three.pecGate()).isEqualTo("no-delegation");
        assertThat(three.pecApplied()).isEqualTo("no");
        assertThat(rules(three)).containsExactly("delegation-missing");

        SubscriptionResult four = sub(r, Estate.SUB4);
        assertThat(four.customer()).isEqualTo("northwind"); // by its tenant
        assertThat(four.pecGate()).isEqualTo("missing");
        assertThat(four.pecApplied()).isEqualTo("unknown");
        assertThat(four.pecEligibleCost()).isNull();
        assertThat(rules(four))
                .containsExactlyInAnyOrder(
                        "pec-account-missing", "delegation-unexpected", "delegation-failed", "pec-link-candidate")
                .doesNotContain("delegation-missing");

        assertThat(r.notes())
                .anySatisfy(n -> assertThat(n)
                        .startsWith("delegations/" + SUB2 + ".json: exported with az"
                                + " managedservices (api 2019-06-01)"));
        assertThat(r.notes()).contains("1 registration assignment of other managing tenants ignored.");
        assertThat(r.totals().subscriptions()).isEqualTo(4);
        assertThat(r.totals().pecGateOk()).isEqualTo(2);
        assertThat(r.totals().pecCoverage()).isEqualTo("50% (2 of 4)");
        assertThat(r.totals().missedCost()).isEqualTo(242.5);
        assertThat(r.totals().creditNotEarned()).isEqualTo(36.38);
        assertThat(r.totals().periodFrom()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(r.totals().periodTo()).isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void withoutAListOnlyTheManagingTenantsDelegationsCount() throws IOException {
        AuditResult r = audit(null, Exports.PEC, MANAGING);
        assertThat(r.subscriptions())
                .extracting(SubscriptionResult::subscriptionId)
                .containsExactly(SUB1, SUB2, Estate.SUB4);
        assertThat(rules(sub(r, SUB1))).containsExactly("pec-not-applied");
        assertThat(rules(sub(r, SUB2))).isEmpty(); // no list: no drift
        assertThat(sub(r, SUB1).customer()).isNull();
        assertThat(sub(r, SUB1).customerName()).isEqualTo("Fabrikam Ltd"); // as the delegation names the tenant
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("1 billed subscription has no delegation to us"));
    }

    @Test
    void withoutAManagingTenantEveryDelegationIsTakenAndTheReportSaysSo() throws IOException {
        AuditResult r = audit(null, Exports.PEC, null);
        assertThat(r.notes().get(0)).startsWith("No managing tenant given");
        assertThat(sub(r, SUB1).delegations()).hasSize(3);
    }

    @Test
    void aRoleThatGainedDataActionsAfterDeploymentLosesThePecGate() throws IOException {
        Path exports = dir.resolve("old-template");
        // the PEC account got Log Analytics Contributor from an old template; the role has DataActions since 2025
        Exports.write(
                exports.resolve("sub.json"),
                Exports.page(
                        null,
                        Exports.assignment(SUB1, "d1")
                                .permanent(Exports.TIER1, "Tier 1 Support", Exports.READER)
                                .permanent(Exports.TIER1, "Tier 1 Support", Exports.DELETE_ROLE)
                                .permanent(
                                        Exports.PEC, "PEC Automation Account", "92aaf0da-9dab-42b6-94a3-d43ce8d16293")
                                .rest()));
        AuditResult r = new Auditor()
                .run(new AuditRequest(
                        List.of(exports),
                        List.of(),
                        dir,
                        null,
                        Exports.PEC,
                        MANAGING,
                        RoleCatalog.bundled(),
                        RuleSet.defaults(),
                        AUDIT,
                        180,
                        0.15));
        SubscriptionResult s = r.subscriptions().get(0);
        assertThat(s.pecGate()).isEqualTo("not-eligible");
        assertThat(s.pecApplied()).isEqualTo("unknown");
        assertThat(rules(s)).contains("pec-role-not-eligible", "role-data-actions", "role-catalog-stale");
        assertThat(s.findings())
                .filteredOn(f -> f.ruleId().equals("pec-role-not-eligible"))
                .singleElement()
                .satisfies(f -> assertThat(f.position().file()).isEqualTo("old-template/sub.json"));
        assertThat(r.notes()).contains("No billing files (lighthouse.billing): whether PEC was applied is unknown.");
    }

    @Test
    void oneBadFileNeverStopsTheOthers() throws IOException {
        Files.writeString(dir.resolve("delegations/broken.json"), "{\"value\": [");
        Files.writeString(dir.resolve("billing/broken.csv.gz"), "not gzip, not a header");
        AuditResult r = audit(list, null, null);
        assertThat(r.general())
                .extracting(Finding::toString)
                .anySatisfy(s -> assertThat(s)
                        .startsWith("delegations/broken.json:1:12: error [input-invalid] not readable as JSON"));
        assertThat(r.general())
                .extracting(Finding::toString)
                .anySatisfy(s -> assertThat(s)
                        .startsWith("billing/broken.csv.gz:1:1: error [input-invalid] not a Partner Center"));
        assertThat(r.subscriptions()).hasSize(4);
        assertThat(rules(sub(r, SUB1))).containsExactly("delegation-drift", "pec-not-applied");
    }
}
