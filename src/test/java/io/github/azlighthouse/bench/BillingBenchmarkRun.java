package io.github.azlighthouse.bench;

import io.github.azlighthouse.audit.AuditRequest;
import io.github.azlighthouse.audit.AuditResult;
import io.github.azlighthouse.audit.Auditor;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One read of a billing file through the audit (an empty delegation export beside it, and the role catalog
 * loaded before the clock starts, so the time is the billing reader's), in its own JVM. Prints
 * {@code seconds peakHeapMb}.
 */
public final class BillingBenchmarkRun {

    private BillingBenchmarkRun() {}

    public static void main(String[] args) throws Exception {
        Path billing = Path.of(args[0]);
        Path exports = Files.createTempFile("lighthouse-benchmark-", ".json");
        Files.writeString(exports, "{\"value\": []}");
        try {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            RoleCatalog catalog = RoleCatalog.bundled(); // about a second in a cold JVM: not the billing reader's time
            RuleSet rules = RuleSet.defaults();
            long t0 = System.nanoTime();
            AuditResult result = new Auditor()
                    .run(new AuditRequest(
                            List.of(exports),
                            List.of(billing),
                            billing.getParent(),
                            null,
                            "3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f",
                            "6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181",
                            catalog,
                            rules,
                            LocalDate.of(2026, 11, 24),
                            180,
                            0.15));
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (!result.general().isEmpty()) {
                throw new IllegalStateException("the benchmark file did not read cleanly: "
                        + result.general().get(0));
            }
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.err.println(result.notes().get(result.notes().size() - 1));
            System.out.println(String.format(Locale.ROOT, "%.3f %.0f", seconds, peak / 1048576.0));
        } finally {
            Files.delete(exports);
        }
    }
}
