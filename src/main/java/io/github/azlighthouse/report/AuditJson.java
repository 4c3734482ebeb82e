package io.github.azlighthouse.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.azlighthouse.audit.AuditResult;
import io.github.azlighthouse.audit.AuditResult.SubscriptionResult;
import io.github.azlighthouse.audit.AuditResult.Totals;
import io.github.azlighthouse.findings.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code audit.json} (spec section 10): {@code subscriptions[]} with {@code subscriptionId}, {@code tenantId},
 * {@code customer}, {@code pecGate}, {@code pecApplied}, {@code pecEligibleCost}, {@code pecMissedCost} and
 * {@code findings[]} ({@code rule}, {@code severity}, {@code message}), and {@code totals}. Fixed key order,
 * 2-space indent, LF; no wall-clock time (the audit date is a parameter).
 */
public final class AuditJson {

    public static final String FILE = "audit.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AuditJson() {}

    public static void write(AuditResult r, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writeValueAsString(tree(r)).replace("\r\n", "\n") + "\n", StandardCharsets.UTF_8);
    }

    static ObjectNode tree(AuditResult r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("auditDate", r.auditDate().toString());
        root.put("managingTenantId", r.managingTenantId());
        root.put("pecPrincipalId", r.pecPrincipalId());
        ArrayNode subscriptions = root.putArray("subscriptions");
        for (SubscriptionResult s : r.subscriptions()) {
            ObjectNode o = subscriptions.addObject();
            o.put("subscriptionId", s.subscriptionId());
            o.put("tenantId", s.tenantId());
            o.put("customer", s.customer());
            o.put("pecGate", s.pecGate());
            o.put("pecApplied", s.pecApplied());
            o.put("pecEligibleCost", s.pecEligibleCost());
            o.put("pecMissedCost", s.pecMissedCost());
            ArrayNode findings = o.putArray("findings");
            for (Finding f : s.findings()) {
                ObjectNode fo = findings.addObject();
                fo.put("rule", f.ruleId());
                fo.put("severity", f.severity().label());
                fo.put("message", f.fullMessage());
            }
        }
        Totals t = r.totals();
        ObjectNode totals = root.putObject("totals");
        totals.put("subscriptions", t.subscriptions());
        totals.put(
                "pecCoverage",
                t.subscriptions() == 0 ? 0 : Math.round(10000.0 * t.pecGateOk() / t.subscriptions()) / 10000.0);
        totals.put("pecGateOk", t.pecGateOk());
        totals.put("pecAppliedYes", t.pecAppliedYes());
        totals.put("pecEligibleCost", t.eligibleCost());
        totals.put("pecMissedCost", t.missedCost());
        totals.put("pecRate", r.pecRate());
        totals.put("estimatedCreditNotEarned", t.creditNotEarned());
        totals.put("periodFrom", t.periodFrom() == null ? null : t.periodFrom().toString());
        totals.put("periodTo", t.periodTo() == null ? null : t.periodTo().toString());
        totals.put("errors", t.errors());
        totals.put("warnings", t.warnings());
        ArrayNode notes = root.putArray("notes");
        r.notes().forEach(notes::add);
        return root;
    }
}
