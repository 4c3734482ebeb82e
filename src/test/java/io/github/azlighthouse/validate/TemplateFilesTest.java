package io.github.azlighthouse.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files validate looks at: every regular file the globs select, but not generate's index and diff's report. */
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

    @Test
    void everyRegularFileAtAnyDepthIsFoundLinksAreNotFollowed() throws IOException {
        Path deep = Files.createDirectories(dir.resolve("a/b/c/d"));
        Files.writeString(deep.resolve("deep.json"), "{}");
        Files.writeString(dir.resolve("top.json"), "{}");
        Files.writeString(dir.resolve("a/.hidden.json"), "{}"); // dot files are not ARM files
        Files.writeString(dir.resolve("a/notes.txt"), "");
        Path folderNamedJson = Files.createDirectories(dir.resolve("a/offer.json"));
        Files.writeString(folderNamedJson.resolve("inner.json"), "{}");
        for (int i = 0; i < 50; i++) { // many folders: listed on several threads
            Path f = Files.createDirectories(dir.resolve("customers/c" + i + "/sub"));
            Files.writeString(f.resolve("t.json"), "{}");
        }
        try {
            Files.createSymbolicLink(dir.resolve("a/link.json"), dir.resolve("top.json"));
            Files.createSymbolicLink(dir.resolve("a/linked-folder"), deep);
        } catch (UnsupportedOperationException | IOException e) {
            // a file system without links: the rest still holds
        }
        var found = TemplateFiles.find(dir, List.of("**/*.json"), List.of("customers/c1*/**"));
        assertThat(found.keySet())
                .contains("top.json", "a/b/c/d/deep.json", "a/offer.json/inner.json", "customers/c0/sub/t.json")
                .doesNotContain(
                        "a/.hidden.json",
                        "a/notes.txt",
                        "a/link.json",
                        "a/linked-folder/deep.json",
                        "customers/c1/sub/t.json",
                        "customers/c12/sub/t.json")
                .hasSize(3 + 50 - 11);
        assertThat(found.get("a/b/c/d/deep.json")).isEqualTo(deep.resolve("deep.json"));
    }

    @Test
    void aFolderThatCannotBeListedIsAnIoError() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("t.json"), "{}");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                locked.toFile().setReadable(false) && !Files.isReadable(locked),
                "a folder here cannot be made unreadable (running as root, or no permissions)");
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> TemplateFiles.find(dir, List.of("**/*.json"), List.of()))
                    .isInstanceOf(IOException.class);
        } finally {
            locked.toFile().setReadable(true);
        }
    }
}
