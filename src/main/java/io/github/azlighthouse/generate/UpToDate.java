package io.github.azlighthouse.generate;

import io.github.azlighthouse.Lighthouse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The up-to-date check: a SHA-256 of everything that changes the output (the customer list's bytes, the
 * role catalog, the plugin version, the configuration, the output path), kept in a marker per execution
 * ({@code .generate-<executionId>.sha256}) that is written only after a successful run.
 *
 * <p>Hashing a long list is most of an unchanged build's time, so the marker also records the list's hash
 * with the file's path, identity, size and modification time, and when they were read. A list whose path,
 * identity, size and modification time are the same as then is not hashed again, provided it had not been
 * modified for {@link #SETTLED} before it was read: an edit after the read then has a later modification
 * time, even on a file system that keeps it to the second or two (as git does for its index).
 *
 * <p>A build checks before it loads the role catalog ({@link Generator#upToDate}) and then runs; the run takes
 * the check's hash of the list when the file is still as it was, instead of reading it a second time.
 */
public final class UpToDate {

    /** Longer than any file system's modification-time granularity (FAT: 2 s). */
    static final Duration SETTLED = Duration.ofSeconds(3);

    private final Path marker;
    private final Path summary;
    private final String fingerprint;
    private final ListState list;

    /** The customer list as hashed: its SHA-256, and the file's state when it was read. */
    private record ListState(String sha256, String path, String fileKey, long size, Instant modified, Instant read) {

        /** One line of the marker: text without spaces, then numbers. */
        String line() {
            return String.join(
                    " ",
                    "list",
                    sha256,
                    Long.toString(size),
                    modified.toString(),
                    read.toString(),
                    HexFormat.of().formatHex(fileKey.getBytes(StandardCharsets.UTF_8)),
                    HexFormat.of().formatHex(path.getBytes(StandardCharsets.UTF_8)));
        }

        /** The state a marker line records, or null when the line is not one (an older marker, say). */
        static ListState parse(String line) {
            String[] f = line.trim().split(" ", -1);
            if (f.length != 7 || !f[0].equals("list") || f[1].length() != 64) {
                return null;
            }
            try {
                return new ListState(
                        f[1],
                        new String(HexFormat.of().parseHex(f[6]), StandardCharsets.UTF_8),
                        new String(HexFormat.of().parseHex(f[5]), StandardCharsets.UTF_8),
                        Long.parseLong(f[2]),
                        Instant.parse(f[3]),
                        Instant.parse(f[4]));
            } catch (RuntimeException e) { // a marker edited by hand: hash the list
                return null;
            }
        }

        /** Whether {@code now}, the file as it stands, is the file this state was taken of, unchanged. */
        boolean sameFile(ListState now) {
            return path.equals(now.path)
                    && fileKey.equals(now.fileKey)
                    && size == now.size
                    && modified.equals(now.modified);
        }

        /** Whether {@code now} can take this recorded hash of an earlier build without being read. */
        boolean stillHolds(ListState now) {
            return sameFile(now) && Duration.between(modified, read).compareTo(SETTLED) > 0;
        }
    }

    private UpToDate(Path marker, Path summary, String fingerprint, ListState list) {
        this.marker = marker;
        this.summary = summary;
        this.fingerprint = fingerprint;
        this.list = list;
    }

    /** The SHA-256 of the customer list's bytes alone (for the summary: {@code package} compares it). */
    String listSha256() {
        return list.sha256();
    }

    /** The marker file name of an execution. */
    static String markerName(String executionId) {
        return ".generate-" + executionId + ".sha256";
    }

    static UpToDate of(GenerateRequest request) throws IOException {
        return of(request, null);
    }

    /**
     * As {@link #of(GenerateRequest)}, taking {@code earlier}'s hash of the list (a check of this build, a moment
     * ago) when the file is the same and unchanged since: it was read for that hash, and need not be again.
     */
    static UpToDate of(GenerateRequest request, UpToDate earlier) throws IOException {
        Path marker = request.outputDirectory().resolve(markerName(request.executionId()));
        ListState list = list(request.customers(), recorded(marker), earlier == null ? null : earlier.list);
        return new UpToDate(
                marker, request.outputDirectory().resolve(Lighthouse.SUMMARY), fingerprint(request, list), list);
    }

    /** True when the last successful run had the same input, and its output is still there. */
    public boolean current() throws IOException {
        return Files.isRegularFile(marker)
                && Files.isRegularFile(summary)
                && firstLine(Files.readString(marker, StandardCharsets.UTF_8)).equals(fingerprint);
    }

    /** Deletes the marker: a run that fails must never leave one that says "up to date". */
    void invalidate() throws IOException {
        Files.deleteIfExists(marker);
    }

    /** Records a successful run (its output is in place). */
    void record() throws IOException {
        Files.writeString(marker, fingerprint + "\n" + list.line() + "\n", StandardCharsets.UTF_8);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).trim();
    }

    /** What the marker says of the list when it was last hashed, or null. */
    private static ListState recorded(Path marker) throws IOException {
        if (!Files.isRegularFile(marker)) {
            return null;
        }
        String text = Files.readString(marker, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return end < 0 ? null : ListState.parse(text.substring(end + 1));
    }

    /** The list's state now; hashed unless this build's earlier check or the recorded state still holds. */
    private static ListState list(Path file, ListState recorded, ListState earlier) throws IOException {
        Instant read = Instant.now(); // before the file's state: an edit after this moment changes that state
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        ListState now = new ListState(
                "",
                file.toAbsolutePath().normalize().toString(),
                String.valueOf(attributes.fileKey()),
                attributes.size(),
                attributes.lastModifiedTime().toInstant(),
                read);
        if (earlier != null && earlier.sameFile(now)) {
            // as good as hashing again: the run reads the list after its hash either way, and the earlier read
            // time, which the marker records, lets the next build's settled rule catch an edit in between
            return earlier;
        }
        if (recorded != null && recorded.stillHolds(now)) {
            return recorded;
        }
        return new ListState(sha256(file), now.path(), now.fileKey(), now.size(), now.modified(), now.read());
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = Files.newInputStream(file)) { // streamed: the list can be large
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The fingerprint of everything: the list's hash and the rest of what shapes the output. */
    private static String fingerprint(GenerateRequest request, ListState list) {
        MessageDigest sha = sha256();
        for (String part : List.of(
                list.sha256(),
                request.catalogFingerprint(),
                request.pluginVersion(),
                request.configuration(),
                request.outputDirectory().toAbsolutePath().toString())) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
