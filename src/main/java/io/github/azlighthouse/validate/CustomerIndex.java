package io.github.azlighthouse.validate;

import io.github.azlighthouse.arm.TemplateReader;
import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.customers.CustomerList.Customer;
import io.github.azlighthouse.customers.CustomerList.Subscription;
import io.github.azlighthouse.source.Located;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code validate} needs from a customer list, and nothing more (the list itself, with every
 * value's position, would be kept alive for the whole run): the PEC Automation Account, the managing
 * tenant, and for each
 * subscription (and each management group, under {@link #managementGroupKey}) its customer and tenant.
 */
public record CustomerIndex(
        String pecPrincipalId, String managingTenantId, Map<String, TemplateReader.Context> bySubscription) {

    public static CustomerIndex of(CustomerList list) {
        String pec = list.pecAutomationAccount().principal().principalId().value();
        Map<String, TemplateReader.Context> map = new HashMap<>();
        for (Customer c : list.customers()) {
            for (Subscription s : c.subscriptions()) {
                map.putIfAbsent(
                        String.valueOf(s.subscriptionId().value()).toLowerCase(Locale.ROOT),
                        new TemplateReader.Context(
                                pec,
                                c.id().value(),
                                c.tenantId().value(),
                                s.subscriptionId().value()));
            }
            for (Located g : c.managementGroups()) {
                map.putIfAbsent(
                        managementGroupKey(g.value()),
                        new TemplateReader.Context(
                                pec, c.id().value(), c.tenantId().value(), null, g.value()));
            }
        }
        return new CustomerIndex(pec, list.managingTenantId().value(), Map.copyOf(map));
    }

    /** The key of a management group's context: its folder in {@code generate}'s output, lower-case. */
    static String managementGroupKey(String id) {
        return "management-groups/" + id.toLowerCase(Locale.ROOT);
    }
}
