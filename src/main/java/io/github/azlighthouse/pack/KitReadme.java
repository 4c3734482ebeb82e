package io.github.azlighthouse.pack;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Approver;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
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
 * the kit, so it describes exactly what deploys.
 */
final class KitReadme {

    private KitReadme() {
    }

    record Customer(String id, String name, String tenantId) {
    }

    static String write(Customer customer, String managingTenantId, String pecPrincipalId, List<KitDeployment> deployments,
            RoleCatalog catalog, Function<String, String> principalType, String pluginVersion) {
        StringBuilder s = new StringBuilder();
        s.append("# Azure Lighthouse onboarding: ").append(md(customer.name())).append("\n\n");
        s.append("Your service provider (managing tenant `").append(managingTenantId).append("`) asks to manage the")
                .append(" Azure subscriptions below through [Azure Lighthouse](https://learn.microsoft.com/azure/lighthouse/overview).")
                .append(" This folder holds the onboarding templates and scripts that grant that access; nothing")
                .append(" changes until you run them. Every file is listed with its SHA-256 in the archive's")
                .append(" `manifest.json` (made by lighthouse-maven-plugin ").append(pluginVersion).append(").\n\n");

        s.append("## Who must run it\n\n");
        s.append("An **Owner** of each subscription below, signed in to your tenant `").append(customer.tenantId())
                .append("`:\n\n");
        s.append("- Azure CLI (bash): `az login --tenant ").append(customer.tenantId()).append("`, then `./deploy.sh`\n");
        s.append("- Azure PowerShell: `Connect-AzAccount -Tenant ").append(customer.tenantId()).append("`, then `./deploy.ps1`\n\n");
        s.append("The scripts first check that you are signed in to this tenant and that the `Microsoft.ManagedServices`")
                .append(" resource provider is registered on each subscription (they register it if needed), then deploy")
                .append(" one template per subscription and offer, and stop at the first failure.");
        if (deployments.stream().anyMatch(d -> !d.resourceGroups().isEmpty())) {
            s.append(" The resource groups named below must exist before you run them.");
        }
        s.append("\n\n");

        s.append("## What is delegated\n\n");
        s.append("| subscription | scope | offer |\n|---|---|---|\n");
        for (KitDeployment d : deployments) {
            s.append("| `").append(d.subscriptionId()).append("` | ")
                    .append(d.resourceGroups().isEmpty() ? "whole subscription"
                            : "resource groups " + d.resourceGroups().stream().map(g -> "`" + g + "`").collect(Collectors.joining(", ")))
                    .append(" | ").append(md(d.offerName())).append(" |\n");
        }
        s.append('\n');

        Map<String, KitDeployment> offers = new LinkedHashMap<>();
        deployments.forEach(d -> offers.putIfAbsent(d.offerKey(), d));
        for (KitDeployment d : offers.values()) {
            Delegation del = d.delegation();
            s.append("## Offer: ").append(md(d.offerName())).append("\n\n");
            if (del.description() != null && del.description().value() != null
                    && !del.description().value().equals(d.offerName())) {
                s.append(md(del.description().value())).append("\n\n");
            }
            s.append("### Permanent access\n\n");
            s.append("| principal | object ID | type | role |\n|---|---|---|---|\n");
            for (Authorization a : del.authorizations()) {
                s.append("| ").append(name(a.displayName(), a.principalId())).append(" | `").append(a.principalId().value())
                        .append("` | ").append(principalType.apply(a.principalId().value())).append(" | ")
                        .append(role(catalog, a.roleDefinitionId()));
                if (a.delegatedRoleDefinitionIds() != null && !a.delegatedRoleDefinitionIds().isEmpty()) {
                    s.append(", may assign only ").append(a.delegatedRoleDefinitionIds().stream()
                            .map(r -> role(catalog, r)).collect(Collectors.joining(", "))).append(" to managed identities");
                }
                s.append(" |\n");
            }
            if (!del.eligibleAuthorizations().isEmpty()) {
                s.append("\n### Just-in-time (eligible) access\n\n");
                s.append("These principals hold nothing until they activate the role for a limited time, with the")
                        .append(" checks shown.\n\n");
                s.append("| principal | object ID | type | role | up to | MFA | approvers |\n|---|---|---|---|---|---|---|\n");
                for (EligibleAuthorization e : del.eligibleAuthorizations()) {
                    s.append("| ").append(name(e.displayName(), e.principalId())).append(" | `")
                            .append(e.principalId().value()).append("` | ")
                            .append(principalType.apply(e.principalId().value())).append(" | ")
                            .append(role(catalog, e.roleDefinitionId())).append(" | ")
                            .append(e.maximumActivationDuration() == null || e.maximumActivationDuration().value() == null
                                    ? "PT8H" : e.maximumActivationDuration().value())
                            .append(" | ").append("Azure".equals(value(e.multiFactorAuthProvider())) ? "required" : "not required")
                            .append(" | ").append(e.approvers().isEmpty() ? "none (no approval)"
                                    : e.approvers().stream().map(Approver::displayName).map(KitReadme::value)
                                            .map(KitReadme::md).collect(Collectors.joining(", ")))
                            .append(" |\n");
                }
            }
            s.append('\n');
        }

        s.append("## The PEC Automation Account\n\n");
        s.append("Principal `").append(pecPrincipalId).append("` is your provider's automation service principal. It is")
                .append(" linked to the provider's Microsoft partner ID, which lets the provider receive Partner Earned")
                .append(" Credit for managing your subscriptions. It gets only the role shown in the tables above,")
                .append(" permanently, like any other principal there; it does not add access or cost on your side.\n\n");

        s.append("## How to check\n\n");
        s.append("- Azure portal: **Service providers** → **Service provider offers** and **Delegations**.\n");
        s.append("- Azure CLI, per subscription: `az managedservices assignment list --subscription <id> --include-definition true --output table`\n\n");

        s.append("## How to remove\n\n");
        s.append("- Run `./offboard.sh` (Azure CLI, same sign-in as above): it removes each assignment and registration")
                .append(" definition that `deploy.sh` created, by name.\n");
        s.append("- Or in the portal: **Service providers** → **Delegations** → select the offer → **Remove**.\n");
        return s.toString();
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
