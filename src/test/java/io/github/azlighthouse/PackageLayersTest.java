package io.github.azlighthouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: {@code audit} is in no package cycle and uses only the layers below it, which never
 * reach back; only {@code plugin} imports Maven. (Known elsewhere: generate → report → validate → generate,
 * through {@code JUnitReport}'s use of {@code ValidateResult} and {@code Validator}'s of {@code Generator}.)
 */
class PackageLayersTest {

    static final Path MAIN = ReadmeTest.BASEDIR.resolve("src/main/java/io/github/azlighthouse");
    static final Pattern USE = Pattern.compile("io\\.github\\.azlighthouse\\.([a-z]+)\\.[A-Z]");

    /** package -> packages it uses (imports and qualified names in code). */
    static Map<String, Set<String>> graph() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(f).getName(0).toString();
                Set<String> to = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = USE.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        to.add(m.group(1));
                    }
                }
            }
        }
        return uses;
    }

    @Test
    void theAuditPackagesAreInNoCycle() throws IOException {
        Map<String, Set<String>> uses = graph();
        for (String start : List.of("audit", "rules", "delegation", "customers", "findings", "source", "roles")) {
            List<String> path = new ArrayList<>();
            assertThat(cycle(uses, start, start, path, new TreeSet<>()))
                    .as("cycle " + path)
                    .isFalse();
        }
    }

    private static boolean cycle(
            Map<String, Set<String>> uses, String start, String at, List<String> path, Set<String> seen) {
        path.add(at);
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                path.add(next);
                return true;
            }
            if (seen.add(next) && cycle(uses, start, next, path, seen)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }

    @Test
    void theAuditCoreUsesOnlyTheLayersBelowIt() throws IOException {
        assertThat(graph().get("audit")).isSubsetOf("source", "findings", "customers", "roles", "delegation", "rules");
    }

    @Test
    void onlyThePluginImportsMaven() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                boolean plugin = MAIN.relativize(f).getName(0).toString().equals("plugin");
                if (!plugin) {
                    assertThat(Files.readString(f)).as(f.toString()).doesNotContain("import org.apache.maven.");
                }
            }
        }
    }
}
