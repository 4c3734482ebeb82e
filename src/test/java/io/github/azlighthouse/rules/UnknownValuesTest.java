package io.github.azlighthouse.rules;

import static io.github.azlighthouse.rules.Fixture.APPROVERS;
import static io.github.azlighthouse.rules.Fixture.ENGINEERS;
import static io.github.azlighthouse.rules.Fixture.OPS;
import static io.github.azlighthouse.rules.Fixture.PEC;
import static io.github.azlighthouse.rules.Fixture.run;
import static io.github.azlighthouse.rules.Fixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Approver;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.source.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A value known only at deployment (an ARM expression) is never taken as absent, as a pass or as a
 * violation: no rule fires because of it (the template reader reports it as expression-unresolved).
 */
class UnknownValuesTest {

    static Located unknown() {
        return Located.unknown(Fixture.at(99));
    }

    /** Every variant of the valid fixture with one value made unknown. */
    static List<Delegation> variants() {
        Delegation base = valid().build();
        List<Delegation> out = new ArrayList<>();
        for (int i = 0; i < base.authorizations().size(); i++) {
            int k = i;
            out.add(withAuth(
                    base,
                    k,
                    a -> new Authorization(
                            unknown(),
                            a.displayName(),
                            a.principalType(),
                            a.roleDefinitionId(),
                            a.delegatedRoleDefinitionIds(),
                            a.at())));
            out.add(withAuth(
                    base,
                    k,
                    a -> new Authorization(
                            a.principalId(),
                            unknown(),
                            a.principalType(),
                            a.roleDefinitionId(),
                            a.delegatedRoleDefinitionIds(),
                            a.at())));
            out.add(withAuth(
                    base,
                    k,
                    a -> new Authorization(
                            a.principalId(),
                            a.displayName(),
                            a.principalType(),
                            unknown(),
                            a.delegatedRoleDefinitionIds(),
                            a.at())));
        }
        EligibleAuthorization e = base.eligibleAuthorizations().get(0);
        out.add(withEligible(
                base,
                new EligibleAuthorization(
                        e.principalId(),
                        unknown(),
                        e.principalType(),
                        unknown(),
                        unknown(),
                        unknown(),
                        List.of(new Approver(unknown(), unknown(), null, e.at())),
                        e.at())));
        return out;
    }

    static Delegation withAuth(Delegation d, int index, UnaryOperator<Authorization> change) {
        List<Authorization> list = new ArrayList<>(d.authorizations());
        list.set(index, change.apply(list.get(index)));
        return copy(d, list, d.eligibleAuthorizations(), d.managingTenantId(), d.offerName());
    }

    static Delegation withEligible(Delegation d, EligibleAuthorization e) {
        return copy(d, d.authorizations(), List.of(e), d.managingTenantId(), d.offerName());
    }

    static Delegation copy(
            Delegation d, List<Authorization> a, List<EligibleAuthorization> e, Located managing, Located offer) {
        return new Delegation(
                d.subject(),
                d.customerTenantId(),
                managing,
                d.subscriptionId(),
                offer,
                d.description(),
                d.apiVersion(),
                d.resourceGroups(),
                a,
                e,
                d.pec(),
                d.authorizationsAt(),
                d.at());
    }

    @Test
    void noRuleFiresBecauseAValueIsUnknown() {
        List<Delegation> all = new ArrayList<>(variants());
        Delegation base = valid().build();
        all.add(copy(base, base.authorizations(), base.eligibleAuthorizations(), unknown(), unknown()));
        for (Delegation d : all) {
            for (Rule rule : RuleSet.all()) {
                assertThat(run(rule, d))
                        .as(rule.id() + " on " + d.authorizations() + d.eligibleAuthorizations())
                        .isEmpty();
            }
        }
    }

    @Test
    void anUnknownPrincipalMayBeThePecAccountSoPecRulesStayQuietButAKnownMissOfAllFires() {
        Delegation noPec = valid().without(PEC).build();
        assertThat(run(new PecAccountMissingRule(), noPec)).hasSize(1);
        Delegation unknownPrincipal = withAuth(
                noPec, 0, a -> new Authorization(unknown(), a.displayName(), null, a.roleDefinitionId(), null, a.at()));
        assertThat(run(new PecAccountMissingRule(), unknownPrincipal)).isEmpty();

        Delegation pecReader =
                valid().without(PEC).add(Fixture.auth(PEC, "Reader")).build();
        assertThat(run(new PecRoleNotEligibleRule(), pecReader)).hasSize(1);
        int pecIndex = pecReader.authorizations().size() - 1;
        Delegation pecUnknownRole = withAuth(
                pecReader,
                pecIndex,
                a -> new Authorization(a.principalId(), a.displayName(), a.principalType(), unknown(), null, a.at()));
        assertThat(run(new PecRoleNotEligibleRule(), pecUnknownRole)).isEmpty();
        // another authorization with an unknown principal and a PEC-eligible role could be the PEC account
        Delegation other = withAuth(
                pecReader,
                0,
                a -> new Authorization(unknown(), a.displayName(), null, Fixture.role("Contributor"), null, a.at()));
        assertThat(run(new PecRoleNotEligibleRule(), other)).isEmpty();
        // ... but not with Reader
        Delegation otherReader = withAuth(
                pecReader,
                0,
                a -> new Authorization(unknown(), a.displayName(), null, Fixture.role("Reader"), null, a.at()));
        assertThat(run(new PecRoleNotEligibleRule(), otherReader))
                .extracting(Finding::ruleId)
                .containsExactly("pec-role-not-eligible");
    }

    @Test
    void unknownApproversOrPoliciesAreNotComparedAndKnownConflictsStillFire() {
        Delegation conflict = valid().eligible(
                        Fixture.eligible(
                                ENGINEERS,
                                "Group",
                                "Contributor",
                                "Azure",
                                "PT4H",
                                List.of(Fixture.approver(APPROVERS))),
                        Fixture.eligible(
                                OPS, "Group", "Contributor", "None", "PT4H", List.of(Fixture.approver(APPROVERS))))
                .build();
        assertThat(run(new EligiblePolicyConflictRule(), conflict)).hasSize(1);
        EligibleAuthorization second = conflict.eligibleAuthorizations().get(1);
        Delegation unknownMfa = copy(
                conflict,
                conflict.authorizations(),
                List.of(
                        conflict.eligibleAuthorizations().get(0),
                        new EligibleAuthorization(
                                second.principalId(),
                                second.displayName(),
                                second.principalType(),
                                second.roleDefinitionId(),
                                unknown(),
                                second.maximumActivationDuration(),
                                second.approvers(),
                                second.at())),
                conflict.managingTenantId(),
                conflict.offerName());
        assertThat(run(new EligiblePolicyConflictRule(), unknownMfa)).isEmpty();
    }
}
