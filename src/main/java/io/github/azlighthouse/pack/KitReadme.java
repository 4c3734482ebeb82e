package io.github.azlighthouse.pack;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Approver;
import io.github.azlighthouse.roles.Role;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.source.Located;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The customer administrator's README: who must run the kit, what access goes to whom (the PEC
 * account included, and why), how to check it and how to remove it. Built from the templates in
 * the kit, so it describes exactly what deploys. The text is {@code README.md.mustache} beside this
 * class; the table rows are built here, every value Markdown-escaped ({@link #md}).
 */
final class KitReadme {

    private final KitTemplates templates;

    KitReadme(KitTemplates templates) {
        this.templates = templates;
    }

    record Customer(String id, String name, String tenantId) {}

    /**
     * @param pecGateDisabled why the PEC gate did not hold when the templates were generated (empty: it
     *     held); the README then does not promise Partner Earned Credit
     */
    String write(
            Customer customer,
            String managingTenantId,
            String pecPrincipalId,
            List<KitDeployment> deployments,
            RoleCatalog catalog,
            Function<String, String> principalType,
            String pluginVersion,
            List<String> pecGateDisabled,
            String location) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("customerName", md(customer.name()));
        v.put("managingTenantId", managingTenantId);
        v.put("pluginVersion", pluginVersion);
        v.put("tenantId", customer.tenantId());
        v.put("location", location);
        v.put(
                "resourceGroups",
                deployments.stream().anyMatch(d -> !d.resourceGroups().isEmpty()));
        v.put("managementGroups", deployments.stream().anyMatch(KitDeployment::viaManagementGroup) ? true : null);
        v.put(
                "delegated",
                deployments.stream()
                        .map(d -> "| "
                                + (d.viaManagementGroup()
                                        ? "management group `" + d.policy().managementGroupId()
                                                + "` | every subscription under it, now and" + " later (Azure Policy)"
                                        : "`" + d.subscriptionId() + "` | "
                                                + (d.resourceGroups().isEmpty()
                                                        ? "whole subscription"
                                                        : "resource groups "
                                                                + d.resourceGroups().stream()
                                                                        .map(g -> "`" + g + "`")
                                                                        .collect(Collectors.joining(", "))))
                                + " | " + md(d.offerName()) + " |")
                        .toList());
        // one section per offer: its access is the same wherever it is delegated (one customer, one set of principals)
        Map<String, KitDeployment> offers = new LinkedHashMap<>();
        deployments.forEach(d -> offers.putIfAbsent(d.offerKey(), d));
        v.put(
                "offers",
                offers.values().stream()
                        .map(d -> offer(d, catalog, principalType))
                        .toList());
        v.put("pecPrincipalId", pecPrincipalId);
        v.put("pecName", pecName(deployments, pecPrincipalId));
        v.put("pecAccess", pecAccess(deployments, pecPrincipalId, catalog));
        v.put("pecGate", pecGateDisabled.isEmpty() ? null : md(String.join("; ", pecGateDisabled)));
        return templates.render("README.md", v);
    }

    /** What some roles the PEC account may hold allow, in a customer's words; others are named with a link. */
    private static final Map<String, String> ROLE_ALLOWS = Map.of(
            "b24988ac-6180-42a0-ab88-20f7382dd24c",
                    "create, change and delete every kind of resource there, but not"
                            + " grant anyone access (it cannot create role assignments)",
            "cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e", "open and manage Azure support requests there, and nothing else",
            "749f88d5-cbae-40b8-bcfc-e573ddc772fa",
                    "read everything and change monitoring settings there (alerts,"
                            + " diagnostic settings, Application Insights), but no other resource");

    /** The PEC account's roles in this kit, and what they let it do, as one sentence (or two). */
    private static String pecAccess(List<KitDeployment> deployments, String pec, RoleCatalog catalog) {
        java.util.Set<String> roles = new java.util.LinkedHashSet<>();
        for (KitDeployment d : deployments) {
            d.delegation().authorizations().stream()
                    .filter(a -> pec.equalsIgnoreCase(value(a.principalId())))
                    .map(a -> value(a.roleDefinitionId()))
                    .filter(java.util.Objects::nonNull)
                    .forEach(roles::add);
        }
        if (roles.isEmpty()) {
            return "It holds no permanent role in these templates.";
        }
        List<String> names = roles.stream()
                .map(id -> catalog.byId(id).map(Role::name).map(KitReadme::md).orElse("`" + id + "`"))
                .toList();
        List<String> allows = roles.stream()
                .map(id -> ROLE_ALLOWS.getOrDefault(
                        id.toLowerCase(java.util.Locale.ROOT),
                        "do what that built-in role allows there (its permissions:"
                                + " https://learn.microsoft.com/azure/role-based-access-control/built-in-roles)"))
                .toList();
        StringBuilder s = new StringBuilder("It holds ")
                .append(String.join(
                        " and ", names.stream().map(n -> "**" + n + "**").toList()))
                .append(", permanently, on every subscription or resource group above")
                .append(
                        deployments.stream().anyMatch(KitDeployment::viaManagementGroup)
                                ? " (under a management group: on every subscription the policy delegates)"
                                : "")
                .append(".");
        for (int i = 0; i < names.size(); i++) {
            s.append(' ')
                    .append(names.get(i))
                    .append(" lets it ")
                    .append(allows.get(i))
                    .append('.');
        }
        return s.toString();
    }

    private static String pecName(List<KitDeployment> deployments, String pec) {
        return deployments.stream()
                .flatMap(d -> d.delegation().authorizations().stream())
                .filter(a -> pec.equalsIgnoreCase(value(a.principalId())))
                .map(a -> value(a.displayName()))
                .filter(n -> n != null && !n.isBlank())
                .map(KitReadme::md)
                .findFirst()
                .orElse(null);
    }

    /** One offer's section: its name, description, and a table row per permanent and per eligible authorization. */
    private static Map<String, Object> offer(
            KitDeployment d, RoleCatalog catalog, Function<String, String> principalType) {
        Delegation del = d.delegation();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("offerName", md(d.offerName()));
        o.put(
                "offerDescription",
                del.description() != null
                                && del.description().value() != null
                                && !del.description().value().equals(d.offerName())
                        ? md(del.description().value())
                        : null);
        o.put(
                "permanent",
                del.authorizations().stream()
                        .map(a -> {
                            String row = "| " + name(a.displayName()) + " | `"
                                    + a.principalId().value() + "` | "
                                    + principalType.apply(a.principalId().value()) + " | "
                                    + role(catalog, a.roleDefinitionId());
                            if (a.delegatedRoleDefinitionIds() != null
                                    && !a.delegatedRoleDefinitionIds().isEmpty()) {
                                row += ", may assign only "
                                        + a.delegatedRoleDefinitionIds().stream()
                                                .map(r -> role(catalog, r))
                                                .collect(Collectors.joining(", "))
                                        + " to managed identities";
                            }
                            return row + " |";
                        })
                        .toList());
        o.put("eligible", !del.eligibleAuthorizations().isEmpty());
        o.put(
                "eligibleRows",
                del.eligibleAuthorizations().stream()
                        .map(e -> "| " + name(e.displayName())
                                + " | `" + e.principalId().value() + "` | "
                                + principalType.apply(e.principalId().value()) + " | "
                                + role(catalog, e.roleDefinitionId()) + " | "
                                + (e.maximumActivationDuration() == null
                                                || e.maximumActivationDuration().value() == null
                                        ? "PT8H"
                                        : e.maximumActivationDuration().value())
                                + " | "
                                + ("Azure".equals(value(e.multiFactorAuthProvider())) ? "required" : "not required")
                                + " | "
                                + (e.approvers().isEmpty()
                                        ? "none (no approval)"
                                        : e.approvers().stream()
                                                .map(Approver::displayName)
                                                .map(KitReadme::value)
                                                .map(KitReadme::md)
                                                .collect(Collectors.joining(", ")))
                                + " |")
                        .toList());
        return o;
    }

    private static String role(RoleCatalog catalog, Located id) {
        return catalog.byId(id.value()).map(Role::name).map(KitReadme::md).orElse("`" + id.value() + "`");
    }

    private static String name(Located displayName) {
        String name = value(displayName);
        return name == null || name.isBlank() ? "(no display name)" : md(name);
    }

    private static String value(Located l) {
        return l == null ? null : l.value();
    }

    /** Markdown table-safe text: no line breaks, pipes escaped, HTML brackets neutralised. */
    static String md(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[\\r\\n]+", " ")
                .replace("|", "\\|")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
