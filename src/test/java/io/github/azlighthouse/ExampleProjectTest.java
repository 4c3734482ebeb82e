package io.github.azlighthouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bundled example must use the plugin version this build makes, so it runs as it stands. */
class ExampleProjectTest {

    @Test
    void exampleUsesThisPluginVersion() throws IOException {
        String pom = Files.readString(Path.of(System.getProperty("lighthouse.basedir", "."))
                .resolve("examples/pom.xml"), StandardCharsets.UTF_8);
        assertThat(Lighthouse.version()).isNotEqualTo("unknown");
        assertThat(pom).contains("<artifactId>lighthouse-maven-plugin</artifactId>\n        <version>"
                + Lighthouse.version() + "</version>");
    }
}
