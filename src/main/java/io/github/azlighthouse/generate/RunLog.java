package io.github.azlighthouse.generate;

import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.findings.BuildLog;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.FindingReport;
import io.github.azlighthouse.source.Position;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a run tells the build log: the skip, progress, findings, the outcome and the end-of-run table. */
final class RunLog {

    private final GenerateRequest request;
    private final BuildLog log;
    private final String customerList;
    private final long started = System.nanoTime();
    private List<String> pecGateDisabled = List.of();

    RunLog(GenerateRequest request, BuildLog log) {
        this.request = request;
        this.log = log;
        this.customerList = shown(request.customers());
    }

    /** The customer list as findings name it (relative to the project). */
    String customerList() {
        return customerList;
    }

    void debug(String line) {
        log.debug(line);
    }

    /** Why the PEC gate does not hold in this run (empty: it holds); said at the end of the run. */
    void pecGate(List<String> disabledBy) {
        this.pecGateDisabled = disabledBy;
    }

    void upToDate() {
        log.info("Customer list " + customerList + " unchanged since the last run; templates in "
                + shown(request.outputDirectory()) + " are up to date (skipped).");
    }

    /** Logs progress every {@link Generator#PROGRESS_EVERY} customers. */
    void progress(int customers, int delegations) {
        if (customers % Generator.PROGRESS_EVERY == 0) {
            log.info("Checked " + customers + " customers (" + delegations + " delegations so far).");
        }
    }

    /** Logs the findings and the outcome; {@code commit} is null when the run failed (nothing was written). */
    GenerateResult finish(List<Finding> findings, int customers, int delegations, OutputDirectory.Commit commit) {
        FindingReport.log(findings, log);
        if (!pecGateDisabled.isEmpty()) {
            log.warn("The PEC gate is disabled (" + String.join("; ", pecGateDisabled) + "): delegations that lose"
                    + " Partner Earned Credit are not refused. " + Lighthouse.SUMMARY + ", the access review and the"
                    + " kit READMEs say so.");
        }
        boolean failed = commit == null;
        if (!failed) {
            log.info("Generated " + delegations + " delegation" + (delegations == 1 ? "" : "s") + " for " + customers
                    + " customer" + (customers == 1 ? "" : "s") + " from " + customerList + " into "
                    + shown(request.outputDirectory()) + " (" + commit.written() + " files written, "
                    + commit.unchanged() + " unchanged, " + commit.removed() + " removed).");
        }
        table(findings, customers, delegations, commit);
        return new GenerateResult(
                false,
                failed,
                List.copyOf(findings),
                customers,
                delegations,
                failed ? 0 : commit.written(),
                failed ? 0 : commit.unchanged(),
                failed ? 0 : commit.removed());
    }

    /** The end-of-run table: what was done, findings by rule, time. */
    private void table(List<Finding> findings, int customers, int delegations, OutputDirectory.Commit commit) {
        log.info("lighthouse:generate summary");
        log.info(String.format("  %-22s %d", "customers", customers));
        log.info(String.format("  %-22s %d", "delegations", delegations));
        log.info(String.format(
                "  %-22s %s",
                "templates",
                commit == null
                        ? "none written"
                        : (delegations * 2) + " (" + commit.written() + " files written, " + commit.unchanged()
                                + " unchanged)"));
        if (!pecGateDisabled.isEmpty()) {
            log.info(String.format("  %-22s %s", "PEC gate", "DISABLED: " + String.join("; ", pecGateDisabled)));
        }
        log.info(String.format("  %-22s %d", "findings", findings.size()));
        Map<String, Long> byRule = new TreeMap<>();
        findings.forEach(
                f -> byRule.merge("[" + f.ruleId() + "] " + f.severity().label(), 1L, Long::sum));
        byRule.forEach((rule, n) -> log.info(String.format("    %-40s %d", rule, n)));
        log.info(String.format("  %-22s %.1f s", "time", (System.nanoTime() - started) / 1e9));
    }

    private String shown(Path path) {
        return Position.shownPath(request.basedir(), path);
    }
}
