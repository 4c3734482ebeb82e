package io.github.azlighthouse.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.Expected;
import io.github.azlighthouse.findings.BuildLog;
import io.github.azlighthouse.report.AccessReview;
import io.github.azlighthouse.roles.RoleCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The safety net for refactoring: {@code generate} on the bundled example makes exactly the committed
 * files ({@code src/test/resources/expected/example/}), byte for byte, whatever the thread count.
 */
class ExampleOutputTest {

    static final Path EXAMPLE = Expected.BASEDIR.resolve("examples/src/main/lighthouse/customers.yaml");

    static final BuildLog QUIET = BuildLog.NONE;

    /** Runs generate on the example into {@code out}, as the Mojo would (basedir: the project). */
    static GenerateResult generate(Path out, int threads) throws IOException {
        return new Generator()
                .run(
                        TestRequests.generate(EXAMPLE, Expected.BASEDIR, out, threads),
                        new AccessReview(RoleCatalog.bundled()),
                        QUIET);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void generateMakesTheCommittedFiles(int threads, @TempDir Path dir) throws IOException {
        Path out = dir.resolve("lighthouse");
        assertThat(generate(out, threads).failed()).isFalse();
        Map<String, byte[]> files = Expected.tree(out);
        assertThat(files.remove(".generate-default.sha256"))
                .as("up-to-date marker")
                .isNotNull(); // holds the output path
        Expected.assertSame("example", files);
    }
}
