package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.roles.Role;
import java.util.HashSet;
import java.util.Set;

/** To elevate in the portal, an eligible principal needs a permanent role that includes Reader. */
public final class EligibleWithoutReaderRule extends AbstractRule {

    public static final String ID = "eligible-without-reader";

    public EligibleWithoutReaderRule() {
        super(ID, Severity.WARNING, "an eligible principal has no permanent Reader-including role");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        Set<String> reported = new HashSet<>();
        for (EligibleAuthorization e : d.eligibleAuthorizations()) {
            boolean reads = d.authorizations().stream()
                    .filter(a -> Grants.same(a.principalId(), e.principalId()))
                    .anyMatch(a -> context.role(a.roleDefinitionId())
                            .map(Role::includesReader)
                            .orElse(false));
            boolean couldRead = d.authorizations().stream()
                    .anyMatch(a -> Grants.unknown(a.principalId())
                            || (Grants.same(a.principalId(), e.principalId()) && Grants.unknown(a.roleDefinitionId())));
            if (!reads && !couldRead && e.principalId().value() != null && reported.add(Grants.key(e.principalId()))) {
                out.report(
                        d,
                        e.at(),
                        "eligible principal " + e.principalId().value() + " has no permanent Reader"
                                + " (or Reader-including) role, so it cannot see the customer to elevate; add a permanent"
                                + " Reader authorization for it");
            }
        }
    }
}
