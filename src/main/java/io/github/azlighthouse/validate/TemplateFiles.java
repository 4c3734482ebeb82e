package io.github.azlighthouse.validate;

import io.github.azlighthouse.Lighthouse;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds the files {@code validate} looks at: Maven-style include and exclude globs under a folder. */
public final class TemplateFiles {

    private TemplateFiles() {}

    /** The files under {@code dir} that the patterns select, by their '/'-separated path relative to {@code dir}. */
    static Map<String, Path> find(Path dir, List<String> includes, List<String> excludes) throws IOException {
        Map<String, Path> found = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        List<PathMatcher> in = matchers(includes);
        List<PathMatcher> out = matchers(excludes);
        // Files.find hands over the attributes the walk read anyway: no second stat per file
        try (Stream<Path> walk = Files.find(dir, Integer.MAX_VALUE, (p, attributes) -> attributes.isRegularFile())) {
            walk.forEach(p -> {
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
            });
        }
        return found;
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
