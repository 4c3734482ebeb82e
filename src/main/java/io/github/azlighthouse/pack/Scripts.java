package io.github.azlighthouse.pack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The scripts of an onboarding kit, rendered from the templates beside this class
 * ({@code deploy.sh.mustache}, …). Bash scripts use {@code set -euo pipefail} and single-quote every
 * value; PowerShell scripts stop on the first error. Every script checks before it changes anything:
 * tools present, signed in to the right tenant as a member, allowed to create role assignments on each
 * scope, resource groups present, provider registered.
 *
 * <p>Quoting stays here, not in the templates: each value is quoted for its language ({@link #sh},
 * {@link #ps}) before a template sees it, and the per-deployment lines are built here whole. Values shown
 * unquoted are in comments only, on one line. A list with nothing in it is {@code null}, so the template's
 * section for it (and its loop over an empty array, which bash 3.2 refuses under {@code set -u}) is left out.
 */
final class Scripts {

    private final KitTemplates templates;

    Scripts(KitTemplates templates) {
        this.templates = templates;
    }

    /** A bash single-quoted word: safe for any value. */
    static String sh(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    /** A PowerShell single-quoted string. */
    static String ps(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    String deploySh(String customerName, String tenantId, String location, List<KitDeployment> deployments) {
        Map<String, Object> v = values(customerName, tenantId, deployments, Scripts::sh, " ");
        v.put("quoted", Map.of("tenantId", sh(tenantId), "location", sh(location)));
        v.put(
                "lines",
                deployments.stream()
                        .map(d -> d.viaManagementGroup()
                                ? "deploy_management_group "
                                        + words(
                                                Scripts::sh,
                                                d.policy().managementGroupId(),
                                                d.offerKey(),
                                                d.deploymentName(),
                                                d.template(),
                                                d.parameters(),
                                                d.policy().assignmentName())
                                : "deploy "
                                        + words(
                                                Scripts::sh,
                                                d.subscriptionId(),
                                                d.offerKey(),
                                                d.deploymentName(),
                                                d.template(),
                                                d.parameters()))
                        .toList());
        return templates.render("deploy.sh", v);
    }

    String deployPs1(String customerName, String tenantId, String location, List<KitDeployment> deployments) {
        Map<String, Object> v = values(customerName, tenantId, deployments, Scripts::ps, ", ");
        v.put("quoted", Map.of("tenantId", ps(tenantId), "location", ps(location)));
        v.put(
                "lines",
                deployments.stream()
                        .map(d -> d.viaManagementGroup()
                                ? "Deploy-ManagementGroup "
                                        + words(
                                                Scripts::ps,
                                                d.policy().managementGroupId(),
                                                d.offerKey(),
                                                d.deploymentName(),
                                                d.template(),
                                                d.parameters(),
                                                d.policy().assignmentName())
                                : "Deploy "
                                        + words(
                                                Scripts::ps,
                                                d.subscriptionId(),
                                                d.offerKey(),
                                                d.deploymentName(),
                                                d.template(),
                                                d.parameters()))
                        .toList());
        return templates.render("deploy.ps1", v);
    }

    String offboardSh(String customerName, String tenantId, List<KitDeployment> deployments) {
        Map<String, Object> v = values(customerName, tenantId, deployments, Scripts::sh, " ");
        v.put(
                "lines",
                deployments.stream()
                        .map(d -> {
                            if (d.viaManagementGroup()) {
                                return "remove_management_group "
                                        + words(
                                                Scripts::sh,
                                                d.policy().managementGroupId(),
                                                d.offerKey(),
                                                d.definitionName(),
                                                d.policy().definitionName(),
                                                d.policy().assignmentName(),
                                                d.policy().roleAssignmentName());
                            }
                            StringBuilder line = new StringBuilder("remove ")
                                    .append(words(Scripts::sh, d.subscriptionId(), d.offerKey(), d.definitionName()));
                            d.resourceGroups().forEach(g -> line.append(' ').append(sh(g)));
                            return line.toString();
                        })
                        .toList());
        return templates.render("offboard.sh", v);
    }

    String offboardPs1(String customerName, String tenantId, List<KitDeployment> deployments) {
        Map<String, Object> v = values(customerName, tenantId, deployments, Scripts::ps, ", ");
        v.put(
                "lines",
                deployments.stream()
                        .map(d -> d.viaManagementGroup()
                                ? "Remove-ManagementGroupOffer "
                                        + words(
                                                Scripts::ps,
                                                d.policy().managementGroupId(),
                                                d.offerKey(),
                                                d.definitionName(),
                                                d.policy().definitionName(),
                                                d.policy().assignmentName(),
                                                d.policy().roleAssignmentName())
                                : "Remove-Offer "
                                        + words(Scripts::ps, d.subscriptionId(), d.offerKey(), d.definitionName())
                                        + " @("
                                        + String.join(
                                                ", ",
                                                d.resourceGroups().stream()
                                                        .map(Scripts::ps)
                                                        .toList()) + ")")
                        .toList());
        return templates.render("offboard.ps1", v);
    }

    String linkPartnerIdSh(String partnerId, String managingTenantId, String pecPrincipalId) {
        return templates.render(
                "link-partner-id.sh",
                link(
                        managingTenantId,
                        Map.of(
                                "partnerId",
                                sh(partnerId == null ? "" : partnerId),
                                "managingTenantId",
                                sh(managingTenantId),
                                "pecPrincipalId",
                                sh(pecPrincipalId))));
    }

    String linkPartnerIdPs1(String partnerId, String managingTenantId, String pecPrincipalId) {
        return templates.render(
                "link-partner-id.ps1",
                link(
                        managingTenantId,
                        Map.of(
                                "partnerId",
                                ps(partnerId == null ? "" : partnerId),
                                "managingTenantId",
                                ps(managingTenantId),
                                "pecPrincipalId",
                                ps(pecPrincipalId))));
    }

    /**
     * Values every customer script shares: the header comments (the customer's name on one line, its tenant, a
     * GUID), and the subscriptions, resource groups ({@code subscription/group}) and management groups, each
     * quoted and joined with {@code separator}, or {@code null} when there are none.
     */
    private static Map<String, Object> values(
            String customerName,
            String tenantId,
            List<KitDeployment> deployments,
            Function<String, String> quote,
            String separator) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("customerName", oneLine(customerName));
        v.put("tenantId", tenantId);
        v.put(
                "subscriptions",
                joined(
                        deployments.stream()
                                .filter(d -> !d.viaManagementGroup())
                                .map(KitDeployment::subscriptionId)
                                .distinct()
                                .toList(),
                        quote,
                        separator));
        v.put(
                "resourceGroups",
                joined(
                        deployments.stream()
                                .filter(d -> !d.viaManagementGroup())
                                .flatMap(d -> d.resourceGroups().stream().map(g -> d.subscriptionId() + "/" + g))
                                .distinct()
                                .toList(),
                        quote,
                        separator));
        v.put(
                "managementGroups",
                joined(
                        deployments.stream()
                                .filter(KitDeployment::viaManagementGroup)
                                .map(d -> d.policy().managementGroupId())
                                .distinct()
                                .toList(),
                        quote,
                        separator));
        long n = deployments.size();
        v.put("delegations", n + " delegation" + (n == 1 ? "" : "s"));
        return v;
    }

    private static String joined(List<String> values, Function<String, String> quote, String separator) {
        return values.isEmpty()
                ? null
                : String.join(separator, values.stream().map(quote).toList());
    }

    private static String words(Function<String, String> quote, String... values) {
        return String.join(" ", java.util.Arrays.stream(values).map(quote).toList());
    }

    private static Map<String, Object> link(String managingTenantId, Map<String, String> quoted) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("managingTenantId", managingTenantId); // in a comment
        v.put("quoted", quoted);
        return v;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
