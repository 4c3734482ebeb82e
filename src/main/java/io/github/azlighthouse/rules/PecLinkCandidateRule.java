package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.roles.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code audit}: the PEC account is absent from a subscription's delegations, but other principals already
 * hold a permanent PEC-eligible role there. Linking one of them to the partner ID earns PEC without a
 * redeployment (the partner-ID guide's path for previously onboarded customers).
 */
public final class PecLinkCandidateRule extends AbstractRule implements AuditRule {

    public static final String ID = "pec-link-candidate";

    public PecLinkCandidateRule() {
        super(
                ID,
                Severity.WARNING,
                "the PEC account is absent, but principals that already hold a permanent"
                        + " PEC-eligible role there are named: linking one earns PEC without a redeployment");
    }

    @Override
    public void checkAudit(SubscriptionAudit s, AuditContext context, Out out) {
        if (PecGateState.of(s.deployedDelegations(), context.rules()) != PecGateState.MISSING) {
            return;
        }
        Map<String, Authorization> candidates = new LinkedHashMap<>();
        for (Delegation d : s.deployedDelegations()) {
            for (Authorization a : d.authorizations()) {
                if (context.rules()
                        .role(a.roleDefinitionId())
                        .map(Role::earnsPec)
                        .orElse(false)) {
                    candidates.putIfAbsent(Grants.key(a.principalId()), a);
                }
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        String named = candidates.values().stream()
                .map(a -> DelegationDriftRule.who(a.principalId(), a.displayName()) + " holds "
                        + context.rules().describe(a.roleDefinitionId()))
                .collect(Collectors.joining("; "));
        String partner = context.partnerId() == null ? "<partner-id>" : context.partnerId();
        out.report(
                s.subject(),
                candidates.values().iterator().next().at(),
                "the PEC Automation Account is absent"
                        + " here, but " + named
                        + " permanently: linking one of them (a user or service principal, not a group)"
                        + " to your partner ID earns PEC on this subscription without a redeployment (signed in as it in the"
                        + " managing tenant: az managementpartner create --partner-id " + partner
                        + "); or have the customer"
                        + " redeploy the kit with the PEC account");
    }
}
