package io.github.azlighthouse.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.Expected;
import io.github.azlighthouse.customers.CustomerListReader;
import io.github.azlighthouse.findings.BuildLog;
import io.github.azlighthouse.generate.Generator;
import io.github.azlighthouse.generate.TestRequests;
import io.github.azlighthouse.report.AccessReview;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.source.SourceParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** Test helpers for kits: generate and package a list, read and unpack the archives, run scripts. */
final class Kits {

    static final long TIME = Instant.parse("2026-11-24T00:00:00Z").toEpochMilli();
    static final Path STAND_IN_AZ = Expected.BASEDIR.resolve("src/test/resources/kit/az-stand-in.sh");
    static final BuildLog QUIET = BuildLog.NONE;

    private Kits() {}

    /** Generates {@code customers} into {@code generated}; fails the test if generate fails. */
    static void generate(Path customers, Path basedir, Path generated) throws IOException {
        assertThat(new Generator()
                        .run(
                                TestRequests.generate(customers, basedir, generated, 0),
                                new AccessReview(RoleCatalog.bundled()),
                                QUIET)
                        .failed())
                .isFalse();
    }

    /** Packages {@code generated} (made from {@code customers}) into {@code archive} and the customers' archives beside it. */
    static PackageResult pack(Path customers, Path basedir, Path generated, Path archive, String version)
            throws IOException {
        var list = new CustomerListReader(new SourceParser())
                .read(customers, "customers.yaml")
                .list();
        return new Packager()
                .run(new PackageRequest(
                        generated,
                        archive,
                        basedir,
                        list,
                        Packager.sha256(Files.readAllBytes(customers)),
                        RoleCatalog.bundled(),
                        RuleSet.defaults(),
                        LocalDate.of(2026, 11, 24),
                        180,
                        version,
                        TIME));
    }

    /** Every entry of a zip, in the order stored. */
    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (Enumeration<ZipArchiveEntry> e = z.getEntriesInPhysicalOrder(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                try (InputStream in = z.getInputStream(entry)) {
                    out.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }

    /** Every archive's entries, keyed {@code <classifier>/<entry>}. */
    static Map<String, byte[]> all(PackageResult result) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        for (PackageResult.Archive a : result.archives()) {
            entries(a.file()).forEach((name, bytes) -> out.put(a.classifier() + "/" + name, bytes));
        }
        return out;
    }

    /** Unpacks every archive into {@code root} (customers' kits in their folders), scripts executable. */
    static Path unpack(PackageResult result, Path root) throws IOException {
        for (PackageResult.Archive a : result.archives()) {
            for (Map.Entry<String, byte[]> e : entries(a.file()).entrySet()) {
                Path f = root.resolve(e.getKey());
                Files.createDirectories(f.getParent());
                Files.write(f, e.getValue());
                if (e.getKey().endsWith(".sh")) {
                    Files.setPosixFilePermissions(
                            f,
                            EnumSet.of(
                                    PosixFilePermission.OWNER_READ,
                                    PosixFilePermission.OWNER_WRITE,
                                    PosixFilePermission.OWNER_EXECUTE));
                }
            }
        }
        return root;
    }

    record Run(int status, String output) {}

    static Run run(Path workDir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb =
                new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    /** A bin folder whose {@code az} is the stand-in; put it first on PATH. */
    static Path standInAz(Path dir) throws IOException {
        Path bin = dir.resolve("bin");
        Files.createDirectories(bin);
        Path az = bin.resolve("az");
        Files.copy(STAND_IN_AZ, az, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(
                az,
                EnumSet.of(
                        PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE));
        return bin;
    }

    /** The environment for a script run against the stand-in az, plus {@code more} (key, value, …). */
    static Map<String, String> azEnv(Path bin, Path log, String tenant, String... more) {
        Map<String, String> env = new TreeMap<>(
                Map.of("PATH", bin + ":" + System.getenv("PATH"), "AZ_LOG", log.toString(), "AZ_TENANT", tenant));
        for (int i = 0; i + 1 < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    /** Whether shellcheck is installed; under CI it must be (.ci/run installs it). */
    static boolean shellcheck(Path dir) throws Exception {
        boolean present =
                run(dir, Map.of(), "sh", "-c", "command -v shellcheck").status() == 0;
        assertThat(present || System.getenv("CI") == null)
                .as("CI must have shellcheck (.ci/run installs it)")
                .isTrue();
        if (!present) {
            System.out.println("SKIPPED the shellcheck part of a kit test: shellcheck is not installed (apt-get install"
                    + " shellcheck; .ci/run installs it)");
        }
        return present;
    }
}
