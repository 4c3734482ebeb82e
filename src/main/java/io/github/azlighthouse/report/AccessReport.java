package io.github.azlighthouse.report;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Approver;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.roles.Role;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.PecRoleNotEligibleRule;
import io.github.azlighthouse.source.Located;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The access review: who (principal, type) holds which role on which customer, permanently or
 * just-in-time with its policy, where the PEC Automation Account is and whether it earns PEC, each
 * customer's warnings, and totals. Written as {@code report.html} (one self-contained page: inline CSS
 * and JavaScript, no network; filter by customer and principal) and {@code report.md} (for pull-request
 * comments). Rows stream to temporary files as customers are checked, so memory stays flat; the
 * totals, known only at the end, are put in front when the files are finished.
 */
public final class AccessReport implements AutoCloseable {

    public static final String HTML = "report.html";
    public static final String MARKDOWN = "report.md";

    private final Path dir;
    private final RoleCatalog catalog;
    private final Path htmlBody;
    private final Path mdBody;
    private final BufferedWriter html;
    private final BufferedWriter md;
    private final Set<String> principals = new HashSet<>();
    private int customers;
    private int delegations;
    private int pecCovered;
    private int warnings;
    private int
            subscriptions; // counted per customer, not held: a subscription belongs to one customer (offer-collision)
    private int managementGroups; // likewise

    /** Starts a report whose files will be written into {@code dir}. */
    public AccessReport(Path dir, RoleCatalog catalog) throws IOException {
        this.dir = dir;
        this.catalog = catalog;
        this.htmlBody = Files.createTempFile(dir, ".report-html-", ".part");
        this.mdBody = Files.createTempFile(dir, ".report-md-", ".part");
        this.html = Files.newBufferedWriter(htmlBody, StandardCharsets.UTF_8);
        this.md = Files.newBufferedWriter(mdBody, StandardCharsets.UTF_8);
    }

    /** One customer: its delegations (all subscriptions and offers) and its warnings. */
    public void add(String customerId, String customerName, List<Delegation> delegations, List<Finding> findings)
            throws IOException {
        customers++;
        String customer = customerId + (customerName.equals(customerId) ? "" : " (" + customerName + ")");
        md.write("\n## " + mdText(customer) + "\n\n");
        md.write(
                "| subscription | scope | offer | principal | type | role | access |\n|---|---|---|---|---|---|---|\n");
        subscriptions += (int) delegations.stream()
                .filter(d -> !d.viaManagementGroup())
                .map(d -> String.valueOf(d.subscriptionId().value()).toLowerCase(Locale.ROOT))
                .distinct()
                .count();
        managementGroups += (int) delegations.stream()
                .filter(Delegation::viaManagementGroup)
                .map(d -> String.valueOf(d.managementGroupId().value()).toLowerCase(Locale.ROOT))
                .distinct()
                .count();
        for (Delegation d : delegations) {
            this.delegations++;
            boolean pecOk = d.authorizations().stream()
                    .anyMatch(a -> isPec(d, a.principalId())
                            && role(a.roleDefinitionId()).map(Role::earnsPec).orElse(false));
            if (pecOk) {
                pecCovered++;
            }
            String scope = d.viaManagementGroup()
                    ? "every subscription under management group "
                            + d.managementGroupId().value() + " (Azure Policy)"
                    : d.resourceGroups().isEmpty()
                            ? "subscription"
                            : "resource groups "
                                    + d.resourceGroups().stream()
                                            .map(Located::value)
                                            .collect(Collectors.joining(", "));
            for (Authorization a : d.authorizations()) {
                String pec = isPec(d, a.principalId())
                        ? (role(a.roleDefinitionId()).map(Role::earnsPec).orElse(false)
                                ? "PEC account: earns PEC"
                                : "PEC account: no PEC; the role "
                                        + PecRoleNotEligibleRule.whyNoPec(
                                                role(a.roleDefinitionId()).orElse(null)))
                        : "";
                String access = "permanent"
                        + (a.delegatedRoleDefinitionIds() == null
                                        || a.delegatedRoleDefinitionIds().isEmpty()
                                ? ""
                                : "; may assign "
                                        + a.delegatedRoleDefinitionIds().stream()
                                                .map(this::roleName)
                                                .collect(Collectors.joining(", ")));
                row(
                        customer,
                        d,
                        scope,
                        a.principalId(),
                        a.displayName(),
                        a.principalType(),
                        a.roleDefinitionId(),
                        access,
                        pec);
            }
            for (EligibleAuthorization e : d.eligibleAuthorizations()) {
                String approvers = e.approvers().isEmpty()
                        ? "no approval"
                        : "approved by "
                                + e.approvers().stream()
                                        .map(Approver::displayName)
                                        .map(AccessReport::text)
                                        .collect(Collectors.joining(", "));
                String access = "eligible: up to " + text(e.maximumActivationDuration()) + ", MFA "
                        + ("Azure".equals(text(e.multiFactorAuthProvider())) ? "required" : "not required") + ", "
                        + approvers;
                row(
                        customer,
                        d,
                        scope,
                        e.principalId(),
                        e.displayName(),
                        e.principalType(),
                        e.roleDefinitionId(),
                        access,
                        isPec(d, e.principalId()) ? "PEC account: eligible only, earns no PEC" : "");
            }
        }
        List<Finding> warned = findings.stream().filter(f -> !f.isError()).toList();
        warnings += warned.size();
        if (!warned.isEmpty()) {
            md.write("\nWarnings:\n\n");
            for (Finding f : warned) {
                md.write("- `[" + f.ruleId() + "]` " + mdText(f.fullMessage()) + " (" + f.position() + ")\n");
                html.write("<tr class=\"warning\" data-customer=\"" + esc(customer.toLowerCase(Locale.ROOT))
                        + "\" data-principal=\"\"><td>" + esc(customer) + "</td><td colspan=\"8\">warning ["
                        + esc(f.ruleId()) + "] " + esc(f.fullMessage()) + "</td></tr>\n");
            }
        }
    }

    private void row(
            String customer,
            Delegation d,
            String scope,
            Located principalId,
            Located displayName,
            String type,
            Located roleId,
            String access,
            String pec)
            throws IOException {
        principals.add(principalId.value() == null ? "" : principalId.value().toLowerCase(Locale.ROOT));
        String name = text(displayName);
        String who = (name == null || name.isBlank() ? "(no display name)" : name);
        String role = roleName(roleId);
        String typeText = type == null ? "unknown" : type;
        String where = d.viaManagementGroup()
                ? "management group " + d.managementGroupId().value()
                : d.subscriptionId().value();
        html.write("<tr" + (pec.isEmpty() ? "" : " class=\"pec\"") + " data-customer=\""
                + esc(customer.toLowerCase(Locale.ROOT)) + "\" data-principal=\""
                + esc((who + " " + principalId.value()).toLowerCase(Locale.ROOT)) + "\"><td>" + esc(customer)
                + "</td><td><code>" + esc(where) + "</code></td><td>" + esc(scope) + "</td><td>"
                + esc(text(d.offerName())) + "</td><td>" + esc(who) + "<br><code>" + esc(principalId.value())
                + "</code></td><td>" + esc(typeText) + "</td><td>" + esc(role) + "</td><td>" + esc(access) + "</td><td>"
                + esc(pec) + "</td></tr>\n");
        md.write("| `" + where + "` | " + mdText(scope) + " | " + mdText(text(d.offerName())) + " | "
                + mdText(who) + " (`" + principalId.value() + "`) | " + typeText + " | " + mdText(role) + " | "
                + mdText(access + (pec.isEmpty() ? "" : "; " + pec)) + " |\n");
    }

    /** Writes {@code report.html} and {@code report.md} into the directory given at construction. */
    public void finish(String managingTenantId, String pluginVersion) throws IOException {
        finish(managingTenantId, pluginVersion, List.of());
    }

    /**
     * As {@link #finish(String, String)}; {@code pecGateDisabled} says why the PEC gate did not hold in the
     * run (empty: it held), and the report says so on top.
     */
    public void finish(String managingTenantId, String pluginVersion, List<String> pecGateDisabled) throws IOException {
        String gate = String.join("; ", pecGateDisabled);
        html.close();
        md.close();
        String coverage = delegations == 0
                ? "n/a"
                : (pecCovered * 100 / delegations) + "% (" + pecCovered + " of " + delegations + ")";
        try (OutputStream out = Files.newOutputStream(dir.resolve(HTML));
                Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write(template("head.html")
                    .replace("{{managingTenantId}}", esc(managingTenantId))
                    .replace("{{catalog}}", esc(catalog.asOf().toString()))
                    .replace("{{version}}", esc(pluginVersion))
                    .replace(
                            "{{pecGate}}",
                            gate.isEmpty()
                                    ? ""
                                    : "\n<p class=\"meta\" id=\"pec-gate\" style=\"color:"
                                            + " #9a6700; font-weight: 600\">PEC gate disabled (" + esc(gate)
                                            + "): delegations that lose"
                                            + " Partner Earned Credit were not refused; the PEC column shows where the PEC Automation"
                                            + " Account earns it.</p>")
                    .replace(
                            "{{managementGroups}}",
                            managementGroups == 0
                                    ? ""
                                    : "\n<p class=\"meta\"" + " id=\"management-groups\">" + managementGroups()
                                            + "</p>")
                    .replace("{{customers}}", String.valueOf(customers))
                    .replace("{{subscriptions}}", String.valueOf(subscriptions))
                    .replace("{{delegations}}", String.valueOf(delegations))
                    .replace("{{principals}}", String.valueOf(principals.size()))
                    .replace("{{coverage}}", esc(coverage))
                    .replace("{{warnings}}", String.valueOf(warnings)));
            w.flush();
            Files.copy(htmlBody, out);
            out.flush();
            w.write(template("tail.html"));
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(MARKDOWN));
                Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Azure Lighthouse access review\n\n");
            w.write("Managing tenant `" + managingTenantId + "`; role catalog as of " + catalog.asOf()
                    + "; lighthouse-maven-plugin " + pluginVersion + ".\n\n");
            if (!gate.isEmpty()) {
                w.write("**PEC gate disabled** (" + mdText(gate) + "): delegations that lose Partner Earned Credit"
                        + " were not refused; the access column shows where the PEC Automation Account earns it.\n\n");
            }
            w.write("| customers | subscriptions | delegations | principals | PEC coverage | warnings |\n");
            w.write("|---|---|---|---|---|---|\n");
            w.write("| " + customers + " | " + subscriptions + " | " + delegations + " | " + principals.size() + " | "
                    + coverage + " | " + warnings + " |\n");
            if (managementGroups > 0) {
                w.write("\n" + managementGroups() + "\n");
            }
            w.flush();
            Files.copy(mdBody, out);
        }
        Files.deleteIfExists(htmlBody);
        Files.deleteIfExists(mdBody);
    }

    /** The line about management groups: the subscriptions column counts only those listed by ID. */
    private String managementGroups() {
        return managementGroups + " management group" + (managementGroups == 1 ? "" : "s") + " delegated through Azure"
                + " Policy: every subscription under " + (managementGroups == 1 ? "it" : "each")
                + " gets the offers shown"
                + " for it (the subscriptions column counts only subscriptions listed by ID).";
    }

    @Override
    public void close() {
        try {
            html.close();
            md.close();
            Files.deleteIfExists(htmlBody);
            Files.deleteIfExists(mdBody);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String template(String name) {
        try (InputStream in = AccessReport.class.getResourceAsStream("access-report/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("report template " + name + " missing from the plugin jar", e);
        }
    }

    private java.util.Optional<Role> role(Located id) {
        return id == null ? java.util.Optional.empty() : catalog.byId(id.value());
    }

    private String roleName(Located id) {
        return role(id).map(Role::name).orElse(id == null ? "" : id.value());
    }

    private static boolean isPec(Delegation d, Located principal) {
        return d.pec() != null
                && d.pec().principalId().value() != null
                && principal.value() != null
                && d.pec().principalId().value().equalsIgnoreCase(principal.value());
    }

    private static String text(Located l) {
        return l == null ? null : l.value();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        if (!hasAny(s, false)) { // most values (IDs, names): no copy
            return s;
        }
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("[\\r\\n]+");

    private static String mdText(String s) {
        if (s == null) {
            return "";
        }
        if (!hasAny(s, true)) {
            return s;
        }
        return LINE_BREAKS
                .matcher(s)
                .replaceAll(" ")
                .replace("|", "\\|")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }

    /**
     * Whether {@code s} holds a character that HTML ({@code &<>"'}) or Markdown tables (line breaks, {@code |<>})
     * must escape: most values (IDs, names) hold none and are written as they are. A row per authorization goes
     * through here on generate's list thread.
     */
    private static boolean hasAny(String s, boolean markdown) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<'
                    || c == '>'
                    || (markdown ? c == '|' || c == '\r' || c == '\n' : c == '&' || c == '"' || c == '\'')) {
                return true;
            }
        }
        return false;
    }
}
