package io.github.azlighthouse.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The goals as users run them: each timed run is a fresh Maven process (the project's {@code ./mvnw}, so the same
 * Maven as the wrapper's users) on a throwaway project ({@code goal-project/} in the benchmark folder) whose
 * customer list is the synthetic one, at {@code src/main/lighthouse/customers.yaml} where users keep it.
 *
 * <p>The plugin, as built from this checkout, is installed first into a local repository of its own
 * ({@code target/benchmark-repo}); every other artifact comes read-only from the build's local repository, chained
 * behind it ({@code -Dmaven.repo.local.tail}, Maven 3.9+), so the goal runs work offline and leave the user's
 * {@code ~/.m2} untouched.
 *
 * <p>Each run's wall time is measured around the process. The plugin's own time is read from the log (Maven's
 * logger told to print timestamps): from Maven's {@code --- lighthouse:…} line, before the plugin's class realm
 * is made, to {@code BUILD SUCCESS}; the rest of the wall time is the JVM's and Maven's start-up and shut-down.
 */
final class GoalRuns {

    private static final String GROUP = "io.github.azlighthouse";
    private static final String ARTIFACT = "lighthouse-maven-plugin";
    private static final Pattern STAMP = Pattern.compile("^(\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d) (.*)$");

    private final Path basedir;
    private final Path repo;
    private final String tail;
    private final List<String> jvmArgs;
    private final String version;

    private GoalRuns(Path basedir, Path repo, String tail, List<String> jvmArgs, String version) {
        this.basedir = basedir;
        this.repo = repo;
        this.tail = tail;
        this.jvmArgs = jvmArgs;
        this.version = version;
    }

    /**
     * Installs the plugin as compiled now into {@code repo} (a nested {@code ./mvnw install} without tests, ITs or
     * the format check; offline when this build is) and returns the runner, or {@code null} after printing why not.
     */
    static GoalRuns install(Path basedir, Path repo, String tail, boolean offline, List<String> jvmArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                basedir.resolve("mvnw").toString(),
                "-B",
                "-q",
                "install",
                "-DskipTests",
                "-Dinvoker.skip=true",
                "-Dspotless.check.skip=true",
                "-Djacoco.skip=true",
                "-Dmaven.repo.local=" + repo,
                "-Dmaven.repo.local.tail=" + tail));
        if (offline) {
            command.add(1, "-o");
        }
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(basedir.toFile()).redirectErrorStream(true);
        Process p = builder.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            System.out.println("goal runs skipped: installing the plugin into " + repo + " failed:\n" + log);
            return null;
        }
        return new GoalRuns(basedir, repo, tail, jvmArgs, io.github.azlighthouse.Lighthouse.version());
    }

    /** A fresh throwaway project in {@code dir} with the plugin in its POM and {@code list} as its customer list. */
    Path project(Path dir, Path list) throws IOException {
        Path project = dir.resolve("goal-project");
        BenchmarkRun.deleteTree(project);
        Files.createDirectories(project.resolve("src/main/lighthouse"));
        // its own .mvn: Maven looks no further up for a project root (and no jvm.config of an enclosing checkout)
        Files.createDirectories(project.resolve(".mvn"));
        Files.copy(list, project.resolve("src/main/lighthouse/customers.yaml"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(project.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- written by the benchmark (GoalRuns): the plugin on the synthetic customer list -->
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>benchmark.lighthouse</groupId>
                  <artifactId>goal-runs</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>%s</groupId>
                        <artifactId>%s</artifactId>
                        <version>%s</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(GROUP, ARTIFACT, version), StandardCharsets.UTF_8);
        return project;
    }

    /** One goal run: wall time of the Maven process, the plugin's share by the log's timestamps. */
    record Timing(long wallMs, long pluginMs, String log) {}

    /**
     * Runs {@code mvn -B -o -ntp <goal> <properties>} in {@code project} and checks that the build succeeded
     * and that the log has {@code expected}.
     */
    Timing mvn(Path project, String goal, String expected, String... properties)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                basedir.resolve("mvnw").toString(),
                "-B",
                "-o",
                "-ntp",
                "-Dmaven.repo.local=" + repo,
                "-Dmaven.repo.local.tail=" + tail,
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS",
                goal));
        command.addAll(List.of(properties));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("MAVEN_OPTS", String.join(" ", jvmArgs)); // -Dbenchmark.jvmArgs, else the JVM's defaults
        env.remove("MAVEN_ARGS");
        long t0 = System.nanoTime();
        Process p = builder.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        long wall = (System.nanoTime() - t0) / 1_000_000;
        if (exit != 0 || !log.contains("BUILD SUCCESS") || !log.contains(expected)) {
            throw new IllegalStateException("mvn " + goal + " in " + project + " failed (exit " + exit + ", expected '"
                    + expected + "'):\n" + log);
        }
        return new Timing(wall, pluginMs(log, goal), log);
    }

    /** From Maven's {@code --- lighthouse:<version>:<goal> (…) @ …} line to {@code BUILD SUCCESS}, in ms. */
    static long pluginMs(String log, String goal) {
        LocalTime start = null;
        LocalTime end = null;
        String name = goal.substring(goal.indexOf(':') + 1);
        for (String line : log.split("\\R", -1)) {
            Matcher m = STAMP.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String text = m.group(2);
            if (start == null && text.contains("--- lighthouse:") && text.contains(":" + name + " (")) {
                start = LocalTime.parse(m.group(1));
            } else if (start != null && text.contains("BUILD SUCCESS")) {
                end = LocalTime.parse(m.group(1));
            }
        }
        if (start == null || end == null) {
            throw new IllegalStateException("no timestamps for " + goal + " in the log:\n" + log);
        }
        long ms = java.time.Duration.between(start, end).toMillis();
        return ms < 0 ? ms + 24L * 3600 * 1000 : ms; // across midnight
    }

    /**
     * {@code repeats} rounds of: Maven's floor ({@code lighthouse:help}), generate into a new output folder, the
     * unchanged re-run, and validate over that output with the customer list present. The disk settles before
     * each run ({@link Benchmark#settle}); with {@code deleteOutputs} (a RAM disk) each round's output is deleted
     * after it.
     */
    ObjectNode run(Path dir, Path list, int customers, int repeats, boolean deleteOutputs)
            throws IOException, InterruptedException {
        Path project = project(dir, list);
        List<Long> help = new ArrayList<>();
        List<Long> helpPlugin = new ArrayList<>();
        List<Long> generate = new ArrayList<>();
        List<Long> generatePlugin = new ArrayList<>();
        List<Long> rerun = new ArrayList<>();
        List<Long> rerunPlugin = new ArrayList<>();
        List<Long> validate = new ArrayList<>();
        List<Long> validatePlugin = new ArrayList<>();
        for (int r = 1; r <= repeats; r++) {
            Path out = dir.resolve("out-goal-" + customers + "-" + r);
            BenchmarkRun.deleteTree(out);
            String output = "-Dlighthouse.outputDirectory=" + out;
            Benchmark.settle(5);
            Timing t = mvn(project, "lighthouse:help", "BUILD SUCCESS");
            help.add(t.wallMs());
            helpPlugin.add(t.pluginMs());
            Benchmark.settle(5);
            t = mvn(project, "lighthouse:generate", "Generated ", output);
            generate.add(t.wallMs());
            generatePlugin.add(t.pluginMs());
            Benchmark.settle(5);
            t = mvn(project, "lighthouse:generate", "up to date (skipped)", output);
            rerun.add(t.wallMs());
            rerunPlugin.add(t.pluginMs());
            Benchmark.settle(5);
            t = mvn(project, "lighthouse:validate", " 0 failed", output);
            validate.add(t.wallMs());
            validatePlugin.add(t.pluginMs());
            if (deleteOutputs) {
                BenchmarkRun.deleteTree(out);
            }
        }
        ObjectNode result = new ObjectMapper().createObjectNode();
        result.set("helpWallMs", Comparison.stats(help));
        result.set("helpPluginMs", Comparison.stats(helpPlugin));
        result.set("generateWallMs", Comparison.stats(generate));
        result.set("generatePluginMs", Comparison.stats(generatePlugin));
        result.set("rerunWallMs", Comparison.stats(rerun));
        result.set("rerunPluginMs", Comparison.stats(rerunPlugin));
        result.set("validateWallMs", Comparison.stats(validate));
        result.set("validatePluginMs", Comparison.stats(validatePlugin));
        result.put("maven", "./mvnw -B -o -ntp, MAVEN_OPTS=\"" + String.join(" ", jvmArgs) + "\"");
        return result;
    }
}
