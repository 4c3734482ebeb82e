package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.delegation.Guids;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.source.Located;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Only Azure built-in roles can be delegated: custom roles and typos are caught here. */
public final class RoleUnknownRule extends AbstractRule {

    public static final String ID = "role-unknown";

    public RoleUnknownRule() {
        super(ID, Severity.ERROR, "roleDefinitionId / role name not in the built-in catalog (custom role, typo)");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        Stream<Located> delegated = d.authorizations().stream()
                .map(Authorization::delegatedRoleDefinitionIds)
                .filter(Objects::nonNull)
                .flatMap(List::stream);
        Stream.concat(Grants.roles(d), delegated)
                .filter(r -> r.value() != null
                        && !GuidFormatRule.looksLikeBrokenGuid(r.value())
                        && !GuidFormatRule.isPlaceholderText(r.value()))
                // a role's name where a template needs its ID: guid-format says so
                .filter(r -> Guids.isCanonical(r.value())
                        || context.catalog().byName(r.value()).isEmpty())
                .filter(r -> context.role(r).isEmpty())
                .forEach(r -> {
                    List<String> near = context.catalog().suggest(r.value(), 3);
                    out.report(
                            d,
                            r.at(),
                            "role '" + r.value() + "' is not an Azure built-in role in the catalog of "
                                    + context.catalog().asOf() + "; Lighthouse accepts built-in roles only"
                                    + (near.isEmpty()
                                            ? " (list them: mvn lighthouse:roles)"
                                            : "; did you mean "
                                                    + String.join(
                                                            " or ",
                                                            near.stream()
                                                                    .map(n -> "'" + n + "'")
                                                                    .toList())
                                                    + "?"));
                });
    }
}
