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
import java.util.List;
import java.util.Locale;

/**
 * The side-by-side figures of one place (the disk, or the RAM disk) at the compared size: the core's runs, the
 * goals as users run them ({@link GoalRuns}), and ajv's schema check of the same files, each repeated, with the
 * median and range of every figure and the four ratios to ajv (core-generate, goal-generate, core-validate,
 * goal-validate).
 */
final class Comparison {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Comparison() {}

    /** Median (the lower middle of an even number, as {@link Benchmark#median}), min, max and every value. */
    static ObjectNode stats(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        ObjectNode s = MAPPER.createObjectNode();
        s.put("median", sorted.get((sorted.size() - 1) / 2));
        s.put("min", sorted.get(0));
        s.put("max", sorted.get(sorted.size() - 1));
        ArrayNode all = s.putArray("runs");
        values.forEach(all::add);
        return s;
    }

    private static ObjectNode stats(List<JsonNode> runs, String field) {
        return stats(runs.stream().map(r -> r.path(field).asLong()).toList());
    }

    /**
     * Compares at {@code n} customers in {@code dir}: the core's runs (made already, {@code coreRuns}), then
     * {@code repeats} rounds of the goal runs ({@code goals}, skipped when null) and of ajv over {@code checked}
     * (the output of the last core run; skipped when {@code ajvModules} is null). Prints the table and the ratios.
     */
    static ObjectNode place(
            String name,
            Path dir,
            int n,
            List<JsonNode> coreRuns,
            Path checked,
            GoalRuns goals,
            Path ajvModules,
            Path schemas,
            int repeats,
            boolean deleteOutputs)
            throws IOException, InterruptedException {
        ObjectNode place = MAPPER.createObjectNode();
        place.put("place", name);
        place.put("dir", dir.toString());
        place.put("customers", n);
        place.put("files", coreRuns.get(0).path("files").asInt());
        ObjectNode core = place.putObject("core");
        core.set("generateMs", stats(coreRuns, "generateMs"));
        core.set("rerunMs", stats(coreRuns, "rerunMs"));
        core.set("validateMs", stats(coreRuns, "validateMs"));
        core.set("validateListMs", stats(coreRuns, "validateListMs"));
        core.set("diskFloorMs", stats(coreRuns, "diskFloorMs"));
        if (goals != null) {
            Path list = dir.resolve("customers-" + n + "x"
                    + coreRuns.get(0).path("subscriptions").asInt() + ".yaml");
            place.set("goal", goals.run(dir, list, n, repeats, deleteOutputs));
        }
        if (ajvModules != null) {
            List<JsonNode> ajvRuns = new ArrayList<>();
            for (int r = 1; r <= repeats; r++) {
                Benchmark.settle(5);
                JsonNode run = ajv(ajvModules, schemas, checked);
                if (run == null) {
                    break;
                }
                ajvRuns.add(run);
            }
            if (ajvRuns.size() == repeats) {
                ObjectNode ajv = place.putObject("ajv");
                ajv.set("totalMs", stats(ajvRuns, "totalMs"));
                ajv.set("compileMs", stats(ajvRuns, "compileMs"));
                ajv.set("wallMs", stats(ajvRuns, "wallMs"));
                ajv.put("files", ajvRuns.get(0).path("files").asInt());
                ajv.put("invalid", ajvRuns.get(0).path("invalid").asInt());
                ajv.put("output", checked.toString());
                place.set("ratios", ratios(place));
            }
        }
        print(place, repeats);
        return place;
    }

    /** Each figure's median over ajv's median: the core's, and the goals' wall time and plugin time. */
    private static ObjectNode ratios(ObjectNode place) {
        double ajv = place.path("ajv").path("totalMs").path("median").asDouble();
        ObjectNode r = MAPPER.createObjectNode();
        r.put("coreGenerateToAjv", median(place, "core", "generateMs") / ajv);
        r.put("coreValidateToAjv", median(place, "core", "validateMs") / ajv);
        if (place.has("goal")) {
            r.put("goalGenerateToAjv", median(place, "goal", "generateWallMs") / ajv);
            r.put("goalValidateToAjv", median(place, "goal", "validateWallMs") / ajv);
            r.put("goalGeneratePluginToAjv", median(place, "goal", "generatePluginMs") / ajv);
            r.put("goalValidatePluginToAjv", median(place, "goal", "validatePluginMs") / ajv);
        }
        return r;
    }

    private static double median(JsonNode place, String part, String field) {
        return place.path(part).path(field).path("median").asDouble();
    }

    private static void print(ObjectNode place, int repeats) {
        System.out.println(String.format(
                Locale.ROOT,
                "%n%s: %,d customers (%,d files) in %s; median (min-max) of %d run%s each",
                place.path("place").asText(),
                place.path("customers").asInt(),
                place.path("files").asInt(),
                place.path("dir").asText(),
                repeats,
                repeats == 1 ? "" : "s"));
        JsonNode core = place.path("core");
        JsonNode goal = place.path("goal");
        System.out.println(String.format(
                Locale.ROOT, "  %-34s %-22s %-22s %-22s", "", "core (fresh JVM)", "goal: mvn wall", "goal: plugin"));
        row("Maven's floor (lighthouse:help)", null, goal.path("helpWallMs"), goal.path("helpPluginMs"));
        row(
                "generate (+ full check)",
                core.path("generateMs"),
                goal.path("generateWallMs"),
                goal.path("generatePluginMs"));
        row("unchanged re-run", core.path("rerunMs"), goal.path("rerunWallMs"), goal.path("rerunPluginMs"));
        row(
                "validate (list read + every file)",
                core.path("validateMs"),
                goal.path("validateWallMs"),
                goal.path("validatePluginMs"));
        row("  of it, reading the list", core.path("validateListMs"), null, null);
        row("disk floor", core.path("diskFloorMs"), null, null);
        JsonNode ajv = place.path("ajv");
        if (ajv.isMissingNode()) {
            System.out.println("  ajv: not run, no ratios");
            return;
        }
        System.out.println(String.format(
                Locale.ROOT,
                "  %-34s %-22s (%d ms of it compiling the schemas; process %s; %d files, %d invalid)",
                "ajv (Microsoft's schemas, 1 core)",
                seconds(ajv.path("totalMs")),
                ajv.path("compileMs").path("median").asLong(),
                seconds(ajv.path("wallMs")),
                ajv.path("files").asInt(),
                ajv.path("invalid").asInt()));
        JsonNode r = place.path("ratios");
        System.out.println(String.format(
                Locale.ROOT,
                "  ratios to ajv (target <= 0.5): core-generate %.2f, goal-generate %s, core-validate %.2f,"
                        + " goal-validate %s",
                r.path("coreGenerateToAjv").asDouble(),
                goalRatio(r, "goalGenerateToAjv", "goalGeneratePluginToAjv"),
                r.path("coreValidateToAjv").asDouble(),
                goalRatio(r, "goalValidateToAjv", "goalValidatePluginToAjv")));
        if (!goal.isMissingNode()) {
            System.out.println(String.format(
                    Locale.ROOT,
                    "  goal - core: generate %+.2f s, validate %+.2f s; of that, outside the plugin (JVM + Maven):"
                            + " %.2f s and %.2f s; Maven's floor: %.2f s",
                    (median(place, "goal", "generateWallMs") - median(place, "core", "generateMs")) / 1000,
                    (median(place, "goal", "validateWallMs") - median(place, "core", "validateMs")) / 1000,
                    (median(place, "goal", "generateWallMs") - median(place, "goal", "generatePluginMs")) / 1000,
                    (median(place, "goal", "validateWallMs") - median(place, "goal", "validatePluginMs")) / 1000,
                    median(place, "goal", "helpWallMs") / 1000));
        }
    }

    private static String goalRatio(JsonNode r, String wall, String plugin) {
        return r.has(wall)
                ? String.format(
                        Locale.ROOT,
                        "%.2f (plugin time alone %.2f)",
                        r.path(wall).asDouble(),
                        r.path(plugin).asDouble())
                : "-";
    }

    private static void row(String label, JsonNode core, JsonNode wall, JsonNode plugin) {
        System.out.println(
                String.format(Locale.ROOT, "  %-34s %-22s %-22s %-22s", label, cell(core), cell(wall), cell(plugin)));
    }

    private static String cell(JsonNode s) {
        return s == null || s.isMissingNode() ? "" : seconds(s);
    }

    /** {@code 1.23 s (1.20-1.31)}, or in ms under a second. */
    private static String seconds(JsonNode s) {
        long median = s.path("median").asLong();
        if (s.path("max").asLong() < 1000) {
            return String.format(
                    Locale.ROOT,
                    "%d ms (%d-%d)",
                    median,
                    s.path("min").asLong(),
                    s.path("max").asLong());
        }
        return String.format(
                Locale.ROOT,
                "%.2f s (%.2f-%.2f)",
                median / 1000.0,
                s.path("min").asLong() / 1000.0,
                s.path("max").asLong() / 1000.0);
    }

    /** The RAM disk's folder ({@code -Dbenchmark.ramdisk}), or null: off, no comparison, or no such place. */
    static Path ramDisk(String option, int compareSize) {
        if (compareSize <= 0 || option.isEmpty() || option.equals("none")) {
            return null;
        }
        Path ram = Path.of(option).toAbsolutePath();
        if (ram.getParent() == null || !Files.isDirectory(ram.getParent())) {
            System.out.println("RAM-disk runs skipped: " + ram.getParent() + " does not exist");
            return null;
        }
        return ram;
    }

    /**
     * The compared size again with everything on the RAM disk: the core's runs (each a fresh JVM), the goal
     * runs and ajv. Outputs are deleted as soon as they are done with (a RAM disk has no discard to wait for,
     * and 10k customers write about 350 MB per output), and everything written there at the end.
     */
    static ObjectNode onRamDisk(
            Path ram,
            int n,
            int subscriptions,
            int repeats,
            List<String> jvmArgs,
            GoalRuns goals,
            Path ajvModules,
            Path schemas)
            throws IOException, InterruptedException {
        Files.createDirectories(ram);
        Benchmark.deleteOutputs(ram);
        List<JsonNode> runs = new ArrayList<>();
        String last = "out-" + n + "-" + repeats;
        for (int r = 1; r <= repeats; r++) {
            String out = "out-" + n + "-" + r;
            ObjectNode run = (ObjectNode) MAPPER.readTree(Benchmark.child(ram, n, subscriptions, out, jvmArgs));
            run.put("output", out);
            runs.add(run);
            BenchmarkRun.deleteTree(ram.resolve(out + "-floor"));
            if (!out.equals(last)) {
                BenchmarkRun.deleteTree(ram.resolve(out));
            }
            Benchmark.settle(5);
        }
        try {
            return place("RAM disk", ram, n, runs, ram.resolve(last), goals, ajvModules, schemas, repeats, true);
        } finally {
            Benchmark.deleteOutputs(ram);
            BenchmarkRun.deleteTree(ram.resolve("goal-project"));
            Files.deleteIfExists(ram.resolve("customers-" + n + "x" + subscriptions + ".yaml"));
            try (var left = Files.list(ram)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(ram);
                }
            }
        }
    }

    /** Installs ajv@8 and ajv-draft-04@1 from npm into {@code tools}; its node_modules, or null (printed why). */
    static Path installAjv(Path tools, Path schemas) throws IOException, InterruptedException {
        if (!Files.isDirectory(schemas)) {
            System.out.println("ajv comparison skipped: " + schemas + " is absent");
            return null;
        }
        Process install = new ProcessBuilder(
                        "npm",
                        "install",
                        "--prefix",
                        tools.toString(),
                        "--no-audit",
                        "--no-fund",
                        "--loglevel=error",
                        "ajv@8",
                        "ajv-draft-04@1")
                .redirectErrorStream(true)
                .start();
        String log = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (install.waitFor() != 0) {
            System.out.println("ajv comparison skipped: npm install failed: " + log);
            return null;
        }
        return tools.resolve("node_modules");
    }

    /**
     * ajv + ajv-draft-04 on Microsoft's schemas over every template and parameter file in {@code output}
     * ({@code src/test/benchmark/ajv-validate.cjs}); null if it failed. {@code totalMs} is ajv's own clock (schemas
     * compiled, files read and checked), {@code wallMs} the node process's.
     */
    static JsonNode ajv(Path modules, Path schemas, Path output) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process run = new ProcessBuilder(
                        "node",
                        Path.of("src/test/benchmark/ajv-validate.cjs")
                                .toAbsolutePath()
                                .toString(),
                        modules.toString(),
                        schemas.toString(),
                        output.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (run.waitFor() != 0) {
            System.out.println("ajv comparison failed: " + out);
            return null;
        }
        long wall = (System.nanoTime() - t0) / 1_000_000;
        ObjectNode result = (ObjectNode) MAPPER.readTree(
                out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow());
        result.put("wallMs", wall);
        return result;
    }
}
