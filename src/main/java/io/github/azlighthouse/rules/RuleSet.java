package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.Severities;
import io.github.azlighthouse.findings.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rule engine: every rule with its configured severity. {@code generate} and {@code validate}
 * both check through one instance; it is immutable and safe to share across threads.
 */
public final class RuleSet implements Severities {

    /** Findings of these rules mean the input cannot be read at all, so they cannot be turned off. */
    private static final Set<String> ALWAYS_ERRORS = Set.of(InputInvalidRule.ID, TemplateStructureRule.ID);

    private final Map<String, Rule> rules;
    private final Map<String, Severity> severities;

    private RuleSet(Map<String, Rule> rules, Map<String, Severity> severities) {
        this.rules = rules;
        this.severities = severities;
    }

    /** Every rule at its default severity. */
    public static RuleSet defaults() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (Rule r : all()) {
            rules.put(r.id(), r);
            severities.put(r.id(), r.defaultSeverity());
        }
        return new RuleSet(Collections.unmodifiableMap(rules), Collections.unmodifiableMap(severities));
    }

    /** All rules, in the order of spec section 5, then those of {@code diff} (section 9) and {@code audit} (section 10). */
    public static List<Rule> all() {
        return List.of(
                new PecAccountMissingRule(),
                new PecRoleNotEligibleRule(),
                new PecAccountOnlyEligibleRule(),
                new RoleOwnerRule(),
                new RoleDataActionsRule(),
                new RoleRestrictedActionsRule(),
                new RoleUnknownRule(),
                new UaaWithoutDelegatedRolesRule(),
                new DelegatedRolesInvalidRule(),
                new GuidFormatRule(),
                new TenantSelfRule(),
                new AuthorizationsEmptyRule(),
                new AuthorizationDuplicateRule(),
                new DisplayNameMissingRule(),
                new EligibleRoleRestrictedRule(),
                new EligibleDurationRule(),
                new EligibleMfaProviderRule(),
                new EligibleApproversLimitRule(),
                new EligiblePolicyConflictRule(),
                new EligibleServicePrincipalRule(),
                new ApiVersionRule(),
                new TemplateStructureRule(),
                new SchemaUnknownRule(),
                new OfferCollisionRule(),
                new InputInvalidRule(),
                new ExpressionUnresolvedRule(),
                new ExpressionInvalidRule(),
                new ParameterMismatchRule(),
                new ParametersUnpairedRule(),
                new PrincipalSuspiciousRule(),
                new TenantMismatchRule(),
                new NoRegistrationDeleteRoleRule(),
                new EligibleWithoutReaderRule(),
                new AuthorizationCountRule(),
                new RoleCatalogStaleRule(),
                new PecRegressionRule(),
                new OfferRenamedRule(),
                new PrivilegedAccessAddedRule(),
                new DelegationMissingRule(),
                new DelegationUnexpectedRule(),
                new DelegationDriftRule(),
                new DelegationFailedRule(),
                new PecNotAppliedRule(),
                new PecLinkCandidateRule());
    }

    /**
     * Applies severities from configuration ({@code rule-id -> error|warning|off}).
     *
     * @throws IllegalArgumentException naming the unknown rule id or severity, and the valid ones
     */
    public RuleSet configure(Map<String, String> overrides, List<String> log) {
        Map<String, Severity> next = new LinkedHashMap<>(severities);
        for (Map.Entry<String, String> e : new TreeMap<>(overrides).entrySet()) {
            String id = e.getKey().trim();
            if (!rules.containsKey(id)) {
                throw new IllegalArgumentException("unknown rule id '" + id + "' in the rule configuration; rule ids: "
                        + String.join(", ", rules.keySet()));
            }
            Severity s = Severity.parse(e.getValue());
            if (s == null) {
                throw new IllegalArgumentException(
                        "rule '" + id + "': severity '" + e.getValue() + "' is not one of error, warning, off");
            }
            if (ALWAYS_ERRORS.contains(id) && s != Severity.ERROR) {
                throw new IllegalArgumentException(
                        "rule '" + id + "' reports unreadable input and always stays an error");
            }
            if (next.get(id) != s) {
                log.add("rule " + id + ": " + next.get(id).label() + " -> " + s.label() + " (configured)");
            }
            next.put(id, s);
        }
        return new RuleSet(rules, Collections.unmodifiableMap(next));
    }

    public Map<String, Rule> rules() {
        return rules;
    }

    /** Whether configuration may change this rule's severity (not for unreadable input: input-invalid, template-structure). */
    public static boolean isConfigurable(String ruleId) {
        return !ALWAYS_ERRORS.contains(ruleId);
    }

    @Override
    public Severity severity(String ruleId) {
        return severities.getOrDefault(ruleId, Severity.ERROR);
    }

    /** Runs every rule on one subscription's delegations (one customer, every offer on it). */
    public List<Finding> check(List<Delegation> sameSubscription, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules.values()) {
            Severity s = severities.get(rule.id());
            if (s == Severity.OFF) {
                continue;
            }
            Reporter out =
                    (about, at, message) -> findings.add(new Finding(rule.id(), s, at, about.subject(), message));
            for (Delegation d : sameSubscription) {
                rule.check(d, context, out);
            }
            rule.checkScope(sameSubscription, context, out);
        }
        return findings;
    }

    /** Runs the rules of {@code diff} ({@link DiffRule}) on one delegation before and after a change. */
    public List<Finding> checkChange(DelegationChange change, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules.values()) {
            Severity s = severities.get(rule.id());
            if (s != Severity.OFF && rule instanceof DiffRule diff) {
                diff.checkChange(
                        change,
                        context,
                        (about, at, message) -> findings.add(new Finding(rule.id(), s, at, about.subject(), message)));
            }
        }
        return findings;
    }

    /** Runs the audit-level rules ({@link AuditRule}) on one subscription. */
    public List<Finding> checkAudit(SubscriptionAudit subscription, AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules.values()) {
            Severity s = severities.get(rule.id());
            if (s != Severity.OFF && rule instanceof AuditRule audit) {
                audit.checkAudit(
                        subscription,
                        context,
                        (about, at, message) -> findings.add(new Finding(rule.id(), s, at, about, message)));
            }
        }
        return findings;
    }
}
