package io.github.azlighthouse.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviousFilesTest {

    @TempDir
    Path dir;

    List<String> read(String summary) throws IOException {
        Path file = dir.resolve("lighthouse-summary.json");
        if (summary != null) {
            Files.writeString(file, summary);
        }
        List<String> names = new ArrayList<>();
        try (PreviousFiles previous = new PreviousFiles(file, new JsonFactory())) {
            previous.forEachRemaining(names::add);
        }
        return names;
    }

    @Test
    void readsTheFilesListAfterLargeSectionsAndKeepsOnlyNamesInsideTheOutput() throws IOException {
        assertThat(
                        read(
                                "{\"customers\": [{\"id\": \"a\", \"subscriptions\": [{\"offers\": [1, 2]}]}], \"delegations\": 2,"
                                        + " \"files\": [\"a/s/x.json\", \"../outside.json\", \"/etc/passwd\", \"report.html\"]}"))
                .containsExactly("a/s/x.json", "report.html");
    }

    @Test
    void noSummaryOrAnUnreadableOneMeansNoFiles() throws IOException {
        assertThat(read(null)).isEmpty();
        assertThat(read("{\"files\": [\"a.json\", ")).containsExactly("a.json"); // what was read before the damage
        assertThat(read("not json")).isEmpty();
        assertThat(read("{\"files\": \"a.json\"}")).isEmpty();
    }
}
