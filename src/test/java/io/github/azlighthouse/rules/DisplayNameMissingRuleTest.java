package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.APPROVERS;
import static io.github.azlighthouse.rules.Fixture.ENGINEERS;
import static io.github.azlighthouse.rules.Fixture.OPS;
import static io.github.azlighthouse.rules.Fixture.auth;
import static io.github.azlighthouse.rules.Fixture.eligible;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.single;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.customers.CustomerListReader;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.DelegationPlanner;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.FindingReport;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.source.SourceParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DisplayNameMissingRule}: fires on the mistake it names, quiet on a valid delegation. */
class DisplayNameMissingRuleTest {

    final Rule rule = new DisplayNameMissingRule();

    @Test
    void firesForAuthorizationsEligibleAndApprovers() {
        var a = auth(OPS, "Reader");
        var nameless = new Delegation.Authorization(a.principalId(), null, null, a.roleDefinitionId(), null, a.at());
        Finding f = single(
                run(rule, valid().add(nameless).build()),
                "display-name-missing",
                "principal " + OPS
                        + " has no display name; the customer sees it when approving the delegation: add displayName where the"
                        + " principal is defined (in a template: principalIdDisplayName)");
        assertThat(f.position()).as("no name to point at: the use").isEqualTo(a.at());
        var ap = new Delegation.Approver(Fixture.located(APPROVERS), Fixture.located(" "), "Group", Fixture.at(90));
        single(
                run(
                        rule,
                        valid().eligible(eligible(ENGINEERS, "Group", "Contributor", "Azure", "PT4H", List.of(ap)))
                                .build()),
                "display-name-missing",
                "principal " + APPROVERS + " has no display name");
    }

    /**
     * In a customer list, a principal without displayName is one problem where it is defined, named by its key:
     * not one per use (every authorization of every offer of every customer), by GUID.
     */
    @Test
    void firesOnceAtTheDefinitionOfANamedPrincipalByItsKey(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(InputInvalidRuleTest.EXAMPLE).replace(", displayName: Tier 1 Support", "");
        Path file = dir.resolve("customers.yaml");
        Files.writeString(file, yaml);
        CustomerList list = new CustomerListReader(new SourceParser())
                .read(file, "customers.yaml")
                .list();
        List<Finding> findings = new ArrayList<>();
        DelegationPlanner planner = new DelegationPlanner(Fixture.CATALOG);
        for (CustomerList.Customer c : list.customers()) {
            for (List<Delegation> sameSubscription : planner.plan(list, c)) {
                findings.addAll(RuleSet.defaults().check(sameSubscription, Fixture.CONTEXT));
            }
        }
        assertThat(findings).hasSize(12).allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo(DisplayNameMissingRule.ID);
            assertThat(f.position()).hasToString("customers.yaml:15:14"); // tier1's definition under principals
            assertThat(f.message())
                    .startsWith("principal 'tier1' (0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e) has no" + " display name;");
        });
        assertThat(FindingReport.problems(findings, Severity.ERROR)).isEqualTo(1);
        assertThat(FindingReport.lines(findings))
                .singleElement()
                .asString()
                .endsWith("(also fabrikam/8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b/security,"
                        + " fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/standard,"
                        + " fabrikam/9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c/security and 1 more)");
    }

    @Test
    void firesForThePecAccountByThatName(@TempDir Path dir) throws IOException {
        String yaml =
                Files.readString(InputInvalidRuleTest.EXAMPLE).replace("  displayName: PEC Automation Account\n", "");
        Path file = dir.resolve("customers.yaml");
        Files.writeString(file, yaml);
        CustomerList list = new CustomerListReader(new SourceParser())
                .read(file, "customers.yaml")
                .list();
        List<Finding> findings = RuleSet.defaults()
                .check(
                        new DelegationPlanner(Fixture.CATALOG)
                                .plan(list, list.customers().get(1))
                                .get(0),
                        Fixture.CONTEXT);
        assertThat(findings)
                .singleElement()
                .satisfies(
                        f -> assertThat(f.message())
                                .startsWith(
                                        "the PEC Automation Account (3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f) has no display name"));
    }

    @Test
    void quietWhenNamed() {
        assertThat(run(rule, valid().build())).isEmpty();
    }
}
