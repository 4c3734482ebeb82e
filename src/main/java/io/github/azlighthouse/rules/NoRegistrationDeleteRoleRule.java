package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.roles.Role;

/** Without the registration-delete role only the customer can remove the delegation. */
public final class NoRegistrationDeleteRoleRule extends AbstractRule {

    public static final String ID = "no-registration-delete-role";

    public NoRegistrationDeleteRoleRule() {
        super(
                ID,
                Severity.WARNING,
                "nobody holds Managed Services Registration assignment Delete Role (partner cannot offboard)");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        boolean held = Grants.roles(d)
                .anyMatch(r -> r.value() != null && Role.REGISTRATION_DELETE.equalsIgnoreCase(r.value()));
        if (!held && !d.authorizations().isEmpty() && Grants.roles(d).noneMatch(Grants::unknown)) {
            out.report(
                    d,
                    d.authorizationsAt(),
                    "nobody holds Managed Services Registration assignment Delete Role,"
                            + " so only the customer can remove this delegation; grant it to an operations group");
        }
    }
}
