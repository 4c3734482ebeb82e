package io.github.azlighthouse.audit;

import io.github.azlighthouse.findings.FindingSink;
import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Input files given as files or folders: a folder stands for its matching files, in name order. */
final class Inputs {

    static final Predicate<String> EXPORTS = name -> name.endsWith(".json");
    static final Predicate<String> BILLING = name -> name.endsWith(".csv") || name.endsWith(".gz");

    private final Path basedir;

    Inputs(Path basedir) {
        this.basedir = basedir;
    }

    record File(Path path, String shown) {}

    /** The files; a path that does not exist, or a folder without matching files, is a finding. */
    List<File> find(List<Path> roots, Predicate<String> matching, FindingSink findings) throws IOException {
        List<File> files = new ArrayList<>();
        for (Path root : roots) {
            String shown = Position.shownPath(basedir, root);
            if (Files.isRegularFile(root)) {
                files.add(new File(root, shown));
            } else if (Files.isDirectory(root)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(root)) {
                    found = walk.filter(Files::isRegularFile)
                            .filter(p ->
                                    matching.test(p.getFileName().toString().toLowerCase(Locale.ROOT)))
                            .sorted()
                            .toList();
                }
                if (found.isEmpty()) {
                    findings.report(
                            RuleIds.INPUT_INVALID,
                            Subject.NONE,
                            Position.startOf(shown),
                            "the folder holds no" + " file to read");
                }
                found.forEach(p -> files.add(new File(p, Position.shownPath(basedir, p))));
            } else {
                findings.report(RuleIds.INPUT_INVALID, Subject.NONE, Position.startOf(shown), "no such file or folder");
            }
        }
        return files;
    }
}
