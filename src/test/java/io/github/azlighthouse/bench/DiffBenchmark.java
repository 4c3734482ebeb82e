package io.github.azlighthouse.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The diff benchmark (BENCHMARKS.md): {@code ./mvnw -B -Pbenchmark-diff test-compile exec:exec}. Per size, writes a
 * synthetic customer list ({@link SyntheticCustomers}: N customers × 2 subscriptions) as the baseline and a copy that
 * differs in {@code changed} customers (offers changed, subscriptions added, customers removed and added), once in
 * the same order and once with every customer in reverse order; then runs {@link DiffBenchmarkRun} on each pair in a
 * fresh JVM with a small heap, several times, and prints the median time, the peak heap, and the live set sampled
 * in a separate run.
 */
public final class DiffBenchmark {

    private DiffBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Arrays.stream((args.length > 0 ? args[0] : "10000,50000").split(","))
                .map(String::trim)
                .map(Integer::parseInt)
                .toList();
        int changed = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path dir = Path.of(args.length > 2 ? args[2] : "target/benchmark").toAbsolutePath();
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        String heap = args.length > 4 ? args[4] : "32m";
        Files.createDirectories(dir);
        System.out.println(String.format(
                Locale.ROOT,
                "machine: %d cores, %s %s; each run in a fresh JVM with -Xmx%s,"
                        + " %d runs per pair, median shown; load average before: %s",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                heap,
                repeats,
                loadAverage()));
        System.out.println(String.format(
                Locale.ROOT,
                "%-10s %-9s %8s %9s %9s %18s %10s %10s",
                "customers",
                "order",
                "changed",
                "changes",
                "seconds",
                "runs",
                "peak heap",
                "live heap"));
        for (int n : sizes) {
            Path base = dir.resolve("diff-baseline-" + n + ".yaml");
            Path same = dir.resolve("diff-current-" + n + ".yaml");
            Path reversed = dir.resolve("diff-current-reversed-" + n + ".yaml");
            SyntheticCustomers.write(base, n, 2);
            List<String> header = new ArrayList<>();
            List<List<String>> customers = customers(base, header);
            edit(customers, changed, n);
            write(same, header, customers);
            Collections.reverse(customers);
            write(reversed, header, customers);
            for (Path current : List.of(same, reversed)) {
                List<double[]> runs = new ArrayList<>();
                for (int r = 0; r < repeats; r++) {
                    runs.add(run(base, current, heap, "time"));
                }
                double[] live = run(base, current, heap, "live");
                runs.sort((a, b) -> Double.compare(a[0], b[0]));
                double[] median = runs.get((runs.size() - 1) / 2);
                System.out.println(String.format(
                        Locale.ROOT,
                        "%,-10d %-9s %8.0f %9.0f %9.2f %18s %7.0f MB %7.0f MB",
                        n,
                        current == same ? "same" : "reversed",
                        median[3],
                        median[2],
                        median[0],
                        runs.stream()
                                .map(x -> String.format(Locale.ROOT, "%.2f", x[0]))
                                .toList(),
                        median[1],
                        live[1]));
            }
        }
        System.out.println("load average after the runs: " + loadAverage());
    }

    /** The list's customers, each as its lines; {@code header} gets the lines before them. */
    static List<List<String>> customers(Path list, List<String> header) throws IOException {
        List<List<String>> customers = new ArrayList<>();
        boolean inCustomers = false;
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            if (line.startsWith("  - id: ")) {
                customers.add(new ArrayList<>());
                inCustomers = true;
            }
            (inCustomers ? customers.get(customers.size() - 1) : header).add(line);
        }
        return customers;
    }

    /**
     * {@code changed} customers spread over the list: four in ten get the other offer too, three in ten a third
     * subscription, two in ten are removed, one in ten is replaced by a new customer.
     */
    static void edit(List<List<String>> customers, int changed, int n) {
        int step = Math.max(1, n / changed);
        List<List<String>> removed = new ArrayList<>();
        for (int k = 0; k < changed && k * step < customers.size(); k++) {
            List<String> c = customers.get(k * step);
            switch (k % 10) {
                case 0, 1, 2, 3 ->
                    c.replaceAll(l -> l.replace("offers: [standard]", "offers: [standard, security]")
                            .replace("offers: [security]", "offers: [security, standard]"));
                case 4, 5, 6 -> c.add("      - subscriptionId: " + SyntheticCustomers.guid(3, k * step, 9));
                case 7, 8 -> removed.add(c);
                default ->
                    c.replaceAll(l -> l.replace("id: customer-", "id: new-customer-")
                            .replace("subscriptionId: 00000002-", "subscriptionId: 00000004-"));
            }
        }
        customers.removeAll(removed);
    }

    static void write(Path file, List<String> header, List<List<String>> customers) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : header) {
                w.write(line);
                w.write('\n');
            }
            for (List<String> c : customers) {
                for (String line : c) {
                    w.write(line);
                    w.write('\n');
                }
            }
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** {seconds, peak heap MB, changes, changed customers} of one diff, in a fresh JVM. */
    private static double[] run(Path base, Path current, String heap, String mode) throws Exception {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-cp",
                System.getProperty("java.class.path"),
                DiffBenchmarkRun.class.getName(),
                base.toString(),
                current.toString(),
                mode);
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("diff benchmark run failed (" + mode + ", -Xmx" + heap + "): " + out);
        }
        String[] parts = out.lines().reduce((a, b) -> b).orElseThrow().split(" ");
        return Arrays.stream(parts).mapToDouble(Double::parseDouble).toArray();
    }
}
