package io.github.azlighthouse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The performance benchmark (BENCHMARKS.md): {@code ./mvnw -B -Pbenchmark test-compile exec:exec}.
 * For each size it runs {@link BenchmarkRun} several times, each in a fresh {@code -Xmx512m} JVM,
 * and prints the median run: customers/s, ms per customer, live and peak heap, the unchanged re-run
 * and validate. At the compared size (10k by default) it then runs the goals as users run them, each a fresh
 * Maven process ({@link GoalRuns}), and ajv (with ajv-draft-04, from npm) on Microsoft's schemas over the
 * files of the last core run, each as often as the core, and prints the ratios to ajv ({@link Comparison});
 * then all of that again on a RAM disk. Options come as {@code key=value} arguments (the pom's
 * {@code benchmark} profile). Writes {@code target/benchmark/results.json} and an SVG plot of time and heap
 * against N.
 */
public final class Benchmark {

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(); // key=value, as the pom's benchmark profile passes them
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(0, eq), arg.substring(eq + 1).trim());
        }
        List<Integer> sizes = new ArrayList<>();
        for (String s : options.getOrDefault("sizes", "1000,10000,50000").split(",", 0)) {
            sizes.add(Integer.parseInt(s.trim()));
        }
        int subscriptions = Integer.parseInt(options.getOrDefault("subscriptions", "2"));
        Path dir = Path.of(options.getOrDefault("dir", "target/benchmark")).toAbsolutePath();
        Path shared = Path.of(options.getOrDefault("shared", "../shared")).toAbsolutePath();
        int repeats = Integer.parseInt(options.getOrDefault("repeats", "3"));
        String jvm = options.getOrDefault("jvmArgs", "");
        List<String> jvmArgs = jvm.isBlank() ? List.of() : List.of(jvm.split("\\s+"));
        String compare = options.getOrDefault("compareSize", "");
        int compareSize = compare.isEmpty()
                ? (sizes.contains(10000) ? 10000 : sizes.get(0))
                : compare.equals("none") ? 0 : Integer.parseInt(compare);
        if (compareSize > 0 && !sizes.contains(compareSize)) {
            sizes.add(compareSize);
        }
        Path ramDisk = Comparison.ramDisk(options.getOrDefault("ramdisk", ""), compareSize);
        Path basedir = Path.of(options.getOrDefault("basedir", "")).toAbsolutePath();
        Files.createDirectories(dir);
        // before anything is timed: the plugin installed for the goal runs, ajv installed from npm
        GoalRuns goals = null;
        Path ajvModules = null;
        Path schemas = shared.resolve("schemas");
        if (compareSize > 0) {
            goals = GoalRuns.install(
                    basedir,
                    Path.of(options.getOrDefault("repo", "target/benchmark-repo"))
                            .toAbsolutePath(),
                    options.getOrDefault("localRepository", System.getProperty("user.home") + "/.m2/repository"),
                    Boolean.parseBoolean(options.getOrDefault("offline", "false")),
                    jvmArgs);
            ajvModules = Comparison.installAjv(dir.resolve("tools"), schemas);
        }
        deleteOutputs(dir); // earlier runs' output, deleted before anything is timed
        settle(30);
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode results = mapper.createArrayNode();
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "; each run in a"
                + " fresh JVM with -Xmx512m" + (jvmArgs.isEmpty() ? "" : " " + String.join(" ", jvmArgs)) + ", "
                + repeats + " runs per size, median shown"
                + (compareSize > 0
                        ? "; at " + compareSize + " customers also the goals through Maven and ajv, on the disk"
                                + (ramDisk == null ? "" : " and on " + ramDisk)
                        : ""));
        System.out.println(String.format(
                Locale.ROOT,
                "%9s %9s %11s %13s %11s %8s %9s %10s %10s %8s %10s %10s",
                "customers",
                "templates",
                "generate s",
                "(min-max)",
                "disk floor",
                "cust/s",
                "ms/cust",
                "live " + SMALL_HEAP_MB + "m",
                "peak heap",
                "re-run",
                "validate s",
                "val. peak"));
        JsonNode ajvRun = null;
        List<JsonNode> compareRuns = List.of();
        for (int n : sizes) {
            List<JsonNode> runs = new ArrayList<>();
            for (int r = 1; r <= repeats; r++) {
                String out = "out-" + n + "-" + r;
                JsonNode run = mapper.readTree(child(dir, n, subscriptions, out, jvmArgs));
                ((ObjectNode) run).put("output", out);
                runs.add(run);
                if (n == compareSize && r == repeats) {
                    ajvRun = run; // ajv checks this run's output
                    compareRuns = runs;
                }
                settle(5);
            }
            // memory: generate again in a small heap, the live set sampled by forced collections
            JsonNode memory = memoryRun(dir, n, subscriptions, "out-" + n + "-memory", jvmArgs);
            settle(5);
            ObjectNode median = median(runs, "generateMs").deepCopy();
            median.put("smallHeapMb", SMALL_HEAP_MB);
            median.put("smallHeapOk", memory != null);
            if (memory != null) {
                median.put(
                        "generateLiveHeapMb", memory.path("generateLiveHeapMb").asLong());
            }
            median.put("runs", runs.size());
            median.put(
                    "generateMsMin",
                    runs.stream()
                            .mapToLong(x -> x.path("generateMs").asLong())
                            .min()
                            .orElseThrow());
            median.put(
                    "generateMsMax",
                    runs.stream()
                            .mapToLong(x -> x.path("generateMs").asLong())
                            .max()
                            .orElseThrow());
            median.put(
                    "validateMsMedian",
                    median(runs, "validateMs").path("validateMs").asLong());
            median.set("all", mapper.valueToTree(runs));
            results.add(median);
            double seconds = median.path("generateMs").asLong() / 1000.0;
            System.out.println(String.format(
                    Locale.ROOT,
                    "%9d %9d %11.2f %13s %9.2f s %8.0f %9.3f %10s %7d MB %5d ms %10.2f" + " %7d MB",
                    n,
                    median.path("delegations").asInt() * 2,
                    seconds,
                    String.format(
                            Locale.ROOT,
                            "(%.1f-%.1f)",
                            median.path("generateMsMin").asLong() / 1000.0,
                            median.path("generateMsMax").asLong() / 1000.0),
                    median.path("diskFloorMs").asLong() / 1000.0,
                    n / seconds,
                    median.path("generateMs").asDouble() / n,
                    median.path("smallHeapOk").asBoolean()
                            ? median.path("generateLiveHeapMb").asLong() + " MB"
                            : "(fails)",
                    median.path("generatePeakHeapMb").asLong(),
                    median.path("rerunMs").asLong(),
                    median.path("validateMsMedian").asLong() / 1000.0,
                    median.path("validatePeakHeapMb").asLong()));
        }
        if (ajvRun != null) {
            ObjectNode comparison = mapper.createObjectNode();
            ObjectNode disk = Comparison.place(
                    "disk",
                    dir,
                    compareSize,
                    compareRuns,
                    dir.resolve(ajvRun.path("output").asText()),
                    goals,
                    ajvModules,
                    schemas,
                    repeats,
                    false);
            comparison.set("disk", disk);
            if (ramDisk != null) {
                comparison.set(
                        "ramdisk",
                        Comparison.onRamDisk(
                                ramDisk, compareSize, subscriptions, repeats, jvmArgs, goals, ajvModules, schemas));
            }
            for (JsonNode r : results) {
                if (r.path("customers").asInt() == compareSize) {
                    ((ObjectNode) r).set("comparison", comparison);
                    if (disk.has("ajv")) {
                        ((ObjectNode) r).set("ajv", disk.get("ajv"));
                        ((ObjectNode) r).set("ajvComparedRun", ajvRun);
                    }
                }
            }
        }
        Files.writeString(
                dir.resolve("results.json"),
                mapper.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        Files.writeString(dir.resolve("benchmark.svg"), plot(results), StandardCharsets.UTF_8);
        System.out.println("wrote " + dir.resolve("results.json") + " and " + dir.resolve("benchmark.svg"));
        deleteOutputs(dir);
    }

    /** Every run's output and disk-floor copy (several GB at 50k customers). */
    static void deleteOutputs(Path dir) throws IOException {
        try (var old = Files.list(dir)) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith("out-"))
                    .toList()) {
                BenchmarkRun.deleteTree(p);
            }
        }
    }

    /** The heap of the memory run: generate must fit in it at every size. */
    static final int SMALL_HEAP_MB = 32;

    /** Generate alone with {@code -Xmx32m} and its live set sampled; {@code null} if it ran out of memory. */
    private static JsonNode memoryRun(Path dir, int n, int subscriptions, String out, List<String> jvmArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + SMALL_HEAP_MB + "m"));
        command.addAll(jvmArgs);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                BenchmarkRun.class.getName(),
                String.valueOf(n),
                String.valueOf(subscriptions),
                dir.toString(),
                out,
                "live"));
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String result = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            System.out.println("generate of " + n + " customers did not fit in -Xmx" + SMALL_HEAP_MB + "m");
            return null;
        }
        return new ObjectMapper()
                .readTree(result.lines()
                        .filter(l -> l.startsWith("{"))
                        .reduce((a, b) -> b)
                        .orElseThrow());
    }

    /** The run with the median value of {@code field} (the middle one of an odd number of runs). */
    static JsonNode median(List<JsonNode> runs, String field) {
        List<JsonNode> sorted = new ArrayList<>(runs);
        sorted.sort(java.util.Comparator.comparingLong(r -> r.path(field).asLong()));
        return sorted.get((sorted.size() - 1) / 2);
    }

    /**
     * Lets the disk settle before a run is timed. On this project's build machine (a virtual disk
     * mounted with {@code discard}), deleting or flushing tens of thousands of files keeps the host
     * busy for many seconds after the call returns, and new files then cost several times more. So
     * no run's output is deleted until the end, and each run starts after a sync and a pause.
     */
    static void settle(int seconds) throws InterruptedException {
        BenchmarkRun.sync();
        Thread.sleep(seconds * 1000L);
    }

    static String child(Path dir, int n, int subscriptions, String out, List<String> jvmArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        command.addAll(jvmArgs);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                BenchmarkRun.class.getName(),
                String.valueOf(n),
                String.valueOf(subscriptions),
                dir.toString(),
                out));
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String result = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(
                    "benchmark run for " + n + " customers failed (exit " + p.exitValue() + ")");
        }
        return result.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow();
    }

    /** A small two-axis SVG: generate time (s) and peak heap (MB) against the number of customers. */
    static String plot(ArrayNode results) {
        int w = 640;
        int h = 360;
        int left = 60;
        int right = 60;
        int top = 30;
        int bottom = 50;
        double maxN = 0;
        double maxT = 1;
        double maxH = 1;
        for (JsonNode r : results) {
            maxN = Math.max(maxN, r.path("customers").asDouble());
            maxT = Math.max(maxT, r.path("generateMs").asDouble() / 1000);
            maxH = Math.max(maxH, r.path("generatePeakHeapMb").asDouble());
        }
        maxH = Math.max(maxH, 512);
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                        + " font-family=\"sans-serif\" font-size=\"12\">\n",
                w,
                h));
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", w, h));
        s.append("<text x=\"" + left + "\" y=\"18\" font-size=\"14\">generate (+ full check): median time and heap"
                + " vs customers</text>\n");
        int x0 = left;
        int y0 = h - bottom;
        int pw = w - left - right;
        int ph = h - top - bottom;
        s.append(String.format(
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", x0, y0, x0 + pw, y0));
        s.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", x0, y0, x0, top));
        s.append(String.format(
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", x0 + pw, y0, x0 + pw, top));
        s.append(String.format(
                Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#1f77b4\">%.0f s</text>\n", 8, top + 4, maxT));
        s.append(String.format(
                Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#d62728\">%.0f MB</text>\n", x0 + pw + 6, top + 4, maxH));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">customers</text>\n", x0 + pw / 2 - 30, h - 12));
        StringBuilder time = new StringBuilder();
        StringBuilder live = new StringBuilder();
        StringBuilder heap = new StringBuilder();
        for (JsonNode r : results) {
            double n = r.path("customers").asDouble();
            double x = x0 + pw * n / maxN;
            double yt = y0 - ph * (r.path("generateMs").asDouble() / 1000) / maxT;
            double yl = y0 - ph * r.path("generateLiveHeapMb").asDouble() / maxH;
            double yh = y0 - ph * r.path("generatePeakHeapMb").asDouble() / maxH;
            time.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yt));
            live.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yl));
            heap.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yh));
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#1f77b4\"/>\n", x, yt));
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#d62728\"/>\n", x, yl));
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#ff7f0e\"/>\n", x, yh));
            s.append(String.format(
                    Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,d</text>\n", x, y0 + 16, (long)
                            n));
        }
        s.append("<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\" points=\"" + time + "\"/>\n");
        s.append("<polyline fill=\"none\" stroke=\"#d62728\" stroke-width=\"2\" points=\"" + live + "\"/>\n");
        s.append("<polyline fill=\"none\" stroke=\"#ff7f0e\" stroke-width=\"2\" stroke-dasharray=\"6 3\" points=\""
                + heap + "\"/>\n");
        s.append(String.format(
                Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#1f77b4\">time (s, left)</text>\n", x0 + 10, top + 20));
        s.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" fill=\"#d62728\">live heap, generate in a 32 MB heap (MB, right)</text>\n",
                x0 + 10,
                top + 36));
        s.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" fill=\"#ff7f0e\">peak heap incl. garbage (MB, right)</text>\n",
                x0 + 10,
                top + 52));
        s.append("</svg>\n");
        return s.toString();
    }
}
