package io.github.azlighthouse.audit;

import io.github.azlighthouse.findings.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit's outcome: one entry per subscription, findings that belong to no subscription (unreadable
 * files, the catalog's age), notes on what could not be judged, and totals.
 */
public record AuditResult(
        String managingTenantId,
        String pecPrincipalId,
        LocalDate auditDate,
        double pecRate,
        List<SubscriptionResult> subscriptions,
        List<Finding> general,
        List<String> notes,
        Totals totals) {

    /**
     * One subscription, as {@code audit.json} shows it.
     *
     * @param customer the customer list's id, or null
     * @param delegations what is deployed for us: offer name, scope and state, one line each
     * @param pecEligibleCost settled cost that could carry PEC, or null when no billing covers it
     * @param pecMissedCost the part of it billed without PEC, or null
     */
    public record SubscriptionResult(
            String subscriptionId,
            String tenantId,
            String customer,
            String customerName,
            List<String> delegations,
            String pecGate,
            String pecApplied,
            Double pecEligibleCost,
            Double pecMissedCost,
            List<Finding> findings) {

        public boolean hasErrors() {
            return findings.stream().anyMatch(Finding::isError);
        }

        /** {@code error}, {@code warning} or {@code ok}: the worst finding. */
        public String status() {
            return hasErrors() ? "error" : findings.isEmpty() ? "ok" : "warning";
        }

        public long drift() {
            return findings.stream()
                    .filter(f -> f.ruleId().equals("delegation-drift"))
                    .count();
        }
    }

    /**
     * The audit's totals over every audited subscription.
     *
     * @param pecGateOk subscriptions whose deployed delegations hold the PEC gate
     * @param eligibleCost settled cost that could carry PEC, over all audited subscriptions
     * @param missedCost the part of it billed without PEC
     * @param creditNotEarned missedCost × pecRate, an estimate
     * @param periodFrom first settled day of billed usage (null without billing)
     * @param periodTo last settled day of billed usage
     */
    public record Totals(
            int subscriptions,
            int pecGateOk,
            int pecAppliedYes,
            double eligibleCost,
            double missedCost,
            double creditNotEarned,
            LocalDate periodFrom,
            LocalDate periodTo,
            long errors,
            long warnings) {

        /** {@code 75% (3 of 4)}, or {@code n/a}. */
        public String pecCoverage() {
            return subscriptions == 0
                    ? "n/a"
                    : (pecGateOk * 100 / subscriptions) + "% (" + pecGateOk + " of " + subscriptions + ")";
        }
    }

    /** Every finding: general ones first, then per subscription. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(general);
        subscriptions.forEach(s -> all.addAll(s.findings()));
        return all;
    }
}
