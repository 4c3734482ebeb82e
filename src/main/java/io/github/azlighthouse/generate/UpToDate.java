package io.github.azlighthouse.generate;

import io.github.azlighthouse.Lighthouse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The up-to-date check: a SHA-256 of everything that changes the output (the customer list's bytes, the
 * role catalog, the plugin version, the configuration, the output path), kept in a marker per execution
 * ({@code .generate-<executionId>.sha256}) that is written only after a successful run.
 */
final class UpToDate {

    private final Path marker;
    private final Path summary;
    private final String fingerprint;
    private final String listSha256;

    private UpToDate(Path marker, Path summary, String[] fingerprint) {
        this.marker = marker;
        this.summary = summary;
        this.fingerprint = fingerprint[0];
        this.listSha256 = fingerprint[1];
    }

    /** The SHA-256 of the customer list's bytes alone (for the summary: {@code package} compares it). */
    String listSha256() {
        return listSha256;
    }

    /** The marker file name of an execution. */
    static String markerName(String executionId) {
        return ".generate-" + executionId + ".sha256";
    }

    static UpToDate of(GenerateRequest request) throws IOException {
        return new UpToDate(
                request.outputDirectory().resolve(markerName(request.executionId())),
                request.outputDirectory().resolve(Lighthouse.SUMMARY),
                fingerprint(request));
    }

    /** True when the last successful run had the same input, and its output is still there. */
    boolean current() throws IOException {
        return Files.isRegularFile(marker)
                && Files.isRegularFile(summary)
                && Files.readString(marker, StandardCharsets.UTF_8).trim().equals(fingerprint);
    }

    /** Deletes the marker: a run that fails must never leave one that says "up to date". */
    void invalidate() throws IOException {
        Files.deleteIfExists(marker);
    }

    /** Records a successful run (its output is in place). */
    void record() throws IOException {
        Files.writeString(marker, fingerprint + "\n", StandardCharsets.UTF_8);
    }

    /** The fingerprint of everything, and the customer list's own hash (one read of the list). */
    private static String[] fingerprint(GenerateRequest request) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            MessageDigest list = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(request.customers())) { // streamed: the list can be large
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                    list.update(buffer, 0, n);
                }
            }
            for (String part : List.of(
                    request.catalogFingerprint(),
                    request.pluginVersion(),
                    request.configuration(),
                    request.outputDirectory().toAbsolutePath().toString())) {
                sha.update((byte) 0);
                sha.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return new String[] {
                HexFormat.of().formatHex(sha.digest()), HexFormat.of().formatHex(list.digest())
            };
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
