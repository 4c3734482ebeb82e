package io.github.azlighthouse.diff;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Approver;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.roles.Role;
import io.github.azlighthouse.rules.PecGateState;
import io.github.azlighthouse.rules.RuleContext;
import io.github.azlighthouse.source.Located;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The access of one delegation, compared with the same offer's before a change: permanent and eligible
 * authorizations (principal + role) added or removed, User Access Administrator's delegated roles, and the
 * just-in-time policy of eligible access kept (duration, MFA, approvers).
 */
final class Access {

    private final RuleContext context;

    Access(RuleContext context) {
        this.context = context;
    }

    /** One access change, with principal and role named. */
    record Grant(
            ChangeKind kind,
            String principalId,
            String principal,
            String roleId,
            String role,
            String before,
            String after) {}

    /** {@code 'Contoso Managed Services': 5 permanent, 1 eligible; PEC gate ok}. */
    String summary(Delegation d) {
        return "'" + StateCodec.value(d.offerName()) + "': "
                + d.authorizations().size() + " permanent, "
                + d.eligibleAuthorizations().size() + " eligible; PEC gate "
                + PecGateState.of(List.of(d), context).label();
    }

    /** Everything a delegation grants, as added. */
    List<Grant> granted(Delegation d) {
        List<Grant> out = new ArrayList<>();
        d.authorizations().forEach(a -> out.add(permanent(ChangeKind.PERMANENT_ACCESS_ADDED, a, null, what(a))));
        d.eligibleAuthorizations()
                .forEach(e -> out.add(eligible(ChangeKind.ELIGIBLE_ACCESS_ADDED, e, null, policy(e))));
        return out;
    }

    /** What changed between the same offer before and after. */
    List<Grant> compare(Delegation before, Delegation after) {
        List<Grant> out = new ArrayList<>();
        Comparison.pair(before.authorizations(), after.authorizations(), Access::key, (b, a) -> {
            if (b == null) {
                out.add(permanent(ChangeKind.PERMANENT_ACCESS_ADDED, a, null, what(a)));
            } else if (a == null) {
                out.add(permanent(ChangeKind.PERMANENT_ACCESS_REMOVED, b, what(b), null));
            } else if (!roles(b.delegatedRoleDefinitionIds()).equals(roles(a.delegatedRoleDefinitionIds()))) {
                out.add(permanent(
                        ChangeKind.DELEGATED_ROLES_CHANGED,
                        a,
                        names(b.delegatedRoleDefinitionIds()),
                        names(a.delegatedRoleDefinitionIds())));
            }
        });
        Comparison.pair(before.eligibleAuthorizations(), after.eligibleAuthorizations(), Access::key, (b, a) -> {
            if (b == null) {
                out.add(eligible(ChangeKind.ELIGIBLE_ACCESS_ADDED, a, null, policy(a)));
            } else if (a == null) {
                out.add(eligible(ChangeKind.ELIGIBLE_ACCESS_REMOVED, b, policy(b), null));
            } else {
                policyChanges(b, a, out);
            }
        });
        return out;
    }

    private void policyChanges(EligibleAuthorization b, EligibleAuthorization a, List<Grant> out) {
        String was = duration(b.maximumActivationDuration());
        String now = duration(a.maximumActivationDuration());
        if (!Objects.equals(was, now)) {
            out.add(eligible(ChangeKind.JIT_DURATION_CHANGED, a, was, now));
        }
        if (!Objects.equals(mfa(b), mfa(a))) {
            out.add(eligible(ChangeKind.JIT_MFA_CHANGED, a, mfa(b), mfa(a)));
        }
        String grant =
                "approves just-in-time " + role(a.roleDefinitionId()) + " for " + who(a.principalId(), a.displayName());
        Comparison.pair(
                b.approvers(), a.approvers(), p -> CustomerState.key(StateCodec.value(p.principalId())), (x, y) -> {
                    if (x == null) {
                        out.add(approver(ChangeKind.APPROVER_ADDED, y, a, null, grant));
                    } else if (y == null) {
                        out.add(approver(ChangeKind.APPROVER_REMOVED, x, a, grant, null));
                    }
                });
    }

    private Grant permanent(ChangeKind kind, Authorization a, String before, String after) {
        return new Grant(
                kind,
                StateCodec.value(a.principalId()),
                StateCodec.value(a.displayName()),
                StateCodec.value(a.roleDefinitionId()),
                roleName(a.roleDefinitionId()),
                before,
                after);
    }

    private Grant eligible(ChangeKind kind, EligibleAuthorization e, String before, String after) {
        return new Grant(
                kind,
                StateCodec.value(e.principalId()),
                StateCodec.value(e.displayName()),
                StateCodec.value(e.roleDefinitionId()),
                roleName(e.roleDefinitionId()),
                before,
                after);
    }

    private Grant approver(ChangeKind kind, Approver p, EligibleAuthorization e, String before, String after) {
        return new Grant(
                kind,
                StateCodec.value(p.principalId()),
                StateCodec.value(p.displayName()),
                StateCodec.value(e.roleDefinitionId()),
                roleName(e.roleDefinitionId()),
                before,
                after);
    }

    /** {@code permanent}, or {@code permanent, may assign 'Contributor'} for User Access Administrator. */
    private String what(Authorization a) {
        return a.delegatedRoleDefinitionIds() == null
                ? "permanent"
                : "permanent, may assign " + names(a.delegatedRoleDefinitionIds());
    }

    /** {@code just-in-time up to PT4H, MFA Azure, approvers 'PIM Approvers'}. */
    private static String policy(EligibleAuthorization e) {
        String approvers = e.approvers().stream()
                .map(p -> who(p.principalId(), p.displayName()))
                .collect(Collectors.joining(", "));
        return "just-in-time up to " + duration(e.maximumActivationDuration()) + ", MFA " + mfa(e)
                + (approvers.isEmpty() ? ", no approvers" : ", approvers " + approvers);
    }

    /** The duration as ISO 8601 in its shortest form ({@code PT240M} is {@code PT4H}); absent means PT8H. */
    private static String duration(Located d) {
        String text = StateCodec.value(d);
        if (text == null) {
            return "PT8H";
        }
        try {
            return Duration.parse(text).toString();
        } catch (DateTimeParseException e) {
            return text.toUpperCase(Locale.ROOT);
        }
    }

    private static String mfa(EligibleAuthorization e) {
        String v = StateCodec.value(e.multiFactorAuthProvider());
        return v == null ? "None" : v;
    }

    private static String key(Authorization a) {
        return CustomerState.key(StateCodec.value(a.principalId())) + "|"
                + CustomerState.key(StateCodec.value(a.roleDefinitionId()));
    }

    private static String key(EligibleAuthorization e) {
        return CustomerState.key(StateCodec.value(e.principalId())) + "|"
                + CustomerState.key(StateCodec.value(e.roleDefinitionId()));
    }

    private static Set<String> roles(List<Located> ids) {
        TreeSet<String> set = new TreeSet<>();
        if (ids != null) {
            ids.forEach(r -> set.add(CustomerState.key(StateCodec.value(r))));
        }
        return set;
    }

    private String names(List<Located> ids) {
        return ids == null || ids.isEmpty()
                ? "no roles"
                : ids.stream().map(this::role).sorted().collect(Collectors.joining(", "));
    }

    /** The role's name, or the value as written when the catalog does not know it. */
    private String roleName(Located id) {
        return context.role(id).map(Role::name).orElse(StateCodec.value(id));
    }

    private String role(Located id) {
        return "'" + roleName(id) + "'";
    }

    private static String who(Located id, Located name) {
        String n = StateCodec.value(name);
        return n == null ? String.valueOf(StateCodec.value(id)) : "'" + n + "'";
    }
}
