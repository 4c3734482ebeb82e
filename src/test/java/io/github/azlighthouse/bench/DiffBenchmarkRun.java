package io.github.azlighthouse.bench;

import io.github.azlighthouse.diff.DiffRequest;
import io.github.azlighthouse.diff.DiffResult;
import io.github.azlighthouse.diff.Differ;
import io.github.azlighthouse.report.DiffJson;
import io.github.azlighthouse.report.DiffMarkdown;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One {@code diff} of two customer lists in its own JVM (the role catalog loaded before the clock), reports
 * included (diff.md, diff.json), as the Mojo runs it. Prints {@code seconds peakHeapMb changes changedCustomers};
 * in {@code live} mode the peak is the live set, sampled by forced collections.
 */
public final class DiffBenchmarkRun {

    private DiffBenchmarkRun() {}

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]);
        Path current = Path.of(args[1]);
        boolean live = args.length > 2 && args[2].equals("live");
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        RoleCatalog catalog = RoleCatalog.bundled();
        RuleSet rules = RuleSet.defaults();
        Path out = base.getParent();
        BenchmarkRun.LiveSampler sampler = live ? new BenchmarkRun.LiveSampler() : null;
        long t0 = System.nanoTime();
        long cpu0 = processCpu();
        double[] counts;
        try (DiffResult result = new Differ()
                .run(new DiffRequest(
                        current,
                        base,
                        base.getFileName().toString(),
                        out,
                        catalog,
                        rules,
                        LocalDate.of(2026, 11, 24),
                        180,
                        out))) {
            if (!result.compared()) {
                throw new IllegalStateException("the benchmark lists did not read cleanly: "
                        + result.findings().get(0));
            }
            DiffMarkdown.write(result, out.resolve(DiffMarkdown.FILE), "benchmark");
            DiffJson.write(result, out.resolve(DiffJson.FILE), "benchmark");
            counts = new double[] {result.changes(), result.changedCustomers()};
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpu() - cpu0) / 1e9;
        long peak = 0;
        if (sampler != null) {
            sampler.close();
            peak = sampler.peak();
        } else {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
        }
        System.out.println(String.format(
                Locale.ROOT, "%.3f %.0f %.0f %.0f %.3f", seconds, peak / 1048576.0, counts[0], counts[1], cpu));
    }

    /** CPU time of the whole JVM (all threads: the work, the JIT, the collector), in nanoseconds. */
    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
