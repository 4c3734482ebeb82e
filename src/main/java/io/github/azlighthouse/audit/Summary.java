package io.github.azlighthouse.audit;

import io.github.azlighthouse.audit.AuditResult.SubscriptionResult;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.Severity;
import java.time.LocalDate;
import java.util.List;

/** The totals of an audit. */
final class Summary {

    private Summary() {}

    static AuditResult.Totals totals(
            List<SubscriptionResult> subscriptions, LocalDate[] period, List<Finding> general, double pecRate) {
        int ok = 0;
        int applied = 0;
        double eligible = 0;
        double missed = 0;
        long errors =
                general.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings =
                general.stream().filter(f -> f.severity() == Severity.WARNING).count();
        for (SubscriptionResult s : subscriptions) {
            ok += s.pecGate().equals("ok") ? 1 : 0;
            applied += s.pecApplied().equals("yes") ? 1 : 0;
            eligible += s.pecEligibleCost() == null ? 0 : s.pecEligibleCost();
            missed += s.pecMissedCost() == null ? 0 : s.pecMissedCost();
            errors += s.findings().stream()
                    .filter(f -> f.severity() == Severity.ERROR)
                    .count();
            warnings += s.findings().stream()
                    .filter(f -> f.severity() == Severity.WARNING)
                    .count();
        }
        return new AuditResult.Totals(
                subscriptions.size(),
                ok,
                applied,
                round(eligible),
                round(missed),
                round(missed * pecRate),
                period == null ? null : period[0],
                period == null ? null : period[1],
                errors,
                warnings);
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
