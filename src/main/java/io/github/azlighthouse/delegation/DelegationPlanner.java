package io.github.azlighthouse.delegation;

import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.customers.CustomerList.Customer;
import io.github.azlighthouse.customers.CustomerList.EligibleGrant;
import io.github.azlighthouse.customers.CustomerList.Grant;
import io.github.azlighthouse.customers.CustomerList.Offer;
import io.github.azlighthouse.customers.CustomerList.Principal;
import io.github.azlighthouse.customers.CustomerList.Subscription;
import io.github.azlighthouse.delegation.Delegation.Approver;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.delegation.Delegation.PecAccount;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.roles.Role;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.source.Located;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the delegations of a customer list: one per customer x subscription x offer (the subscription's
 * own offers, else the customer's) and one per customer x management group x offer, with the customer's
 * own principals applied, role names resolved to GUIDs and the PEC Automation Account injected. Stateless
 * apart from the immutable catalog, so customers can be planned on any thread.
 */
public final class DelegationPlanner {

    /** The Microsoft.ManagedServices apiVersion the generator emits. */
    public static final String API_VERSION = "2022-10-01";

    private final RoleCatalog catalog;

    public DelegationPlanner(RoleCatalog catalog) {
        this.catalog = catalog;
    }

    /** The customer's delegations, one inner list per subscription (all offers on that subscription). */
    public List<List<Delegation>> plan(CustomerList list, Customer customer) {
        List<List<Delegation>> bySubscription = new ArrayList<>();
        for (Subscription s : customer.subscriptions()) {
            List<Delegation> delegations = new ArrayList<>();
            for (Located offerKey : customer.offersOn(s)) {
                Offer offer = list.offers().get(offerKey.value());
                delegations.add(delegation(
                        list,
                        customer,
                        offer,
                        new Subject(customer.id().value(), s.subscriptionId().value(), offer.key()),
                        s.subscriptionId(),
                        s.resourceGroups(),
                        null));
            }
            bySubscription.add(delegations);
        }
        return bySubscription;
    }

    /**
     * The customer's delegations through Azure Policy, one inner list per management group (the customer's
     * offers): what each subscription under the group receives. They have no subscription ID.
     */
    public List<List<Delegation>> planManagementGroups(CustomerList list, Customer customer) {
        List<List<Delegation>> byGroup = new ArrayList<>();
        for (Located group : customer.managementGroups()) {
            List<Delegation> delegations = new ArrayList<>();
            for (Located offerKey : customer.offers()) {
                Offer offer = list.offers().get(offerKey.value());
                delegations.add(delegation(
                        list,
                        customer,
                        offer,
                        new Subject(customer.id().value(), null, offer.key(), group.value()),
                        new Located(null, group.at()),
                        List.of(),
                        group));
            }
            byGroup.add(delegations);
        }
        return byGroup;
    }

    private Delegation delegation(
            CustomerList list,
            Customer customer,
            Offer offer,
            Subject subject,
            Located subscriptionId,
            List<Located> resourceGroups,
            Located managementGroup) {
        CustomerList.PecAutomationAccount pec = list.pecAutomationAccount();
        Located pecRole = resolve(pec.role());
        List<Authorization> authorizations = new ArrayList<>();
        for (Grant g : offer.authorizations()) {
            List<Located> delegated = g.delegatedRoles() == null
                    ? null
                    : g.delegatedRoles().stream().map(this::resolve).toList();
            Principal p = customer.principal(g.principal());
            authorizations.add(new Authorization(
                    p.principalId(), p.displayName(), p.type(), resolve(g.role()), delegated, g.at()));
        }
        boolean present = authorizations.stream()
                .anyMatch(a ->
                        same(a.principalId(), pec.principal().principalId()) && same(a.roleDefinitionId(), pecRole));
        if (pec.inject() && !present) {
            Principal p = pec.principal();
            authorizations.add(new Authorization(
                    p.principalId(),
                    p.displayName(),
                    "ServicePrincipal",
                    pecRole,
                    null,
                    pec.role().at()));
        }
        List<EligibleAuthorization> eligible = new ArrayList<>();
        for (EligibleGrant g : offer.eligibleAuthorizations()) {
            List<Approver> approvers = g.approvers().stream()
                    .map(customer::principal)
                    .map(a -> new Approver(a.principalId(), a.displayName(), a.type(), a.at()))
                    .toList();
            Principal p = customer.principal(g.principal());
            eligible.add(new EligibleAuthorization(
                    p.principalId(),
                    p.displayName(),
                    p.type(),
                    resolve(g.role()),
                    new Located(g.multiFactorAuth() ? "Azure" : "None", g.at()),
                    g.maximumActivationDuration().value() == null
                            ? new Located("PT8H", g.at())
                            : g.maximumActivationDuration(),
                    approvers,
                    g.at()));
        }
        String description = offer.description().isBlank()
                ? offer.name().value()
                : offer.description().value();
        return new Delegation(
                subject,
                customer.tenantId(),
                list.managingTenantId(),
                subscriptionId,
                offer.name(),
                new Located(
                        description,
                        offer.description().isBlank()
                                ? offer.name().at()
                                : offer.description().at()),
                new Located(API_VERSION, offer.at()),
                resourceGroups,
                authorizations,
                eligible,
                new PecAccount(pec.principal().principalId(), pecRole),
                offer.authorizationsAt(),
                offer.at(),
                managementGroup);
    }

    /** A role name becomes its GUID; unknown names stay as written for role-unknown to report. */
    private Located resolve(Located role) {
        if (role == null || role.value() == null) {
            return role;
        }
        return catalog.resolve(role.value())
                .map(Role::id)
                .map(id -> new Located(id, role.at()))
                .orElse(role);
    }

    private static boolean same(Located a, Located b) {
        return a.value() != null && b.value() != null && a.value().equalsIgnoreCase(b.value());
    }
}
