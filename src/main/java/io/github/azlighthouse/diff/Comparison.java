package io.github.azlighthouse.diff;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.diff.CustomerState.SubscriptionState;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.rules.DelegationChange;
import io.github.azlighthouse.rules.PecGateState;
import io.github.azlighthouse.rules.RuleContext;
import io.github.azlighthouse.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One customer before and after a change (either side may be absent): its changes, subscription by
 * subscription and offer by offer, and the findings of the {@code diff} rules on each delegation. Stateless
 * apart from the catalog and rules it is given.
 */
final class Comparison {

    private final RuleContext context;
    private final RuleSet rules;
    private final Access access;

    Comparison(RuleContext context, RuleSet rules) {
        this.context = context;
        this.rules = rules;
        this.access = new Access(context);
    }

    /** The changes of one customer; the rules' findings go to {@code findings}. */
    List<Change> compare(CustomerState before, CustomerState after, List<Finding> findings) {
        List<Change> out = new ArrayList<>();
        Out o = new Out(out, findings, (after != null ? after : before).id());
        if (before == null) {
            o.add(ChangeKind.CUSTOMER_ADDED, null, null, null, null, null, count(after));
            after.subscriptions().forEach(s -> subscription(o, null, s));
        } else if (after == null) {
            o.add(ChangeKind.CUSTOMER_REMOVED, null, null, null, null, count(before), null);
            before.subscriptions().forEach(s -> subscription(o, s, null));
        } else {
            if (before.tenantId() != null
                    && after.tenantId() != null
                    && !CustomerState.key(before.tenantId()).equals(CustomerState.key(after.tenantId()))) {
                o.add(ChangeKind.CUSTOMER_TENANT_CHANGED, null, null, null, null, before.tenantId(), after.tenantId());
            }
            pair(
                    before.subscriptions(),
                    after.subscriptions(),
                    s -> CustomerState.key(s.subscriptionId()),
                    (b, a) -> subscription(o, b, a));
        }
        return out;
    }

    private static String count(CustomerState c) {
        int n = c.subscriptions().size();
        return (c.name() == null ? c.id() : c.name()) + ": " + n + " subscription" + (n == 1 ? "" : "s");
    }

    private void subscription(Out o, SubscriptionState before, SubscriptionState after) {
        if (before == null) {
            o.add(ChangeKind.SUBSCRIPTION_ADDED, after, null, null, null, null, after.scope());
            after.delegations().forEach(d -> offer(o, null, after, null, d));
            return;
        }
        if (after == null) {
            o.add(ChangeKind.SUBSCRIPTION_REMOVED, before, null, null, null, before.scope(), null);
            before.delegations().forEach(d -> offer(o, before, null, d, null));
            return;
        }
        scope(o, before, after);
        pair(
                before.delegations(),
                after.delegations(),
                d -> String.valueOf(d.subject().offer()),
                (b, a) -> offer(o, before, after, b, a));
    }

    private static void scope(Out o, SubscriptionState before, SubscriptionState after) {
        TreeSet<String> was = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        was.addAll(before.resourceGroups());
        TreeSet<String> now = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        now.addAll(after.resourceGroups());
        if (was.equals(now)) {
            return;
        }
        if (was.isEmpty() || now.isEmpty()) {
            o.add(ChangeKind.SCOPE_CHANGED, after, null, null, null, before.scope(), after.scope());
            return;
        }
        for (String g : now) {
            if (!was.contains(g)) {
                o.change(
                        ChangeKind.RESOURCE_GROUP_ADDED,
                        after.subscriptionId(),
                        "resource group " + g,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        g);
            }
        }
        for (String g : was) {
            if (!now.contains(g)) {
                o.change(
                        ChangeKind.RESOURCE_GROUP_REMOVED,
                        after.subscriptionId(),
                        "resource group " + g,
                        null,
                        null,
                        null,
                        null,
                        null,
                        g,
                        null);
            }
        }
    }

    private void offer(Out o, SubscriptionState sb, SubscriptionState sa, Delegation before, Delegation after) {
        o.findings.addAll(pinned(rules.checkChange(new DelegationChange(before, after), context)));
        if (before == null) {
            o.add(ChangeKind.OFFER_ADDED, sa, after.subject().offer(), null, null, null, access.summary(after));
            access.granted(after).forEach(g -> o.access(g, sa, after));
            return;
        }
        if (after == null) {
            o.add(ChangeKind.OFFER_REMOVED, sb, before.subject().offer(), null, null, access.summary(before), null);
            return;
        }
        String was = StateCodec.value(before.offerName());
        String now = StateCodec.value(after.offerName());
        if (was != null && !was.equals(now)) {
            o.add(ChangeKind.OFFER_RENAMED, sa, after.subject().offer(), null, null, was, now);
        }
        access.compare(before, after).forEach(g -> o.access(g, sa, after));
        String gateBefore = PecGateState.of(List.of(before), context).label();
        String gateAfter = PecGateState.of(List.of(after), context).label();
        if (!gateBefore.equals(gateAfter)) {
            o.add(ChangeKind.PEC_GATE_CHANGED, sa, after.subject().offer(), null, null, gateBefore, gateAfter);
        }
    }

    private static List<Finding> pinned(List<Finding> findings) {
        findings.forEach(f -> f.position().pin()); // the customer's part of the list can go
        return findings;
    }

    /** Pairs two lists sorted by {@code key}: both, only before (after null), only after (before null). */
    static <T> void pair(List<T> before, List<T> after, Function<T, String> key, Pairs<T> out) {
        Map<String, T> was = new TreeMap<>();
        before.forEach(b -> was.putIfAbsent(key.apply(b), b));
        Map<String, T> now = new TreeMap<>();
        after.forEach(a -> now.putIfAbsent(key.apply(a), a));
        TreeSet<String> keys = new TreeSet<>(was.keySet());
        keys.addAll(now.keySet());
        keys.forEach(k -> out.pair(was.get(k), now.get(k)));
    }

    @FunctionalInterface
    interface Pairs<T> {
        void pair(T before, T after);
    }

    /** Collects one customer's changes. */
    private record Out(List<Change> changes, List<Finding> findings, String customer) {

        void add(
                ChangeKind kind,
                SubscriptionState s,
                String offer,
                String principalId,
                String principal,
                String before,
                String after) {
            changes.add(new Change(
                    kind,
                    customer,
                    s == null ? null : s.subscriptionId(),
                    s == null ? null : s.scope(),
                    offer,
                    principalId,
                    principal,
                    null,
                    null,
                    before,
                    after));
        }

        void change(
                ChangeKind kind,
                String subscription,
                String scope,
                String offer,
                String principalId,
                String principal,
                String roleId,
                String role,
                String before,
                String after) {
            changes.add(new Change(
                    kind, customer, subscription, scope, offer, principalId, principal, roleId, role, before, after));
        }

        void access(Access.Grant g, SubscriptionState s, Delegation d) {
            changes.add(new Change(
                    g.kind(),
                    customer,
                    s.subscriptionId(),
                    s.scope(),
                    d.subject().offer(),
                    g.principalId(),
                    g.principal(),
                    g.roleId(),
                    g.role(),
                    g.before(),
                    g.after()));
        }
    }
}
