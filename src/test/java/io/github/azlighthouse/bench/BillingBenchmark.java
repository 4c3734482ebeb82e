package io.github.azlighthouse.bench;

import io.github.azlighthouse.audit.Billing;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * The billing-reader benchmark (BENCHMARKS.md): {@code ./mvnw -B -Pbenchmark-billing test-compile exec:exec}.
 * Writes a Partner Center daily rated usage file of N lines (every documented column; 2,000 subscriptions of
 * 500 customers over 30 days; PEC on most lines, some without, some lines that never carry PEC), and its
 * gzip, then runs {@link BillingBenchmarkRun} on each several times, each in a fresh JVM with {@code -Xmx256m},
 * and prints the median: MB/s of CSV read, lines/s, peak heap.
 */
public final class BillingBenchmark {

    private BillingBenchmark() {}

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/benchmark").toAbsolutePath();
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String heap = args.length > 3 ? args[3] : "256m";
        Files.createDirectories(dir);
        Path csv = dir.resolve("daily-rated-usage-" + lines + ".csv");
        Path gz = dir.resolve("daily-rated-usage-" + lines + ".csv.gz");
        if (!Files.exists(csv) || !Files.exists(gz)) {
            write(csv, gz, lines);
        }
        System.out.println(String.format(
                Locale.ROOT,
                "machine: %d cores, %s %s; each run in a fresh JVM with -Xmx%s," + " %d runs per file, median shown",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                heap,
                repeats));
        System.out.println("load average before the runs (/proc/loadavg): " + loadAverage());
        System.out.println(String.format(
                Locale.ROOT,
                "%-34s %10s %9s %10s %9s %12s %10s",
                "file",
                "lines",
                "MB (CSV)",
                "seconds",
                "MB/s",
                "lines/s",
                "peak heap"));
        for (Path file : List.of(csv, gz)) {
            List<double[]> runs = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                runs.add(run(file, heap));
            }
            runs.sort((a, b) -> Double.compare(a[0], b[0]));
            double[] median = runs.get((runs.size() - 1) / 2);
            double mb = Files.size(csv) / 1e6;
            System.out.println(String.format(
                    Locale.ROOT,
                    "%-34s %,10d %9.0f %10.2f %9.0f %,12.0f %7.0f MB  (runs: %s)",
                    file.getFileName(),
                    lines,
                    mb,
                    median[0],
                    mb / median[0],
                    lines / median[0],
                    median[1],
                    runs.stream()
                            .map(x -> String.format(Locale.ROOT, "%.2f s", x[0]))
                            .toList()));
        }
        System.out.println("load average after the runs: " + loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Seconds and peak heap (MB) of one read, in a fresh JVM. */
    private static double[] run(Path file, String heap) throws IOException, InterruptedException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-cp",
                System.getProperty("java.class.path"),
                BillingBenchmarkRun.class.getName(),
                file.toString());
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("benchmark run failed on " + file + ": " + out);
        }
        String[] parts = out.lines().reduce((a, b) -> b).orElseThrow().split(" ", 0);
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    }

    private static void write(Path csv, Path gz, int lines) throws IOException {
        List<String> columns = Billing.DAILY_RATED_USAGE;
        String[] customers = new String[500];
        String[] subscriptions = new String[2000];
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < customers.length; i++) {
            customers[i] = new UUID(random.nextLong(), random.nextLong()).toString();
        }
        for (int i = 0; i < subscriptions.length; i++) {
            subscriptions[i] = new UUID(random.nextLong(), random.nextLong()).toString();
        }
        try (BufferedWriter plain = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                OutputStream zipped = new GZIPOutputStream(Files.newOutputStream(gz), 1 << 16);
                BufferedWriter compressed =
                        new BufferedWriter(new OutputStreamWriter(zipped, StandardCharsets.UTF_8))) {
            String header = String.join(",", columns) + "\r\n";
            plain.write(header);
            compressed.write(header);
            for (int n = 0; n < lines; n++) {
                int s = random.nextInt(subscriptions.length);
                int day = 1 + n % 30;
                boolean never = random.nextInt(50) == 0;
                var line = Billing.usage(
                        customers[s / 4],
                        subscriptions[s],
                        String.format(Locale.ROOT, "2026-10-%02dT00:00:00", day),
                        s % 10 == 0 ? "0" : "15",
                        String.format(Locale.ROOT, "%.6f", random.nextDouble() * 40));
                line.put("MeterId", new UUID(random.nextLong(), random.nextLong()).toString());
                line.put(
                        "ResourceURI",
                        "/subscriptions/" + subscriptions[s] + "/resourceGroups/rg-" + (n % 17)
                                + "/providers/Microsoft.Compute/virtualMachines/vm-" + (n % 101));
                line.put("InvoiceNumber", "G00" + (2297372 + s));
                line.put("ResourceGroup", "rg-" + (n % 17));
                line.put("UnitPrice", "0.096");
                line.put("AdditionalInfo", "{\"ServiceType\":\"Standard_D2s_v3\",\"VCPUs\":2}");
                if (never) {
                    line.put("BenefitType", "SavingsPlan");
                    line.put("BenefitID", "b-" + s);
                }
                StringBuilder row = new StringBuilder(640);
                for (String c : columns) {
                    if (row.length() > 0) {
                        row.append(',');
                    }
                    String v = line.getOrDefault(c, "");
                    row.append(v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
                }
                row.append("\r\n");
                plain.write(row.toString());
                compressed.write(row.toString());
            }
        }
    }
}
