package io.github.azlighthouse.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.SortedMap;
import java.util.TimeZone;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Writes a ZIP that is the same, byte for byte, for the same entries: sorted entry names, one fixed
 * timestamp, fixed Unix permissions (scripts executable), no directory entries, no extra fields.
 * Commons Compress does the ZIP format; this class only fixes what varies between builds.
 */
final class ReproducibleZip {

    static final int FILE_MODE = 0100644;
    static final int EXECUTABLE_MODE = 0100755;

    /** One file of the archive. */
    @SuppressWarnings("ArrayRecordComponent") // only written out: an entry is never compared or hashed
    record Entry(byte[] bytes, boolean executable) {}

    private ReproducibleZip() {}

    /**
     * Writes {@code entries} to {@code target} (through a temporary file, so a failed write never
     * leaves a half archive). {@code epochMillis} is the timestamp every entry gets.
     */
    static void write(Path target, SortedMap<String, Entry> entries, long epochMillis) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(
                target.toAbsolutePath().getParent(), target.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                    ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
                zip.setEncoding("UTF-8");
                zip.setUseLanguageEncodingFlag(true);
                // ZIP stores local wall-clock time: shift so every time zone writes the same bytes (UTC)
                long dosTime = epochMillis - TimeZone.getDefault().getOffset(epochMillis);
                for (Map.Entry<String, Entry> e : entries.entrySet()) {
                    ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                    entry.setTime(dosTime);
                    entry.setUnixMode(e.getValue().executable() ? EXECUTABLE_MODE : FILE_MODE);
                    zip.putArchiveEntry(entry);
                    zip.write(e.getValue().bytes());
                    zip.closeArchiveEntry();
                }
            }
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // a temporary file is private (rw-------); the archive is an ordinary build output
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
