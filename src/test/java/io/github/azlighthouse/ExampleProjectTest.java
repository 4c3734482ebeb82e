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
        String pom = Files.readString(
                Path.of(System.getProperty("lighthouse.basedir", ".")).resolve("examples/pom.xml"),
                StandardCharsets.UTF_8);
        assertThat(Lighthouse.version()).isNotEqualTo("unknown");
        assertThat(pom)
                .contains("<artifactId>lighthouse-maven-plugin</artifactId>\n        <version>" + Lighthouse.version()
                        + "</version>");
    }

    /** The example's Maven wrapper (what examples/ci runs) is this build's: the same script and Maven version. */
    @Test
    void exampleHasThisBuildsMavenWrapper() throws IOException {
        Path basedir = Path.of(System.getProperty("lighthouse.basedir", "."));
        for (String file : new String[] {"mvnw", "mvnw.cmd", ".mvn/wrapper/maven-wrapper.properties"}) {
            assertThat(basedir.resolve("examples").resolve(file))
                    .as(file)
                    .hasSameTextualContentAs(basedir.resolve(file));
        }
        assertThat(Files.isExecutable(basedir.resolve("examples/mvnw")))
                .as("examples/mvnw is executable")
                .isTrue();
    }
}
