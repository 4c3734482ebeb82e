package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The same principal with the same role twice in one offer is a copy-paste slip. */
public final class AuthorizationDuplicateRule extends AbstractRule {

    public static final String ID = "authorization-duplicate";

    public AuthorizationDuplicateRule() {
        super(ID, Severity.ERROR, "the same principal + role twice in one offer");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        duplicates(
                d,
                context,
                out,
                d.authorizations(),
                a -> a.principalId(),
                a -> a.roleDefinitionId(),
                a -> a.at(),
                "authorizations");
        duplicates(
                d,
                context,
                out,
                d.eligibleAuthorizations(),
                e -> e.principalId(),
                e -> e.roleDefinitionId(),
                e -> e.at(),
                "eligibleAuthorizations");
    }

    private static <T> void duplicates(
            Delegation d,
            RuleContext context,
            Reporter out,
            List<T> items,
            Function<T, Located> principal,
            Function<T, Located> role,
            Function<T, Position> at,
            String list) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String key = Grants.key(principal.apply(item)) + "|" + Grants.key(role.apply(item));
            if (principal.apply(item).value() != null
                    && role.apply(item) != null
                    && role.apply(item).value() != null
                    && !seen.add(key)) {
                out.report(
                        d,
                        at.apply(item),
                        "principal " + principal.apply(item).value() + " has role " + context.describe(role.apply(item))
                                + " twice in " + list + "; remove the duplicate");
            }
        }
    }
}
