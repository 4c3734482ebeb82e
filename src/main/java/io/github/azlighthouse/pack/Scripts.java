package io.github.azlighthouse.pack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scripts of an onboarding kit, rendered from the templates beside this class
 * ({@code deploy.sh.mustache}, …). Bash scripts use {@code set -euo pipefail} and single-quote every
 * value; PowerShell scripts stop on the first error. Every script checks before it changes anything:
 * tools present, signed in to the right tenant, provider registered.
 *
 * <p>Quoting stays here, not in the templates: each value is quoted for its language ({@link #sh},
 * {@link #ps}) before a template sees it (under {@code quoted.*}), and the per-deployment lines are
 * built here whole. Values shown unquoted are in comments only, on one line.
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
        Map<String, Object> v = comments(customerName, tenantId);
        v.put("quoted", Map.of("tenantId", sh(tenantId), "location", sh(location), "subscriptions",
                String.join(" ", subscriptions(deployments).stream().map(Scripts::sh).toList())));
        v.put("lines", deployments.stream().map(d -> "deploy " + sh(d.subscriptionId()) + ' ' + sh(d.offerKey()) + ' '
                + sh(d.deploymentName()) + ' ' + sh(d.template()) + ' ' + sh(d.parameters())).toList());
        v.put("delegations", delegations(deployments.size()));
        return templates.render("deploy.sh", v);
    }

    String deployPs1(String customerName, String tenantId, String location, List<KitDeployment> deployments) {
        Map<String, Object> v = comments(customerName, tenantId);
        v.put("quoted", Map.of("tenantId", ps(tenantId), "location", ps(location), "subscriptions",
                String.join(", ", subscriptions(deployments).stream().map(Scripts::ps).toList())));
        v.put("lines", deployments.stream().map(d -> "Deploy " + ps(d.subscriptionId()) + ' ' + ps(d.offerKey()) + ' '
                + ps(d.deploymentName()) + ' ' + ps(d.template()) + ' ' + ps(d.parameters())).toList());
        v.put("delegations", delegations(deployments.size()));
        return templates.render("deploy.ps1", v);
    }

    String offboardSh(String customerName, String tenantId, List<KitDeployment> deployments) {
        Map<String, Object> v = comments(customerName, tenantId);
        v.put("lines", deployments.stream().map(d -> {
            StringBuilder line = new StringBuilder("remove ").append(sh(d.subscriptionId())).append(' ')
                    .append(sh(d.offerKey())).append(' ').append(sh(d.definitionName()));
            d.resourceGroups().forEach(g -> line.append(' ').append(sh(g)));
            return line.toString();
        }).toList());
        return templates.render("offboard.sh", v);
    }

    String linkPartnerIdSh(String partnerId, String managingTenantId, String pecPrincipalId) {
        return templates.render("link-partner-id.sh", link(managingTenantId, Map.of("partnerId",
                sh(partnerId == null ? "" : partnerId), "managingTenantId", sh(managingTenantId), "pecPrincipalId",
                sh(pecPrincipalId))));
    }

    String linkPartnerIdPs1(String partnerId, String managingTenantId, String pecPrincipalId) {
        return templates.render("link-partner-id.ps1", link(managingTenantId, Map.of("partnerId",
                ps(partnerId == null ? "" : partnerId), "managingTenantId", ps(managingTenantId), "pecPrincipalId",
                ps(pecPrincipalId))));
    }

    /** Values for the header comments: the customer's name on one line, its tenant (a GUID). */
    private static Map<String, Object> comments(String customerName, String tenantId) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("customerName", oneLine(customerName));
        v.put("tenantId", tenantId);
        return v;
    }

    private static Map<String, Object> link(String managingTenantId, Map<String, String> quoted) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("managingTenantId", managingTenantId); // in a comment
        v.put("quoted", quoted);
        return v;
    }

    private static List<String> subscriptions(List<KitDeployment> deployments) {
        return deployments.stream().map(KitDeployment::subscriptionId).distinct().toList();
    }

    private static String delegations(int n) {
        return n + " delegation" + (n == 1 ? "" : "s");
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
