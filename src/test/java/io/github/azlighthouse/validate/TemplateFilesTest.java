package io.github.azlighthouse.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files validate looks at: generate's index and diff's report beside it are not ARM files. */
class TemplateFilesTest {

    @TempDir
    Path dir;

    @Test
    void generatesIndexAndDiffsReportBesideItAreLeftOut() throws IOException {
        Path output = Files.createDirectories(dir.resolve("lighthouse"));
        Files.writeString(output.resolve("lighthouse-summary.json"), "{}");
        Files.writeString(output.resolve("diff.json"), "{}");
        Files.writeString(output.resolve("offer.json"), "{}");
        Path arm = Files.createDirectories(dir.resolve("arm"));
        Files.writeString(arm.resolve("diff.json"), "{}"); // a template of that name elsewhere is still checked
        assertThat(TemplateFiles.find(dir, List.of("**/*.json"), List.of()).keySet())
                .containsExactlyInAnyOrder("lighthouse/offer.json", "arm/diff.json");
    }
}
