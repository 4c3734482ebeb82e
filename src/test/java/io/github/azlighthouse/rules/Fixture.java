package io.github.azlighthouse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Approver;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.delegation.Delegation.PecAccount;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Delegations for rule tests: {@link #valid()} passes every rule; tests change one thing. */
final class Fixture {

    static final RoleCatalog CATALOG = RoleCatalog.bundled();
    static final RuleContext CONTEXT = new RuleContext(CATALOG, LocalDate.of(2026, 11, 24), 180);

    static final String MANAGING = "6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181";
    static final String CUSTOMER = "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a";
    static final String SUBSCRIPTION = "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b";
    static final String PEC = "3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f";
    static final String OPS = "0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e";
    static final String ENGINEERS = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    static final String APPROVERS = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f";
    static final String DEPLOYER = "4e5f6a7b-8c9d-4e0f-8a1b-2c3d4e5f6a7b";

    private static int line = 10;

    private Fixture() {}

    static Position at(int line) {
        return new Position("customers.yaml", line, 7);
    }

    static Located located(String value) {
        return new Located(value, at(++line));
    }

    /** A role by name (resolved to its GUID) or a raw value when the catalog does not know it. */
    static Located role(String nameOrId) {
        return located(CATALOG.resolve(nameOrId).map(r -> r.id()).orElse(nameOrId));
    }

    static Authorization auth(String principal, String role) {
        return new Authorization(
                located(principal), located("Name of " + principal), "Group", role(role), null, at(++line));
    }

    static Authorization auth(String principal, String type, String role, List<String> delegated) {
        return new Authorization(
                located(principal),
                located("Name of " + principal),
                type,
                role(role),
                delegated == null ? null : delegated.stream().map(Fixture::role).toList(),
                at(++line));
    }

    static EligibleAuthorization eligible(String principal, String role) {
        return eligible(principal, "Group", role, "Azure", "PT4H", List.of(approver(APPROVERS)));
    }

    static EligibleAuthorization eligible(
            String principal, String type, String role, String mfa, String duration, List<Approver> approvers) {
        return new EligibleAuthorization(
                located(principal),
                located("Name of " + principal),
                type,
                role(role),
                mfa == null ? null : located(mfa),
                duration == null ? null : located(duration),
                approvers,
                at(++line));
    }

    static Approver approver(String principal) {
        return new Approver(located(principal), located("Approver " + principal), "Group", at(++line));
    }

    /** A delegation that passes every rule. */
    static Builder valid() {
        return new Builder();
    }

    static final class Builder {
        String offerKey = "standard";
        String offerName = "Contoso Managed Services";
        String managing = MANAGING;
        String customerTenant = CUSTOMER;
        String subscription = SUBSCRIPTION;
        String apiVersion = "2022-10-01";
        String pec = PEC;
        List<Authorization> authorizations = new ArrayList<>(List.of(
                auth(OPS, "Reader"),
                auth(OPS, "Managed Services Registration assignment Delete Role"),
                auth(ENGINEERS, "Reader"),
                auth(DEPLOYER, "ServicePrincipal", "User Access Administrator", List.of("Contributor")),
                auth(PEC, "ServicePrincipal", "Contributor", null)));
        List<EligibleAuthorization> eligible = new ArrayList<>(List.of(Fixture.eligible(ENGINEERS, "Contributor")));

        Builder authorizations(Authorization... a) {
            authorizations = new ArrayList<>(List.of(a));
            return this;
        }

        Builder add(Authorization a) {
            authorizations.add(a);
            return this;
        }

        Builder eligible(EligibleAuthorization... e) {
            eligible = new ArrayList<>(List.of(e));
            return this;
        }

        Builder without(String principal) {
            authorizations.removeIf(a -> a.principalId().value().equals(principal));
            return this;
        }

        Builder set(java.util.function.Consumer<Builder> change) {
            change.accept(this);
            return this;
        }

        Delegation build() {
            return new Delegation(
                    new Subject("fabrikam", subscription, offerKey),
                    customerTenant == null ? null : located(customerTenant),
                    located(managing),
                    located(subscription),
                    located(offerName),
                    located("Description"),
                    located(apiVersion),
                    List.of(),
                    List.copyOf(authorizations),
                    List.copyOf(eligible),
                    new PecAccount(located(pec), role("Contributor")),
                    at(5),
                    at(4));
        }
    }

    /** Findings of one rule on one delegation. */
    static List<Finding> run(Rule rule, Delegation d) {
        List<Finding> out = new ArrayList<>();
        rule.check(
                d,
                CONTEXT,
                (about, where, message) ->
                        out.add(new Finding(rule.id(), rule.defaultSeverity(), where, about.subject(), message)));
        rule.checkScope(
                List.of(d),
                CONTEXT,
                (about, where, message) ->
                        out.add(new Finding(rule.id(), rule.defaultSeverity(), where, about.subject(), message)));
        return out;
    }

    /** The asserted rule fired exactly once, about customer 'fabrikam', and its message contains every fragment. */
    static Finding single(List<Finding> findings, String ruleId, String... fragments) {
        assertThat(findings).as("findings of %s", ruleId).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.ruleId()).isEqualTo(ruleId);
        assertThat(f.message()).contains(fragments);
        assertThat(f.subject().customerId()).isEqualTo("fabrikam");
        return f;
    }

    /** Findings of one {@code diff} rule on a delegation before and after a change (either may be null). */
    static List<Finding> runChange(DiffRule rule, Delegation before, Delegation after) {
        List<Finding> out = new ArrayList<>();
        rule.checkChange(
                new DelegationChange(before, after),
                CONTEXT,
                (about, where, message) ->
                        out.add(new Finding(rule.id(), rule.defaultSeverity(), where, about.subject(), message)));
        return out;
    }

    static List<Finding> runScope(Rule rule, List<Delegation> ds) {
        List<Finding> out = new ArrayList<>();
        rule.checkScope(
                ds,
                CONTEXT,
                (about, where, message) ->
                        out.add(new Finding(rule.id(), rule.defaultSeverity(), where, about.subject(), message)));
        return out;
    }
}
