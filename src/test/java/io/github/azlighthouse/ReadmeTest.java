package io.github.azlighthouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.rules.Rule;
import io.github.azlighthouse.rules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            assertThat(readme)
                    .as(rule.id())
                    .contains(
                            "| `" + rule.id() + "` | " + rule.defaultSeverity().label() + " |");
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
            NodeList parameters =
                    ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int j = 0; j < parameters.getLength(); j++) {
                Element p = (Element) parameters.item(j);
                if (p.getElementsByTagName("editable").item(0).getTextContent().equals("true")) {
                    String name = p.getElementsByTagName("name").item(0).getTextContent();
                    assertThat(readme).as(goal + " parameter " + name).contains("| `" + name + "` |");
                }
            }
        }
    }

    /**
     * Each goal's parameter table (and the "as above" list before it) names exactly the editable parameters of
     * that goal's descriptor, with their user properties: a parameter shared through a base class cannot reach
     * a goal that does not use it without README saying so.
     */
    @Test
    void eachGoalsParameterTableMatchesItsDescriptor() throws Exception {
        List<String> lines = readme().lines().toList();
        Document plugin;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/maven/plugin.xml")) {
            plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = mojo.getElementsByTagName("goal").item(0).getTextContent();
            if (goal.equals("help")) {
                continue;
            }
            Map<String, String> properties = new TreeMap<>(); // editable parameter -> user property (or "")
            NodeList parameters =
                    ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int j = 0; j < parameters.getLength(); j++) {
                Element p = (Element) parameters.item(j);
                if (p.getElementsByTagName("editable").item(0).getTextContent().equals("true")) {
                    properties.put(p.getElementsByTagName("name").item(0).getTextContent(), "");
                }
            }
            NodeList configuration =
                    ((Element) mojo.getElementsByTagName("configuration").item(0)).getChildNodes();
            for (int j = 0; j < configuration.getLength(); j++) {
                if (configuration.item(j) instanceof Element c && properties.containsKey(c.getTagName())) {
                    properties.put(c.getTagName(), c.getTextContent().replaceAll("^\\$\\{(.*)}$", "$1"));
                }
            }
            assertThat(documented(lines, goal))
                    .as("README's parameters of " + goal)
                    .isEqualTo(properties.keySet());
            for (Map.Entry<String, String> row : rows(lines, goal).entrySet()) {
                if (row.getValue().startsWith("`lighthouse.")) {
                    assertThat(row.getValue())
                            .as(goal + " parameter " + row.getKey() + " user property")
                            .isEqualTo("`" + properties.get(row.getKey()) + "`");
                }
            }
        }
    }

    /** The line introducing a goal's parameter table: {@code `goal` parameters (…):}. */
    static int tableIntro(List<String> lines, String goal) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("`" + goal + "` parameters")) {
                return i;
            }
        }
        throw new AssertionError("README has no '`" + goal + "` parameters' table");
    }

    /** A goal's table rows: parameter name -> user property cell. */
    static Map<String, String> rows(List<String> lines, String goal) {
        Map<String, String> rows = new TreeMap<>();
        int i = tableIntro(lines, goal) + 1;
        while (!lines.get(i).startsWith("|")) {
            i++;
        }
        for (i += 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|", 0);
            rows.put(cells[1].trim().replace("`", ""), cells[2].trim());
        }
        return rows;
    }

    /** The table's parameters, and those the intro names "as above". */
    static Set<String> documented(List<String> lines, String goal) {
        Set<String> names = new TreeSet<>(rows(lines, goal).keySet());
        StringBuilder intro = new StringBuilder();
        for (int i = tableIntro(lines, goal); !intro.toString().endsWith(":"); i++) { // the intro may wrap
            intro.append(lines.get(i).trim()).append(' ');
            intro.setLength(intro.length() - (lines.get(i).trim().endsWith(":") ? 1 : 0));
        }
        Matcher m = Pattern.compile("`([A-Za-z]+)`").matcher(intro.substring(goal.length() + 2));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * Tables render: a blank line inside a table ends it (the rows after it show as text), and a row with
     * fewer or more cells than its header breaks it. Fenced code blocks are not tables.
     */
    @Test
    void tablesRender() throws IOException {
        List<String> lines = readme().lines().toList();
        List<String> broken = new java.util.ArrayList<>();
        boolean code = false;
        int columns = -1; // of the table being read; -1 outside a table
        int lastRow = -1; // line index of the last table row, for blank lines within a table
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                code = !code;
                columns = -1;
                continue;
            }
            if (code) {
                continue;
            }
            if (!line.startsWith("|")) {
                if (columns > 0 && !line.isBlank()) {
                    columns = -1; // text after a table ends it
                }
                continue;
            }
            int cells = cells(line);
            if (columns < 0) {
                if (lastRow >= 0
                        && i > lastRow + 1
                        && lines.subList(lastRow + 1, i).stream().allMatch(String::isBlank)
                        && !(i + 1 < lines.size() && lines.get(i + 1).matches("\\|(\\s*:?-+:?\\s*\\|)+"))) {
                    broken.add("line " + (i + 1) + ": a blank line above splits the table (this row shows as text)");
                }
                columns = cells; // a header
            } else if (cells != columns) {
                broken.add("line " + (i + 1) + ": " + cells + " cells, the header has " + columns);
            }
            lastRow = i;
            if (i + 1 < lines.size() && lines.get(i + 1).isBlank()) {
                columns = -1;
            }
        }
        assertThat(broken).as("README tables").isEmpty();
    }

    /** The cells of a table row: {@code |}-separated, {@code \\|} is a pipe inside a cell. */
    static int cells(String row) {
        String inner = row.trim();
        inner = inner.substring(1, inner.endsWith("|") && !inner.endsWith("\\|") ? inner.length() - 1 : inner.length());
        return inner.split("(?<!\\\\)\\|", -1).length;
    }

    @Test
    void ciRunsTheTestCommandReadmeGives() throws IOException {
        String ci = Files.readString(BASEDIR.resolve(".ci/run"), StandardCharsets.UTF_8);
        assertThat(ci).contains("./mvnw -B verify");
        assertThat(readme()).contains("./mvnw -B verify ").contains("./mvnw -B -Pexample verify");
    }
}
