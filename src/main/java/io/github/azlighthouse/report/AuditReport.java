package io.github.azlighthouse.report;

import io.github.azlighthouse.audit.AuditResult;
import io.github.azlighthouse.audit.AuditResult.SubscriptionResult;
import io.github.azlighthouse.audit.AuditResult.Totals;
import io.github.azlighthouse.findings.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The audit for people: {@code audit.html} (one self-contained page in the access review's look: inline
 * CSS and JavaScript, nothing from the network; filter by customer and by status) and {@code audit.md}
 * (for a pull request or a ticket), and the console's summary table. Per customer and subscription: what
 * is deployed, the PEC gate, whether PEC was applied on billed usage, drift, and every finding.
 */
public final class AuditReport {

    public static final String HTML = "audit.html";
    public static final String MARKDOWN = "audit.md";

    private AuditReport() {}

    public static void write(AuditResult result, Path dir, String catalogAsOf, String version) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(HTML), html(result, catalogAsOf, version), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(MARKDOWN), markdown(result, catalogAsOf, version), StandardCharsets.UTF_8);
    }

    static String html(AuditResult r, String catalogAsOf, String version) {
        Totals t = r.totals();
        StringBuilder s = new StringBuilder(template("head.html")
                .replace("{{managingTenantId}}", esc(orNone(r.managingTenantId())))
                .replace("{{pec}}", esc(orNone(r.pecPrincipalId())))
                .replace("{{auditDate}}", esc(r.auditDate().toString()))
                .replace("{{period}}", esc(period(t)))
                .replace("{{catalog}}", esc(catalogAsOf))
                .replace("{{version}}", esc(version))
                .replace("{{subscriptions}}", String.valueOf(t.subscriptions()))
                .replace("{{coverage}}", esc(t.pecCoverage()))
                .replace("{{applied}}", t.pecAppliedYes() + " of " + t.subscriptions())
                .replace("{{missed}}", money(t.missedCost()))
                .replace("{{credit}}", money(t.creditNotEarned()))
                .replace("{{rate}}", esc(percent(r.pecRate())))
                .replace("{{errors}}", String.valueOf(t.errors()))
                .replace("{{warnings}}", String.valueOf(t.warnings())));
        if (!r.notes().isEmpty() || !r.general().isEmpty()) {
            s.append("<ul class=\"notes\">\n");
            r.notes().forEach(n -> s.append("  <li>").append(esc(n)).append("</li>\n"));
            r.general()
                    .forEach(f -> s.append("  <li><span class=\"sev-")
                            .append(f.severity().label())
                            .append("\">")
                            .append(f.severity().label())
                            .append("</span> [")
                            .append(esc(f.ruleId()))
                            .append("] ")
                            .append(esc(f.fullMessage()))
                            .append(" <code>")
                            .append(esc(f.position().toString()))
                            .append("</code></li>\n"));
            s.append("</ul>\n");
        }
        s.append("""
                <div class="filters">
                  <label>Customer <input id="customer-filter" type="search" placeholder="id, name or tenant" autocomplete="off"></label>
                  <label>Status <select id="status-filter">
                    <option value="">all</option>
                    <option value="error">errors</option>
                    <option value="warning">warnings only</option>
                    <option value="ok">no findings</option>
                    <option value="pec-lost">PEC lost (gate or billing)</option>
                  </select></label>
                  <span id="shown"></span>
                </div>
                <table id="audit">
                <thead><tr><th>customer</th><th>subscription</th><th>deployed delegations</th><th>PEC gate</th><th>PEC applied</th><th>eligible cost</th><th>billed without PEC</th><th>drift</th><th>findings</th></tr></thead>
                <tbody>
                """);
        for (SubscriptionResult sub : r.subscriptions()) {
            String customer = customer(sub);
            s.append("<tr class=\"")
                    .append(sub.status())
                    .append("\" data-status=\"")
                    .append(sub.status())
                    .append("\" data-pec-lost=\"")
                    .append(pecLost(sub))
                    .append("\" data-customer=\"")
                    .append(esc((customer + " " + orNone(sub.tenantId())).toLowerCase(Locale.ROOT)))
                    .append("\">")
                    .append("<td>")
                    .append(esc(customer))
                    .append("<br><code>")
                    .append(esc(orNone(sub.tenantId())))
                    .append("</code></td><td><code>")
                    .append(esc(sub.subscriptionId()))
                    .append("</code></td><td>")
                    .append(sub.delegations().isEmpty() ? "none" : esc(String.join("; ", sub.delegations())))
                    .append("</td><td>")
                    .append(esc(sub.pecGate()))
                    .append("</td><td>")
                    .append(esc(sub.pecApplied()))
                    .append("</td><td class=\"num\">")
                    .append(cost(sub.pecEligibleCost()))
                    .append("</td><td class=\"num\">")
                    .append(cost(sub.pecMissedCost()))
                    .append("</td><td class=\"num\">")
                    .append(sub.drift())
                    .append("</td><td>");
            if (!sub.findings().isEmpty()) {
                s.append("<ul class=\"findings\">");
                for (Finding f : sub.findings()) {
                    s.append("<li><span class=\"sev-")
                            .append(f.severity().label())
                            .append("\">")
                            .append(f.severity().label())
                            .append("</span> [")
                            .append(esc(f.ruleId()))
                            .append("] ")
                            .append(esc(message(f)))
                            .append(" <code>")
                            .append(esc(f.position().toString()))
                            .append("</code></li>");
                }
                s.append("</ul>");
            }
            s.append("</td></tr>\n");
        }
        return s.append(template("tail.html")).toString();
    }

    static String markdown(AuditResult r, String catalogAsOf, String version) {
        Totals t = r.totals();
        StringBuilder s = new StringBuilder("# Azure Lighthouse audit\n\n");
        s.append("Managing tenant `")
                .append(orNone(r.managingTenantId()))
                .append("`; PEC Automation Account `")
                .append(orNone(r.pecPrincipalId()))
                .append("`; audit date ")
                .append(r.auditDate())
                .append("; billed usage ")
                .append(period(t))
                .append("; role catalog as of ")
                .append(catalogAsOf)
                .append("; lighthouse-maven-plugin ")
                .append(version)
                .append(".\n\n");
        s.append(
                "| subscriptions | PEC coverage | PEC applied | billed without PEC | estimated credit not earned | errors | warnings |\n");
        s.append("|---|---|---|---|---|---|---|\n");
        s.append("| ")
                .append(t.subscriptions())
                .append(" | ")
                .append(t.pecCoverage())
                .append(" | ")
                .append(t.pecAppliedYes())
                .append(" of ")
                .append(t.subscriptions())
                .append(" | ")
                .append(money(t.missedCost()))
                .append(" | ")
                .append(money(t.creditNotEarned()))
                .append(" (at ")
                .append(percent(r.pecRate()))
                .append(") | ")
                .append(t.errors())
                .append(" | ")
                .append(t.warnings())
                .append(" |\n\n");
        r.notes().forEach(n -> s.append("- ").append(md(n)).append('\n'));
        r.general()
                .forEach(f -> s.append("- ")
                        .append(f.severity().label())
                        .append(" `[")
                        .append(f.ruleId())
                        .append("]` ")
                        .append(md(f.fullMessage()))
                        .append(" (")
                        .append(f.position())
                        .append(")\n"));
        s.append(
                "\n| customer | subscription | PEC gate | PEC applied | eligible cost | billed without PEC | drift | findings |\n");
        s.append("|---|---|---|---|---|---|---|---|\n");
        for (SubscriptionResult sub : r.subscriptions()) {
            s.append("| ")
                    .append(md(customer(sub)))
                    .append(" | `")
                    .append(sub.subscriptionId())
                    .append("` | ")
                    .append(sub.pecGate())
                    .append(" | ")
                    .append(sub.pecApplied())
                    .append(" | ")
                    .append(cost(sub.pecEligibleCost()))
                    .append(" | ")
                    .append(cost(sub.pecMissedCost()))
                    .append(" | ")
                    .append(sub.drift())
                    .append(" | ")
                    .append(counts(sub.findings()))
                    .append(" |\n");
        }
        for (SubscriptionResult sub : r.subscriptions()) {
            if (sub.findings().isEmpty()) {
                continue;
            }
            s.append("\n### ")
                    .append(md(customer(sub)))
                    .append(", `")
                    .append(sub.subscriptionId())
                    .append("`\n\n");
            sub.delegations().forEach(d -> s.append("Deployed: ").append(md(d)).append(".  \n"));
            s.append('\n');
            for (Finding f : sub.findings()) {
                s.append("- ")
                        .append(f.severity().label())
                        .append(" `[")
                        .append(f.ruleId())
                        .append("]` ")
                        .append(md(message(f)))
                        .append(" (")
                        .append(f.position())
                        .append(")\n");
            }
        }
        return s.toString();
    }

    /** The console's summary table, one line per subscription. */
    public static List<String> table(AuditResult r) {
        List<String> lines = new ArrayList<>();
        String format = "%-36s  %-20s  %-13s  %-11s  %s";
        lines.add(
                String.format(Locale.ROOT, format, "subscription", "customer", "PEC gate", "PEC applied", "findings"));
        lines.add(String.format(
                Locale.ROOT, format, "-".repeat(36), "-".repeat(20), "-".repeat(13), "-".repeat(11), "--------"));
        for (SubscriptionResult s : r.subscriptions()) {
            lines.add(String.format(
                    Locale.ROOT,
                    format,
                    s.subscriptionId(),
                    clip(customer(s), 20),
                    s.pecGate(),
                    s.pecApplied(),
                    counts(s.findings())));
        }
        return lines;
    }

    static String counts(List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.size() - errors;
        if (findings.isEmpty()) {
            return "none";
        }
        return (errors > 0 ? errors + " error" + (errors == 1 ? "" : "s") : "")
                + (errors > 0 && warnings > 0 ? ", " : "")
                + (warnings > 0 ? warnings + " warning" + (warnings == 1 ? "" : "s") : "");
    }

    private static String message(Finding f) {
        return f.subject().offer() == null
                ? f.message()
                : "offer '" + f.subject().offer() + "': " + f.message();
    }

    private static boolean pecLost(SubscriptionResult s) {
        return !s.pecGate().equals("ok")
                || s.pecApplied().equals("no")
                || s.pecApplied().equals("partly");
    }

    private static String customer(SubscriptionResult s) {
        if (s.customer() == null) { // not in the list (or no list): the tenant's name as the delegation gives it
            return s.customerName() == null ? "-" : s.customerName();
        }
        return s.customerName() == null || s.customerName().equals(s.customer())
                ? s.customer()
                : s.customer() + " (" + s.customerName() + ")";
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 3) + "...";
    }

    private static String period(Totals t) {
        return t.periodFrom() == null ? "none" : t.periodFrom() + " to " + t.periodTo();
    }

    private static String cost(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String money(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.0f%%", rate * 100);
    }

    private static String orNone(String s) {
        return s == null ? "(none)" : s;
    }

    private static String template(String name) {
        try (InputStream in = AuditReport.class.getResourceAsStream("audit-report/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("report template " + name + " missing from the plugin jar", e);
        }
    }

    private static String esc(String s) {
        return AccessReport.esc(s);
    }

    private static String md(String s) {
        return s == null
                ? ""
                : s.replaceAll("[\\r\\n]+", " ")
                        .replace("|", "\\|")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;");
    }
}
