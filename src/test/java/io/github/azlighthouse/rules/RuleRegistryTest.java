package io.github.azlighthouse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every rule registered in {@link RuleSet#all()} has a test class named after it ({@code <RuleClass>Test},
 * with a test that fires and one that stays quiet) and a row in README's rule table with its default
 * severity; README lists no rule id that does not exist.
 */
class RuleRegistryTest {

    static final Path README =
            Path.of(System.getProperty("lighthouse.basedir", ".")).resolve("README.md");

    @Test
    void everyRuleHasATestClassThatFiresAndStaysQuiet() {
        List<String> missing = new ArrayList<>();
        for (Rule rule : RuleSet.all()) {
            String name = rule.getClass().getName() + "Test";
            Class<?> test;
            try {
                test = Class.forName(name);
            } catch (ClassNotFoundException e) {
                missing.add(name + " (no such class)");
                continue;
            }
            List<String> tests = Arrays.stream(test.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(Test.class))
                    .map(Method::getName)
                    .toList();
            if (tests.stream().noneMatch(t -> t.startsWith("fires"))) {
                missing.add(name + " (no test named fires…)");
            }
            if (tests.stream().noneMatch(t -> t.startsWith("quiet"))) {
                missing.add(name + " (no test named quiet…)");
            }
        }
        assertThat(missing).as("rule test classes").isEmpty();
    }

    @Test
    void readmesRuleTableListsExactlyTheRegisteredRules() throws IOException {
        Map<String, String> documented = ruleTable(Files.readString(README, StandardCharsets.UTF_8));
        Map<String, String> registered = new TreeMap<>();
        RuleSet.all().forEach(r -> registered.put(r.id(), r.defaultSeverity().label()));
        assertThat(documented)
                .as("README rule table: rule id -> default severity")
                .isEqualTo(registered);
    }

    /** README's rule table ({@code | rule id | default | fires when |}): id -> default severity. */
    static Map<String, String> ruleTable(String readme) {
        List<String> lines = readme.lines().toList();
        int header = lines.indexOf("| rule id | default | fires when |");
        assertThat(header).as("README has the rule table").isNotNegative();
        Map<String, String> rows = new TreeMap<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|", 0);
            rows.put(cells[1].trim().replace("`", ""), cells[2].trim());
        }
        return rows;
    }
}
