package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.findings.Severity;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Eligible authorizations that share a role must share one just-in-time policy. */
public final class EligiblePolicyConflictRule extends AbstractRule {

    public static final String ID = "eligible-policy-conflict";

    public EligiblePolicyConflictRule() {
        super(ID, Severity.ERROR, "one role with two different just-in-time policies");
    }

    /** The policy after defaults: MFA provider (None), duration (PT8H), approvers as a set. */
    private record Policy(String mfa, Duration duration, Set<String> approvers) {
        static Policy of(EligibleAuthorization e) {
            String mfa = e.multiFactorAuthProvider() == null
                            || e.multiFactorAuthProvider().value() == null
                    ? "None"
                    : e.multiFactorAuthProvider().value();
            String text = e.maximumActivationDuration() == null
                    ? null
                    : e.maximumActivationDuration().value();
            return new Policy(
                    mfa,
                    EligibleDurationRule.parse(text),
                    e.approvers().stream().map(a -> Grants.key(a.principalId())).collect(Collectors.toSet()));
        }
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        Map<String, Policy> byRole = new HashMap<>();
        for (EligibleAuthorization e : d.eligibleAuthorizations()) {
            if (Grants.unknown(e.roleDefinitionId())
                    || Grants.unknown(e.multiFactorAuthProvider())
                    || Grants.unknown(e.maximumActivationDuration())
                    || e.approvers().stream().anyMatch(a -> Grants.unknown(a.principalId()))) {
                continue; // known only at deployment: cannot be compared
            }
            String role = Grants.key(e.roleDefinitionId());
            Policy policy = Policy.of(e);
            Policy first = byRole.putIfAbsent(role, policy);
            if (first != null && !Objects.equals(first, policy)) {
                out.report(
                        d,
                        e.at(),
                        "role " + context.describe(e.roleDefinitionId()) + " is eligible twice with"
                                + " different just-in-time policies (MFA, maximum duration or approvers); Azure requires one"
                                + " policy per role: make them identical");
            }
        }
    }
}
