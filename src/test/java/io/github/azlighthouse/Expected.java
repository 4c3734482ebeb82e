package io.github.azlighthouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Committed expected output under {@code src/test/resources/expected/<name>/}, compared byte for byte.
 * When an expected change is intended (and only then), regenerate with
 * {@code ./mvnw -B test -Dtest=<Test> -Dlighthouse.updateExpected=true} and commit the difference on its own,
 * saying why.
 */
public final class Expected {

    public static final Path BASEDIR = Path.of(System.getProperty("lighthouse.basedir", "."));

    private Expected() {}

    /** Every regular file under {@code root}, by '/'-separated relative name. */
    public static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** {@code actual} has exactly the files of {@code expected/<name>}, with the same bytes. */
    public static void assertSame(String name, Map<String, byte[]> actual) throws IOException {
        Path folder = BASEDIR.resolve("src/test/resources/expected").resolve(name);
        if (Boolean.getBoolean("lighthouse.updateExpected")) {
            for (String old : tree(folder).keySet()) {
                Files.delete(folder.resolve(old));
            }
            for (Map.Entry<String, byte[]> e : actual.entrySet()) {
                Path f = folder.resolve(e.getKey());
                Files.createDirectories(f.getParent());
                Files.write(f, e.getValue());
            }
            System.out.println("UPDATED expected output " + folder + " (" + actual.size() + " files)");
        }
        Map<String, byte[]> expected = tree(folder);
        assertThat(actual.keySet()).as("files of " + name).containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            // compared as text first for a readable difference, then as bytes
            assertThat(new String(actual.get(e.getKey()), StandardCharsets.UTF_8))
                    .as(name + "/" + e.getKey())
                    .isEqualTo(new String(e.getValue(), StandardCharsets.UTF_8));
            assertThat(actual.get(e.getKey())).as(name + "/" + e.getKey()).isEqualTo(e.getValue());
        }
    }
}
