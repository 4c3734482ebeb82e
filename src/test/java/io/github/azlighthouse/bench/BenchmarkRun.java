package io.github.azlighthouse.bench;

import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.findings.BuildLog;
import io.github.azlighthouse.generate.GenerateRequest;
import io.github.azlighthouse.generate.GenerateResult;
import io.github.azlighthouse.generate.Generator;
import io.github.azlighthouse.report.AccessReview;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.validate.ValidateRequest;
import io.github.azlighthouse.validate.ValidateResult;
import io.github.azlighthouse.validate.Validator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One benchmark size, in its own JVM (so peak heap is this size's alone): writes a synthetic list,
 * runs generate (templates checked by the rules and the strict schemas), the unchanged re-run, and
 * validate over the output (the customer list read and indexed, as lighthouse:validate does when the project has
 * one, then every file checked; {@code validateMs} is both, {@code validateListMs} the list's share). Prints one
 * JSON line.
 */
public final class BenchmarkRun {

    private BenchmarkRun() {}

    public static void main(String[] args) throws Exception {
        int customers = Integer.parseInt(args[0]);
        int subscriptions = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        Files.createDirectories(dir);
        Path list = dir.resolve("customers-" + customers + "x" + subscriptions + ".yaml");
        if (!Files.exists(list)) { // the same list for every repeat of this size
            SyntheticCustomers.write(list, customers, subscriptions);
        }
        Path out = dir.resolve(args.length > 3 ? args[3] : "out-" + customers);
        deleteTree(out);
        BuildLog quiet = new BuildLog() {
            @Override
            public void info(String l) {}

            @Override
            public void warn(String l) {}

            @Override
            public void error(String l) {
                System.err.println(l);
            }
        };
        RoleCatalog catalog = RoleCatalog.bundled();
        GenerateRequest request = new GenerateRequest(
                list,
                dir,
                out,
                catalog,
                "bundled",
                RuleSet.defaults(),
                false,
                LocalDate.of(2026, 11, 24),
                180,
                "benchmark",
                Lighthouse.version(),
                "",
                0);
        if (args.length > 4 && args[4].equals("live")) {
            liveRun(request, customers);
            return;
        }
        resetPeaks();
        long t0 = System.nanoTime();
        GenerateResult generated =
                new Generator().run(request, new AccessReview(catalog), quiet); // as the Mojo runs it
        long generateNanos = System.nanoTime() - t0;
        long generatePeak = peakHeap();
        if (generated.failed()) {
            throw new IllegalStateException("generate failed on the synthetic list");
        }
        long t1 = System.nanoTime();
        GenerateResult again = new Generator().run(request, new AccessReview(catalog), quiet);
        long rerunNanos = System.nanoTime() - t1;
        if (!again.skipped()) {
            throw new IllegalStateException("the unchanged re-run did not skip");
        }
        resetPeaks();
        long t2 = System.nanoTime();
        // as lighthouse:validate runs it when the project has a customer list: the list is read and indexed first
        io.github.azlighthouse.validate.CustomerIndex index = index(list);
        long indexNanos = System.nanoTime() - t2;
        ValidateRequest validate = new ValidateRequest(
                List.of(out),
                List.of("**/*.json"),
                List.of(),
                dir,
                index,
                null,
                catalog,
                RuleSet.defaults(),
                LocalDate.of(2026, 11, 24),
                180);
        ValidateResult checked = new Validator().run(validate);
        long validateNanos = System.nanoTime() - t2;
        long validatePeak = peakHeap();
        if (checked.failed() > 0) {
            throw new IllegalStateException("validate found errors in generated output");
        }
        long floorNanos = diskFloor(out, dir.resolve(out.getFileName() + "-floor"));
        System.out.println(String.format(
                Locale.ROOT,
                "{\"customers\": %d, \"subscriptions\": %d, \"delegations\": %d, \"files\": %d, \"generateMs\": %d,"
                        + " \"rerunMs\": %d, \"validateMs\": %d, \"validateListMs\": %d, \"templatesValidated\": %d, \"generatePeakHeapMb\": %d,"
                        + " \"validatePeakHeapMb\": %d, \"diskFloorMs\": %d, \"maxHeapMb\": %d, \"cores\": %d}",
                customers,
                subscriptions,
                generated.delegations(),
                generated.written(),
                generateNanos / 1_000_000,
                rerunNanos / 1_000_000,
                validateNanos / 1_000_000,
                indexNanos / 1_000_000,
                checked.checked(),
                generatePeak >> 20,
                validatePeak >> 20,
                floorNanos / 1_000_000,
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors()));
    }

    /**
     * The memory run (started with a small heap): generate alone, with the live set sampled. Prints one
     * JSON line; running out of memory ends the JVM with an error instead.
     */
    private static void liveRun(GenerateRequest request, int customers) throws Exception {
        long generateLive;
        try (LiveSampler sampler = new LiveSampler()) {
            if (new Generator()
                    .run(request, new AccessReview(request.catalog()), BuildLog.NONE)
                    .failed()) {
                throw new IllegalStateException("generate failed on the synthetic list");
            }
            generateLive = sampler.peak();
        }
        System.out.println(String.format(
                Locale.ROOT,
                "{\"customers\": %d, \"generateLiveHeapMb\": %d," + " \"maxHeapMb\": %d}",
                customers,
                generateLive >> 20,
                Runtime.getRuntime().maxMemory() >> 20));
    }

    /** As lighthouse:validate does: the list is read, indexed, and let go. */
    static io.github.azlighthouse.validate.CustomerIndex index(Path list) throws java.io.IOException {
        return io.github.azlighthouse.validate.CustomerIndex.of(new io.github.azlighthouse.customers.CustomerListReader(
                        new io.github.azlighthouse.source.SourceParser())
                .read(list, "customers.yaml")
                .list());
    }

    /**
     * The live set, sampled: a thread forces a full collection every 250 ms and records the heap in use
     * right after it. Only in the memory run (it slows the work down); the largest sample is a close
     * lower bound of the largest live set, without the garbage a roomy heap keeps around.
     */
    static final class LiveSampler implements AutoCloseable {
        private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        LiveSampler() {
            thread = new Thread(
                    () -> {
                        while (running) {
                            System.gc();
                            peak.accumulateAndGet(
                                    ManagementFactory.getMemoryMXBean()
                                            .getHeapMemoryUsage()
                                            .getUsed(),
                                    Math::max);
                            try {
                                Thread.sleep(250);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "live-heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long peak() {
            return peak.get();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
        }
    }

    /**
     * The disk's share: the time plain loops take to make the same folders and files (same names,
     * same sizes, zero bytes) as the generate output, on as many threads as generate uses, measured
     * after it (with the output flushed first). No checks, no JSON, no staging: roughly what writing
     * this output costs on this disk at that moment.
     */
    static long diskFloor(Path out, Path floor) throws java.io.IOException, InterruptedException {
        record Entry(Path target, int size) { // size -1: a folder
        }
        java.util.Map<Path, List<Entry>> byCustomer = new java.util.TreeMap<>();
        try (var walk = Files.walk(out)) { // parents before their content
            for (Path p : walk.toList()) {
                Path rel = out.relativize(p);
                if (!rel.toString().isEmpty()) {
                    byCustomer
                            .computeIfAbsent(rel.getName(0), k -> new java.util.ArrayList<>())
                            .add(new Entry(
                                    floor.resolve(rel.toString()), Files.isDirectory(p) ? -1 : (int) Files.size(p)));
                }
            }
        }
        deleteTree(floor);
        sync();
        Files.createDirectory(floor);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Runtime.getRuntime().availableProcessors());
        long t0 = System.nanoTime();
        List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (List<Entry> tree : byCustomer.values()) {
            done.add(pool.submit(() -> {
                for (Entry e : tree) {
                    if (e.size() < 0) {
                        Files.createDirectory(e.target());
                    } else {
                        try (java.io.OutputStream o = Files.newOutputStream(e.target())) {
                            for (int left = e.size(); left > 0; left -= ZEROS.length) {
                                o.write(ZEROS, 0, Math.min(left, ZEROS.length));
                            }
                        }
                    }
                }
                return null;
            }));
        }
        try {
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new java.io.IOException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return System.nanoTime() - t0; // the copy stays: deleting it now would slow the next run (see Benchmark)
    }

    private static final byte[] ZEROS = new byte[64 * 1024];

    static void sync() throws InterruptedException {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (java.io.IOException e) {
            // no sync command (not Linux)
        }
    }

    static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peak usage since the last reset. */
    static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    static void deleteTree(Path root) throws java.io.IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
