package io.github.azlighthouse.arm;

import io.github.azlighthouse.arm.expression.ResourceInstance;
import io.github.azlighthouse.arm.expression.Value;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Approver;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.delegation.Delegation.PecAccount;
import io.github.azlighthouse.findings.FindingSink;
import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one evaluated registration definition into the {@link Delegation} the rules check. Every
 * value the rules look at is converted once, here: a value known only at deployment becomes
 * {@link Located#unknown} and an {@code expression-unresolved} warning (never a pass, never a
 * failure); a value ARM would reject becomes an {@code expression-invalid} error at its place.
 */
final class DelegationReader {

    private static final Pattern ROLE_RESOURCE_ID = Pattern.compile(
            "^(?:/subscriptions/[^/]+)?/providers/Microsoft\\.Authorization/roleDefinitions/([^/]+)$",
            Pattern.CASE_INSENSITIVE);

    private final FindingSink sink;
    private final TemplateReader.Context context;
    private final Set<String> reported;
    private Subject subject;

    DelegationReader(FindingSink sink, TemplateReader.Context context, Set<String> reported) {
        this.sink = sink;
        this.context = context;
        this.reported = reported;
    }

    Delegation read(ResourceInstance definition, List<Located> resourceGroups, String shownName) {
        subject = new Subject(context.customerId(), context.subscriptionId(), shownName);
        Value props = definition.member("properties");
        Position at = definition.at();
        if (props == null || (props.isResolved() && !props.isObject())) {
            structure(
                    props == null ? at : props.at(),
                    "the registration definition has no properties object;"
                            + " it needs registrationDefinitionName, managedByTenantId and authorizations");
            props = null;
        } else if (!props.isResolved()) {
            unresolved(
                    props,
                    "the registration definition's properties",
                    "so none of its authorizations could be" + " checked, and the PEC gate is not verified");
        }
        Located offerName = text(field(props, "registrationDefinitionName"), "registrationDefinitionName", at);
        subject = new Subject(
                context.customerId(),
                context.subscriptionId(),
                offerName.value() != null ? offerName.value() : shownName);
        List<Authorization> authorizations = new ArrayList<>();
        Value auths = field(props, "authorizations");
        for (Value a : items(auths, "authorizations", props != null && !props.isResolved())) {
            authorizations.add(a == null ? unknownAuthorization(auths.at()) : authorization(a));
        }
        List<EligibleAuthorization> eligible = new ArrayList<>();
        Value elig = field(props, "eligibleAuthorizations");
        for (Value e : items(elig, "eligibleAuthorizations", false)) {
            eligible.add(e == null ? unknownEligible(elig.at()) : eligible(e));
        }
        Value plan = definition.member("plan");
        if (plan != null && !plan.isResolved()) {
            unresolved(plan, "plan", null);
        }
        String apiVersion = definition.apiVersion();
        Position apiAt = Position.in(definition.scope().document(), definition.pointer() + "/apiVersion");
        if (apiVersion != null
                && apiVersion.length() > 1
                && apiVersion.startsWith("[")
                && !apiVersion.startsWith("[[")) {
            // ARM reads type and apiVersion before it evaluates any expression (Microsoft's "Syntax and expressions")
            sink.report(
                    RuleIds.EXPRESSION_INVALID,
                    subject,
                    apiAt,
                    "apiVersion '" + apiVersion + "' is an expression;"
                            + " ARM needs the type and apiVersion of a resource as literal text: write e.g. \"2022-10-01\"");
            apiVersion = null;
        }
        return new Delegation(
                subject,
                context.customerTenantId() == null ? null : new Located(context.customerTenantId(), at),
                text(field(props, "managedByTenantId"), "managedByTenantId", at),
                new Located(context.subscriptionId(), at),
                offerName,
                text(field(props, "description"), null, at),
                apiVersion == null && definition.apiVersion() != null
                        ? Located.unknown(apiAt)
                        : new Located(apiVersion, apiAt),
                List.copyOf(resourceGroups),
                authorizations,
                eligible,
                new PecAccount(new Located(context.pecPrincipalId(), at), null),
                auths != null ? auths.at() : props != null ? props.at() : at,
                at);
    }

    private Authorization authorization(Value a) {
        required(a, "authorization");
        Value delegated = a.opt("delegatedRoleDefinitionIds");
        List<Located> delegatedIds = null;
        if (delegated != null && !delegated.isNull()) {
            delegatedIds = new ArrayList<>();
            for (Value r : items(delegated, "delegatedRoleDefinitionIds", false)) {
                delegatedIds.add(r == null ? Located.unknown(delegated.at()) : role(r));
            }
        }
        Located principal = text(a.opt("principalId"), "principalId", a.at());
        return new Authorization(
                principal,
                text(a.opt("principalIdDisplayName"), null, a.at()),
                pecType(principal),
                role(a.opt("roleDefinitionId")),
                delegatedIds,
                a.at());
    }

    private EligibleAuthorization eligible(Value e) {
        required(e, "eligible authorization");
        Value policy = e.opt("justInTimeAccessPolicy");
        if (policy != null && policy.isResolved() && !policy.isObject() && !policy.isNull()) {
            structure(
                    policy.at(),
                    "justInTimeAccessPolicy must be an object with multiFactorAuthProvider and,"
                            + " optionally, maximumActivationDuration and managedByTenantApprovers");
            policy = null;
        }
        List<Approver> approvers = new ArrayList<>();
        Value list = field(policy, "managedByTenantApprovers");
        for (Value ap : items(list, "managedByTenantApprovers", false)) {
            if (ap == null) {
                approvers.add(new Approver(Located.unknown(list.at()), Located.unknown(list.at()), null, list.at()));
                continue;
            }
            Located id = text(ap.opt("principalId"), "approver principalId", ap.at());
            approvers.add(
                    new Approver(id, text(ap.opt("principalIdDisplayName"), null, ap.at()), pecType(id), ap.at()));
        }
        Located principal = text(e.opt("principalId"), "principalId", e.at());
        return new EligibleAuthorization(
                principal,
                text(e.opt("principalIdDisplayName"), null, e.at()),
                pecType(principal),
                role(e.opt("roleDefinitionId")),
                text(field(policy, "multiFactorAuthProvider"), "multiFactorAuthProvider", e.at()),
                text(field(policy, "maximumActivationDuration"), "maximumActivationDuration", e.at()),
                approvers,
                e.at());
    }

    /** An authorization that stands for an array known only at deployment: every value unknown. */
    private static Authorization unknownAuthorization(Position at) {
        return new Authorization(Located.unknown(at), Located.unknown(at), null, Located.unknown(at), null, at);
    }

    private static EligibleAuthorization unknownEligible(Position at) {
        return new EligibleAuthorization(
                Located.unknown(at),
                Located.unknown(at),
                null,
                Located.unknown(at),
                Located.unknown(at),
                Located.unknown(at),
                List.of(),
                at);
    }

    /** principalId and roleDefinitionId are required in every authorization (Azure rejects the definition). */
    private void required(Value item, String what) {
        if (!item.isObject()) {
            return;
        }
        for (String key : List.of("principalId", "roleDefinitionId")) {
            if (!item.has(key)) {
                structure(
                        item.at(),
                        what + " without " + key + "; every authorization needs principalId and" + " roleDefinitionId");
            }
        }
    }

    /**
     * The members of an array value: each element, or {@code null} for "an element known only at
     * deployment" (the whole array unknown counts as one such element). Absent or null: none.
     */
    private List<Value> items(Value array, String what, boolean parentUnknown) {
        List<Value> out = new ArrayList<>();
        if (parentUnknown) {
            out.add(null);
            return out;
        }
        if (array == null || array.isNull()) {
            return out;
        }
        if (!array.isResolved()) {
            unresolved(array, what, null);
            out.add(null);
            return out;
        }
        if (!array.isArray()) {
            structure(array.at(), what + " must be an array, not " + array.describe());
            return out;
        }
        for (Value v : array.elements()) {
            if (!v.isResolved()) {
                unresolved(v, what + " entry", null);
                out.add(null);
            } else if (!v.isObject() && !what.equals("delegatedRoleDefinitionIds")) {
                structure(v.at(), what + " entries must be objects, not " + v.describe());
            } else {
                out.add(v);
            }
        }
        return out;
    }

    private static Value field(Value object, String name) {
        if (object == null || (object.isResolved() && !object.isObject())) {
            return null;
        }
        return object.opt(name);
    }

    /** A scalar the rules check; {@code what} null: only shown, so an unknown value is not reported. */
    private Located text(Value v, String what, Position absentAt) {
        if (v == null) {
            return new Located(null, absentAt);
        }
        if (!v.isResolved()) {
            if (what != null || v.isInvalid()) {
                unresolved(v, what == null ? "a value" : what, null);
            }
            return Located.unknown(v.at());
        }
        if (v.isNull()) {
            return new Located(null, v.at());
        }
        String text = v.asText();
        if (text == null) {
            if (what != null) {
                structure(v.at(), what + " must be a string, not " + v.describe());
            }
            return Located.unknown(v.at());
        }
        return new Located(text, v.at());
    }

    /** Role IDs are bare GUIDs, or role-definition resource IDs, which are reduced to their GUID. */
    private Located role(Value v) {
        Located raw = text(v, "roleDefinitionId", v == null ? null : v.at());
        if (raw.value() == null) {
            return raw;
        }
        Matcher m = ROLE_RESOURCE_ID.matcher(raw.value().trim());
        return m.matches() ? new Located(m.group(1), raw.at()) : raw;
    }

    /** The PEC account is known to be a service principal; other principals' types are unknown in a template. */
    private String pecType(Located principal) {
        return principal.value() != null && principal.value().equalsIgnoreCase(context.pecPrincipalId())
                ? "ServicePrincipal"
                : null;
    }

    private void structure(Position at, String message) {
        sink.report(RuleIds.TEMPLATE_STRUCTURE, subject, at, message);
    }

    /** An unknown value as expression-unresolved, an invalid one as expression-invalid; once per place and reason. */
    void unresolved(Value v, String what, String consequence) {
        if (subject == null) {
            subject = new Subject(context.customerId(), context.subscriptionId(), null);
        }
        if (!reported.add(v.at() + "|" + v.reason())) {
            return;
        }
        String expression = v.symbol() == null || v.symbol().isBlank() ? "" : " [" + v.symbol() + "]";
        if (v.isInvalid()
                && sink.findings().stream()
                        .anyMatch(f -> f.ruleId().equals(RuleIds.PARAMETER_MISMATCH)
                                && f.position().file().equals(v.at().file()))) {
            return; // a parameter ARM refuses is parameter-mismatch already; what is computed from it is not a second
            // error
        }
        if (v.isInvalid()) {
            sink.report(
                    RuleIds.EXPRESSION_INVALID,
                    subject,
                    v.at(),
                    what + expression + ": " + v.reason()
                            + " Azure Resource Manager rejects the template at deploy time: correct the expression");
            return;
        }
        String then = consequence != null
                ? consequence
                : PEC_GATE_FIELDS.contains(what) || what.startsWith("authorizations")
                        ? "so it was not checked, and the PEC gate is not verified: the PEC Automation Account may be"
                                + " missing from what Azure deploys"
                        : "so the rules could not check it";
        sink.report(
                RuleIds.EXPRESSION_UNRESOLVED,
                subject,
                v.at(),
                what + expression + " was not evaluated: " + v.reason() + "; " + then);
    }

    private static final Set<String> PEC_GATE_FIELDS =
            Set.of("principalId", "roleDefinitionId", "authorizations", "the registration definition's properties");

    /** Something the reader did not follow (a linked template): an expression-unresolved warning at its place. */
    void notChecked(Position at, String what, String consequence) {
        if (reported.add(at + "|" + what)) {
            sink.report(
                    RuleIds.EXPRESSION_UNRESOLVED,
                    subject == null ? new Subject(context.customerId(), context.subscriptionId(), null) : subject,
                    at,
                    what + " is not read, so " + consequence);
        }
    }

    static Set<String> newReportedSet() {
        return new HashSet<>();
    }
}
