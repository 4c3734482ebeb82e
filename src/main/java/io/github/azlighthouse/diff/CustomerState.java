package io.github.azlighthouse.diff;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.source.Located;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One customer's resolved delegations, what {@code diff} compares: subscriptions in GUID order, each with its
 * delegated resource groups and its delegations in offer-key order. The order of anything in the customer list
 * (customers, subscriptions, offers, authorizations) does not matter, so it is normalised here.
 *
 * @param tenantId the customer's tenant, or null when the baseline does not say (then it is not compared)
 * @param name the customer's display name, or null; shown, never compared
 */
record CustomerState(String id, String name, String tenantId, List<SubscriptionState> subscriptions) {

    /**
     * One subscription: its delegated resource groups (empty = the whole subscription), sorted case-insensitively,
     * and one delegation per offer, by offer key.
     */
    record SubscriptionState(String subscriptionId, List<String> resourceGroups, List<Delegation> delegations) {

        /** The scope as people read it: {@code subscription}, or {@code resource groups rg-web, rg-data}. */
        String scope() {
            return resourceGroups.isEmpty() ? "subscription" : "resource groups " + String.join(", ", resourceGroups);
        }
    }

    /** The state of planned (or read) delegations: one entry per delegation, in any order. */
    static CustomerState of(String id, String name, String tenantId, List<Delegation> delegations) {
        Map<String, List<Delegation>> bySubscription = new TreeMap<>();
        for (Delegation d : delegations) {
            bySubscription
                    .computeIfAbsent(key(d.subscriptionId().value()), k -> new ArrayList<>())
                    .add(canonical(d));
        }
        List<SubscriptionState> subscriptions = new ArrayList<>();
        bySubscription.forEach((key, ds) -> {
            ds.sort(Comparator.comparing(
                    (Delegation d) -> String.valueOf(d.subject().offer())));
            TreeSet<String> groups = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            ds.forEach(d -> d.resourceGroups().forEach(g -> {
                if (g.value() != null) {
                    groups.add(g.value());
                }
            }));
            subscriptions.add(
                    new SubscriptionState(ds.get(0).subscriptionId().value(), List.copyOf(groups), List.copyOf(ds)));
        });
        return new CustomerState(id, name, tenantId, List.copyOf(subscriptions));
    }

    /** Every delegation, subscription by subscription. */
    List<Delegation> delegations() {
        return subscriptions.stream().flatMap(s -> s.delegations().stream()).toList();
    }

    /** This customer with the delegations of {@code more} (the same customer read from another part of a baseline). */
    CustomerState merge(CustomerState more) {
        List<Delegation> all = new ArrayList<>(delegations());
        all.addAll(more.delegations());
        return of(id, name != null ? name : more.name, tenantId != null ? tenantId : more.tenantId, all);
    }

    /**
     * The delegation with its authorizations in a canonical order (principal, then role, without case), approvers
     * and delegated roles by ID: the order they were written in grants nothing.
     */
    static Delegation canonical(Delegation d) {
        List<Authorization> auths = sorted(
                d.authorizations().stream()
                        .map(a -> a.delegatedRoleDefinitionIds() == null
                                ? a
                                : new Authorization(
                                        a.principalId(),
                                        a.displayName(),
                                        a.principalType(),
                                        a.roleDefinitionId(),
                                        sorted(a.delegatedRoleDefinitionIds(), CustomerState::key),
                                        a.at()))
                        .toList(),
                a -> key(a.principalId()) + "|" + key(a.roleDefinitionId()));
        List<EligibleAuthorization> eligible = sorted(
                d.eligibleAuthorizations().stream()
                        .map(e -> new EligibleAuthorization(
                                e.principalId(),
                                e.displayName(),
                                e.principalType(),
                                e.roleDefinitionId(),
                                e.multiFactorAuthProvider(),
                                e.maximumActivationDuration(),
                                sorted(e.approvers(), a -> key(a.principalId())),
                                e.at()))
                        .toList(),
                e -> key(e.principalId()) + "|" + key(e.roleDefinitionId()));
        return new Delegation(
                d.subject(),
                d.customerTenantId(),
                d.managingTenantId(),
                d.subscriptionId(),
                d.offerName(),
                d.description(),
                d.apiVersion(),
                d.resourceGroups(),
                auths,
                eligible,
                d.pec(),
                d.authorizationsAt(),
                d.at());
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> key) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(key));
        return List.copyOf(copy);
    }

    static String key(Located l) {
        return key(l == null ? null : l.value());
    }

    /** A GUID or name compared without case. */
    static String key(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
