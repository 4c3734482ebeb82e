package io.github.azlighthouse.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes happen in a staging directory beside the output; only a fully checked run is moved into
 * place. Moving is per file and only for files whose bytes changed, so unchanged files keep their
 * timestamps and downstream plugins stay up to date. Files of earlier runs that are no longer
 * generated are removed, but only files this plugin listed as its own.
 */
final class OutputDirectory {

    private final Path target;
    private final Path staging;
    private final Set<Path> created = ConcurrentHashMap.newKeySet(); // stage() runs on several threads

    OutputDirectory(Path target) throws IOException {
        this.target = target;
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        this.staging = Files.createTempDirectory(parent, "." + target.getFileName() + "-staging-");
    }

    Path staging() {
        return staging;
    }

    void stage(String relative, byte[] bytes) throws IOException {
        Path file = staging.resolve(relative);
        if (created.add(file.getParent())) { // one mkdir per folder, not per file
            Files.createDirectories(file.getParent());
        }
        Files.write(file, bytes);
    }

    /** Counts of files moved, kept and removed. */
    record Commit(int written, int unchanged, int removed) {
    }

    /** Moves staged files into place; {@code previous} lists the files the last run owned. */
    Commit commit(Set<String> previous) throws IOException {
        if (!Files.exists(target)) { // first run: the whole staging directory becomes the output, in one rename
            int files;
            try (Stream<Path> walk = Files.walk(staging)) {
                files = (int) walk.filter(Files::isRegularFile).count();
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return new Commit(files, 0, 0);
        }
        Files.createDirectories(target);
        Set<String> staged = new TreeSet<>();
        try (Stream<Path> files = Files.walk(staging)) {
            files.filter(Files::isRegularFile).forEach(f -> staged.add(staging.relativize(f).toString().replace('\\', '/')));
        }
        int written = 0;
        int unchanged = 0;
        for (String relative : staged) {
            Path from = staging.resolve(relative);
            Path to = target.resolve(relative);
            if (Files.isRegularFile(to) && Files.size(to) == Files.size(from)
                    && Arrays.equals(Files.readAllBytes(to), Files.readAllBytes(from))) {
                unchanged++;
                continue;
            }
            if (created.add(to.getParent())) {
                Files.createDirectories(to.getParent());
            }
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written++;
        }
        int removed = 0;
        for (String old : previous) {
            if (!staged.contains(old) && Files.deleteIfExists(target.resolve(old))) {
                removed++;
                deleteEmptyParents(target.resolve(old).getParent());
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
            List<Path> paths = new ArrayList<>();
            Files.walkFileTree(staging, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    paths.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                    paths.add(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete staging directory " + staging, e);
        }
    }
}
