package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Approver;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code audit}: a deployed delegation grants other access than the customer list: a permanent or
 * eligible authorization (principal + role) on one side only, another just-in-time policy or other
 * delegated roles, or other resource groups. Each difference is its own finding.
 */
public final class DelegationDriftRule extends AbstractRule implements AuditRule {

    public static final String ID = "delegation-drift";

    private static final String FIX =
            "; run the customer's deploy.sh again to restore what the list grants, or" + " change the list to match";

    public DelegationDriftRule() {
        super(
                ID,
                Severity.ERROR,
                "the deployed authorizations differ from what the customer list grants (each"
                        + " difference named: principal, role, permanent or eligible)");
    }

    @Override
    public void checkAudit(SubscriptionAudit s, AuditContext context, Out out) {
        if (!s.listKnown()) {
            return;
        }
        for (SubscriptionAudit.Match m : s.matches()) {
            if (m.planned() != null && m.deployed() != null) {
                compare(
                        m.planned(),
                        m.deployed(),
                        context.rules(),
                        (at, text) -> out.report(
                                m.planned().subject(),
                                at,
                                "the deployed delegation differs from the customer list: " + text + FIX));
            }
        }
    }

    private interface Difference {
        void report(Position at, String text);
    }

    private static void compare(
            Delegation planned, SubscriptionAudit.Deployed deployed, RuleContext ctx, Difference out) {
        Delegation d = deployed.delegation();
        Map<String, Authorization> listed = permanent(planned);
        Map<String, Authorization> there = permanent(d);
        listed.forEach((key, a) -> {
            Authorization other = there.get(key);
            if (other == null) {
                out.report(
                        a.at(),
                        "permanent " + ctx.describe(a.roleDefinitionId()) + " for "
                                + who(a.principalId(), a.displayName()) + " is granted by the list but not deployed");
            } else if (!roles(a.delegatedRoleDefinitionIds()).equals(roles(other.delegatedRoleDefinitionIds()))) {
                out.report(
                        other.at(),
                        "permanent " + ctx.describe(a.roleDefinitionId()) + " for "
                                + who(a.principalId(), a.displayName()) + " may assign "
                                + names(a.delegatedRoleDefinitionIds(), ctx)
                                + " in the list, but " + names(other.delegatedRoleDefinitionIds(), ctx)
                                + " as deployed");
            }
        });
        there.forEach((key, a) -> {
            if (!listed.containsKey(key)) {
                out.report(
                        a.at(),
                        "permanent " + ctx.describe(a.roleDefinitionId()) + " for "
                                + who(a.principalId(), a.displayName())
                                + " is deployed but the list does not grant it");
            }
        });
        if (deployed.eligibleKnown()) {
            compareEligible(planned, d, ctx, out);
        }
        SortedSet<String> listedGroups = groups(planned.resourceGroups());
        SortedSet<String> deployedGroups = groups(d.resourceGroups());
        if (!listedGroups.equals(deployedGroups)) {
            out.report(
                    d.at(),
                    "the list delegates " + scope(listedGroups) + ", but " + scope(deployedGroups) + " is delegated");
        }
    }

    private static void compareEligible(Delegation planned, Delegation d, RuleContext ctx, Difference out) {
        Map<String, EligibleAuthorization> listed = eligible(planned);
        Map<String, EligibleAuthorization> there = eligible(d);
        listed.forEach((key, e) -> {
            EligibleAuthorization other = there.get(key);
            String what =
                    "eligible " + ctx.describe(e.roleDefinitionId()) + " for " + who(e.principalId(), e.displayName());
            if (other == null) {
                out.report(e.at(), what + " is granted by the list but not deployed");
            } else if (!policy(e).equals(policy(other))) {
                out.report(
                        other.at(),
                        what + " has the just-in-time policy " + policy(e) + " in the list, but " + policy(other)
                                + " as deployed");
            }
        });
        there.forEach((key, e) -> {
            if (!listed.containsKey(key)) {
                out.report(
                        e.at(),
                        "eligible " + ctx.describe(e.roleDefinitionId()) + " for "
                                + who(e.principalId(), e.displayName())
                                + " is deployed but the list does not grant it");
            }
        });
    }

    private static Map<String, Authorization> permanent(Delegation d) {
        Map<String, Authorization> byKey = new LinkedHashMap<>();
        d.authorizations()
                .forEach(a ->
                        byKey.putIfAbsent(Grants.key(a.principalId()) + "|" + Grants.key(a.roleDefinitionId()), a));
        return byKey;
    }

    private static Map<String, EligibleAuthorization> eligible(Delegation d) {
        Map<String, EligibleAuthorization> byKey = new LinkedHashMap<>();
        d.eligibleAuthorizations()
                .forEach(e ->
                        byKey.putIfAbsent(Grants.key(e.principalId()) + "|" + Grants.key(e.roleDefinitionId()), e));
        return byKey;
    }

    /** {@code up to PT4H, MFA Azure, approvers [a, b]}: compared after defaults (PT8H, None). */
    private static String policy(EligibleAuthorization e) {
        String duration = e.maximumActivationDuration() == null
                        || e.maximumActivationDuration().isBlank()
                ? "PT8H"
                : e.maximumActivationDuration().value();
        try {
            duration = Duration.parse(duration).toString();
        } catch (DateTimeParseException ex) {
            duration = duration.toUpperCase(Locale.ROOT);
        }
        String mfa = e.multiFactorAuthProvider() == null
                        || e.multiFactorAuthProvider().isBlank()
                ? "None"
                : e.multiFactorAuthProvider().value();
        TreeSet<String> approvers = e.approvers().stream()
                .map(Approver::principalId)
                .map(Grants::key)
                .collect(Collectors.toCollection(TreeSet::new));
        return "(up to " + duration + ", MFA " + mfa + ", "
                + (approvers.isEmpty() ? "no approvers" : "approvers " + String.join(", ", approvers)) + ")";
    }

    private static Set<String> roles(List<Located> ids) {
        return ids == null
                ? new TreeSet<>()
                : ids.stream().map(Grants::key).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String names(List<Located> ids, RuleContext ctx) {
        return ids == null || ids.isEmpty()
                ? "no roles"
                : ids.stream().map(ctx::describe).collect(Collectors.joining(", "));
    }

    private static SortedSet<String> groups(List<Located> groups) {
        return groups.stream().map(Grants::key).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String scope(SortedSet<String> groups) {
        return groups.isEmpty() ? "the whole subscription" : "resource groups " + String.join(", ", groups);
    }

    /** {@code 'Tier 1 Support' (0b9c…)}, or the ID alone when no display name is known. */
    static String who(Located principalId, Located displayName) {
        String id = principalId == null ? null : principalId.value();
        String name = displayName == null || displayName.isBlank() ? null : displayName.value();
        return name == null ? "principal " + id : "'" + name + "' (" + id + ")";
    }
}
