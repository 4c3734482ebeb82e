package io.github.azlighthouse.validate;

import io.github.azlighthouse.Lighthouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/** Finds the files {@code validate} looks at: Maven-style include and exclude globs under a folder. */
public final class TemplateFiles {

    private TemplateFiles() {}

    /**
     * The files under {@code dir} that the patterns select, by their '/'-separated path relative to {@code dir}.
     * Regular files only (links are not followed), dot files and generate's index left out.
     */
    static Map<String, Path> find(Path dir, List<String> includes, List<String> excludes) throws IOException {
        if (!Files.isDirectory(dir)) {
            return new HashMap<>();
        }
        Selection selection = new Selection(dir, matchers(includes), matchers(excludes), new ConcurrentHashMap<>());
        // folders are listed on all cores: a generated tree has a folder per subscription, and listing one is
        // a few system calls that wait on the file system, not on the CPU
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            pool.invoke(new Folder(dir, selection));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdownNow();
        }
        return new HashMap<>(selection.found());
    }

    private record Selection(Path dir, List<PathMatcher> in, List<PathMatcher> out, Map<String, Path> found) {
        void consider(Path p) {
            String name = p.getFileName().toString();
            // dot files, and generate's own index of its output: not ARM files (the index is large for long lists);
            // diff's report beside generate's output
            if (name.startsWith(".")
                    || name.equals(Lighthouse.SUMMARY)
                    || (name.equals(Lighthouse.DIFF) && Files.exists(p.resolveSibling(Lighthouse.SUMMARY)))) {
                return;
            }
            Path rel = dir.relativize(p);
            if (in.stream().anyMatch(m -> m.matches(rel)) && out.stream().noneMatch(m -> m.matches(rel))) {
                found.put(rel.toString().replace('\\', '/'), p);
            }
        }
    }

    /** One folder: its files considered, its subfolders each a task of its own. */
    @SuppressWarnings("serial") // never serialised
    private static final class Folder extends RecursiveAction {
        private final transient Path path;
        private final transient Selection selection;

        Folder(Path path, Selection selection) {
            this.path = path;
            this.selection = selection;
        }

        @Override
        protected void compute() {
            List<Folder> subfolders = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
                for (Path entry : entries) {
                    BasicFileAttributes attributes =
                            Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isDirectory()) {
                        subfolders.add(new Folder(entry, selection));
                    } else if (attributes.isRegularFile()) {
                        selection.consider(entry);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            invokeAll(subfolders);
        }
    }

    /** Maven-style globs: {@code **}/ also matches no folder at all, as in Maven's includes. */
    public static List<PathMatcher> matchers(List<String> patterns) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            String p = pattern.trim().replace('\\', '/');
            if (p.isEmpty()) {
                continue;
            }
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + p));
            while (p.startsWith("**/")) {
                p = p.substring(3);
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + p));
            }
        }
        return matchers;
    }

    /** One matcher that accepts what any of {@link #matchers} accepts. */
    public static PathMatcher matcher(String pattern) {
        List<PathMatcher> all = matchers(List.of(pattern));
        return path -> all.stream().anyMatch(m -> m.matches(path));
    }
}
