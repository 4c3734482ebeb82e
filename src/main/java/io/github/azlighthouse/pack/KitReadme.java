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

    record Customer(String id, String name, String tenantId) {
    }

    /**
     * @param pecGateDisabled why the PEC gate did not hold when the templates were generated (empty: it
     *     held); the README then does not promise Partner Earned Credit
     */
    String write(Customer customer, String managingTenantId, String pecPrincipalId, List<KitDeployment> deployments,
            RoleCatalog catalog, Function<String, String> principalType, String pluginVersion,
            List<String> pecGateDisabled) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("customerName", md(customer.name()));
        v.put("managingTenantId", managingTenantId);
        v.put("pluginVersion", pluginVersion);
        v.put("tenantId", customer.tenantId());
        v.put("resourceGroups", deployments.stream().anyMatch(d -> !d.resourceGroups().isEmpty()));
        v.put("delegated", deployments.stream().map(d -> "| `" + d.subscriptionId() + "` | "
                + (d.resourceGroups().isEmpty() ? "whole subscription"
                        : "resource groups " + d.resourceGroups().stream().map(g -> "`" + g + "`").collect(Collectors.joining(", ")))
                + " | " + md(d.offerName()) + " |").toList());
        Map<String, KitDeployment> offers = new LinkedHashMap<>();
        deployments.forEach(d -> offers.putIfAbsent(d.offerKey(), d));
        v.put("offers", offers.values().stream().map(d -> offer(d, catalog, principalType)).toList());
        v.put("pecPrincipalId", pecPrincipalId);
        v.put("pecGate", pecGateDisabled.isEmpty() ? null : md(String.join("; ", pecGateDisabled)));
        return templates.render("README.md", v);
    }

    /** One offer's section: its name, description, and a table row per permanent and per eligible authorization. */
    private static Map<String, Object> offer(KitDeployment d, RoleCatalog catalog, Function<String, String> principalType) {
        Delegation del = d.delegation();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("offerName", md(d.offerName()));
        o.put("offerDescription", del.description() != null && del.description().value() != null
                && !del.description().value().equals(d.offerName()) ? md(del.description().value()) : null);
        o.put("permanent", del.authorizations().stream().map(a -> {
            String row = "| " + name(a.displayName(), a.principalId()) + " | `" + a.principalId().value() + "` | "
                    + principalType.apply(a.principalId().value()) + " | " + role(catalog, a.roleDefinitionId());
            if (a.delegatedRoleDefinitionIds() != null && !a.delegatedRoleDefinitionIds().isEmpty()) {
                row += ", may assign only " + a.delegatedRoleDefinitionIds().stream().map(r -> role(catalog, r))
                        .collect(Collectors.joining(", ")) + " to managed identities";
            }
            return row + " |";
        }).toList());
        o.put("eligible", !del.eligibleAuthorizations().isEmpty());
        o.put("eligibleRows", del.eligibleAuthorizations().stream().map(e -> "| " + name(e.displayName(), e.principalId())
                + " | `" + e.principalId().value() + "` | " + principalType.apply(e.principalId().value()) + " | "
                + role(catalog, e.roleDefinitionId()) + " | "
                + (e.maximumActivationDuration() == null || e.maximumActivationDuration().value() == null
                        ? "PT8H" : e.maximumActivationDuration().value())
                + " | " + ("Azure".equals(value(e.multiFactorAuthProvider())) ? "required" : "not required") + " | "
                + (e.approvers().isEmpty() ? "none (no approval)" : e.approvers().stream().map(Approver::displayName)
                        .map(KitReadme::value).map(KitReadme::md).collect(Collectors.joining(", ")))
                + " |").toList());
        return o;
    }

    private static String role(RoleCatalog catalog, Located id) {
        return catalog.byId(id.value()).map(Role::name).map(KitReadme::md).orElse("`" + id.value() + "`");
    }

    private static String name(Located displayName, Located id) {
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
        return text.replaceAll("[\\r\\n]+", " ").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }
}
