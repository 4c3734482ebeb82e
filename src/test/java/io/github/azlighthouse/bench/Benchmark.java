package io.github.azlighthouse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The performance benchmark (BENCHMARKS.md): {@code ./mvnw -B -Pbenchmark test-compile exec:exec}.
 * For each size it runs {@link BenchmarkRun} in a fresh {@code -Xmx512m} JVM, prints customers/s,
 * ms per customer, peak heap and the unchanged re-run, then times ajv (with ajv-draft-04, from npm)
 * on Microsoft's schemas over the same files and reports the validate/ajv ratio. Writes
 * {@code target/benchmark/results.json} and an SVG plot of time and heap against N.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String s : (args.length > 0 ? args[0] : "1000,10000,50000").split(",")) {
            sizes.add(Integer.parseInt(s.trim()));
        }
        int subscriptions = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path dir = Path.of(args.length > 2 ? args[2] : "target/benchmark").toAbsolutePath();
        Path shared = Path.of(args.length > 3 ? args[3] : "../shared").toAbsolutePath();
        Files.createDirectories(dir);
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode results = mapper.createArrayNode();
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", each size in a JVM"
                + " with -Xmx512m");
        System.out.println(String.format(Locale.ROOT, "%9s %9s %11s %10s %9s %11s %9s %10s %11s", "customers",
                "templates", "generate s", "cust/s", "ms/cust", "peak heap", "re-run", "validate s", "val. heap"));
        for (int n : sizes) {
            JsonNode r = mapper.readTree(child(dir, n, subscriptions));
            results.add(r);
            double seconds = r.path("generateMs").asLong() / 1000.0;
            System.out.println(String.format(Locale.ROOT, "%9d %9d %11.2f %10.0f %9.3f %8d MB %6d ms %10.2f %8d MB", n,
                    r.path("delegations").asInt() * 2, seconds, n / seconds, r.path("generateMs").asDouble() / n,
                    r.path("generatePeakHeapMb").asLong(), r.path("rerunMs").asLong(),
                    r.path("validateMs").asLong() / 1000.0, r.path("validatePeakHeapMb").asLong()));
        }
        JsonNode ajv = ajv(dir, shared, sizes.contains(10000) ? 10000 : sizes.get(0));
        if (ajv != null) {
            JsonNode same = null;
            for (JsonNode r : results) {
                if (r.path("customers").asInt() == (sizes.contains(10000) ? 10000 : sizes.get(0))) {
                    same = r;
                }
            }
            ((com.fasterxml.jackson.databind.node.ObjectNode) same).set("ajv", ajv);
            System.out.println(String.format(Locale.ROOT, "validate vs ajv on %d files: validate %d ms (rules + strict"
                    + " schema), ajv %d ms (Microsoft's schemas; %d ms of it compiling): ratio %.2f",
                    ajv.path("files").asInt(), same.path("validateMs").asLong(), ajv.path("totalMs").asLong(),
                    ajv.path("compileMs").asLong(), same.path("validateMs").asDouble() / ajv.path("totalMs").asDouble()));
        }
        Files.writeString(dir.resolve("results.json"), mapper.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        Files.writeString(dir.resolve("benchmark.svg"), plot(results), StandardCharsets.UTF_8);
        System.out.println("wrote " + dir.resolve("results.json") + " and " + dir.resolve("benchmark.svg"));
    }

    private static String child(Path dir, int n, int subscriptions) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), BenchmarkRun.class.getName(), String.valueOf(n),
                String.valueOf(subscriptions), dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("benchmark run for " + n + " customers failed (exit " + p.exitValue() + ")");
        }
        return out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow();
    }

    /** ajv + ajv-draft-04 from npm on Microsoft's schemas, over the output of size {@code n}; null if unavailable. */
    private static JsonNode ajv(Path dir, Path shared, int n) throws IOException, InterruptedException {
        Path schemas = shared.resolve("schemas");
        if (!Files.isDirectory(schemas)) {
            System.out.println("ajv comparison skipped: " + schemas + " is absent");
            return null;
        }
        Path tools = dir.resolve("tools");
        Process install = new ProcessBuilder("npm", "install", "--prefix", tools.toString(), "--no-audit", "--no-fund",
                "--loglevel=error", "ajv@8", "ajv-draft-04@1").redirectErrorStream(true).start();
        String log = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (install.waitFor() != 0) {
            System.out.println("ajv comparison skipped: npm install failed: " + log);
            return null;
        }
        Process run = new ProcessBuilder("node", Path.of("src/test/benchmark/ajv-validate.cjs").toAbsolutePath().toString(),
                tools.resolve("node_modules").toString(), schemas.toString(), dir.resolve("out-" + n).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (run.waitFor() != 0) {
            System.out.println("ajv comparison failed: " + out);
            return null;
        }
        return new ObjectMapper().readTree(out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow());
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
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"12\">\n", w, h));
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", w, h));
        s.append("<text x=\"" + left + "\" y=\"18\" font-size=\"14\">generate (+ full check) time and peak heap vs customers"
                + " (2 subscriptions each, -Xmx512m)</text>\n");
        int x0 = left;
        int y0 = h - bottom;
        int pw = w - left - right;
        int ph = h - top - bottom;
        s.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", x0, y0, x0 + pw, y0));
        s.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", x0, y0, x0, top));
        s.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", x0 + pw, y0, x0 + pw, top));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#1f77b4\">%.0f s</text>\n", 8, top + 4, maxT));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#d62728\">%.0f MB</text>\n", x0 + pw + 6, top + 4, maxH));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">customers</text>\n", x0 + pw / 2 - 30, h - 12));
        StringBuilder time = new StringBuilder();
        StringBuilder heap = new StringBuilder();
        for (JsonNode r : results) {
            double n = r.path("customers").asDouble();
            double x = x0 + pw * n / maxN;
            double yt = y0 - ph * (r.path("generateMs").asDouble() / 1000) / maxT;
            double yh = y0 - ph * r.path("generatePeakHeapMb").asDouble() / maxH;
            time.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yt));
            heap.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yh));
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#1f77b4\"/>\n", x, yt));
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#d62728\"/>\n", x, yh));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,d</text>\n", x, y0 + 16, (long) n));
        }
        s.append("<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\" points=\"" + time + "\"/>\n");
        s.append("<polyline fill=\"none\" stroke=\"#d62728\" stroke-width=\"2\" stroke-dasharray=\"6 3\" points=\"" + heap + "\"/>\n");
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#1f77b4\">time (s, left)</text>\n", x0 + 10, top + 20));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#d62728\">peak heap (MB, right)</text>\n", x0 + 10, top + 36));
        s.append("</svg>\n");
        return s.toString();
    }
}
