package io.github.azlighthouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.rules.Rule;
import io.github.azlighthouse.rules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** README is the front door: every rule, goal and user-settable parameter must be documented there. */
class ReadmeTest {

    static final Path BASEDIR = Path.of(System.getProperty("lighthouse.basedir", "."));

    static String readme() throws IOException {
        return Files.readString(BASEDIR.resolve("README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void everyRuleIsInTheRuleTableWithItsDefaultSeverity() throws IOException {
        String readme = readme();
        for (Rule rule : RuleSet.all()) {
            assertThat(readme).as(rule.id()).contains("| `" + rule.id() + "` | " + rule.defaultSeverity().label() + " |");
        }
    }

    @Test
    void everyGoalAndEditableParameterIsDocumented() throws Exception {
        String readme = readme();
        Document plugin;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).as("plugin descriptor generated before tests").isNotNull();
            plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = mojo.getElementsByTagName("goal").item(0).getTextContent();
            assertThat(readme).as("goal " + goal).contains("`lighthouse:" + goal + "`");
            if (goal.equals("help")) {
                continue;
            }
            NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int j = 0; j < parameters.getLength(); j++) {
                Element p = (Element) parameters.item(j);
                if (p.getElementsByTagName("editable").item(0).getTextContent().equals("true")) {
                    String name = p.getElementsByTagName("name").item(0).getTextContent();
                    assertThat(readme).as(goal + " parameter " + name).contains("| `" + name + "` |");
                }
            }
        }
    }

    @Test
    void ciRunsTheTestCommandReadmeGives() throws IOException {
        String ci = Files.readString(BASEDIR.resolve(".ci/run"), StandardCharsets.UTF_8);
        assertThat(ci).contains("./mvnw -B verify");
        assertThat(readme()).contains("./mvnw -B verify ").contains("./mvnw -B -Pexample verify");
    }
}
