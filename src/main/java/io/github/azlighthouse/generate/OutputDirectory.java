package io.github.azlighthouse.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Writes happen in a staging directory beside the output; only a fully checked run is moved into
 * place. Moving is per file and only for files whose bytes changed, so unchanged files keep their
 * timestamps and downstream plugins stay up to date. Files of earlier runs that are no longer
 * generated are removed, but only files this plugin listed as its own. Nothing here holds a list
 * of all files: memory does not grow with the number of customers.
 */
final class OutputDirectory {

    private final Path target;
    private final Path staging;

    OutputDirectory(Path target) throws IOException {
        this.target = target;
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        this.staging = Files.createTempDirectory(parent, "." + target.getFileName() + "-staging-");
    }

    Path staging() {
        return staging;
    }

    /**
     * Creates a folder in staging whose parent exists: one mkdir, no probing first. Tens of thousands
     * of folders are a large part of a big run, and {@code Files.createDirectories} would stat and
     * try each level.
     */
    void folder(String relative) throws IOException {
        try {
            Files.createDirectory(staging.resolve(relative));
        } catch (FileAlreadyExistsException e) {
            // a customer listed twice: its collision is an error, and nothing will be committed
        }
    }

    /** Writes a file into a folder made by {@link #folder}. */
    void stage(String relative, byte[] bytes) throws IOException {
        Files.write(staging.resolve(relative), bytes);
    }

    /** Counts of files moved, kept and removed. */
    record Commit(int written, int unchanged, int removed) {}

    /**
     * Moves staged files into place. {@code files} is how many were staged; {@code previous} lists the
     * files the last run owned (read once, as a stream).
     */
    Commit commit(int files, Iterator<String> previous) throws IOException {
        if (!Files.exists(target)) { // first run: the whole staging directory becomes the output, in one rename
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return new Commit(files, 0, 0);
        }
        Files.createDirectories(target);
        int removed = 0; // before moving, while staging still tells what this run made
        while (previous.hasNext()) {
            String old = previous.next();
            if (!Files.exists(staging.resolve(old)) && Files.deleteIfExists(target.resolve(old))) {
                removed++;
                deleteEmptyParents(target.resolve(old).getParent());
            }
        }
        int written = 0;
        int unchanged = 0;
        try (Stream<Path> walk =
                Files.find(staging, Integer.MAX_VALUE, (p, attributes) -> attributes.isRegularFile())) {
            for (Iterator<Path> it = walk.iterator(); it.hasNext(); ) {
                Path from = it.next();
                Path to = target.resolve(staging.relativize(from).toString());
                if (Files.isRegularFile(to)
                        && Files.size(to) == Files.size(from)
                        && Arrays.equals(Files.readAllBytes(to), Files.readAllBytes(from))) {
                    unchanged++;
                    continue;
                }
                Files.createDirectories(to.getParent());
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written++;
            }
        }
        discard();
        return new Commit(written, unchanged, removed);
    }

    private void deleteEmptyParents(Path dir) throws IOException {
        while (dir != null && dir.startsWith(target) && !dir.equals(target)) {
            try (Stream<Path> children = Files.list(dir)) {
                if (children.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(dir);
            dir = dir.getParent();
        }
    }

    /** Deletes the staging directory and everything in it. */
    void discard() {
        if (!Files.exists(staging)) {
            return;
        }
        try {
            Files.walkFileTree(staging, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete staging directory " + staging, e);
        }
    }
}
