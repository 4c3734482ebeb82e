package io.github.azlighthouse.plugin;

import io.github.azlighthouse.rules.RuleSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** Turns {@code <rules>} and {@code -Dlighthouse.rules=id=severity,...} into a configured RuleSet. */
final class RuleConfiguration {

    private RuleConfiguration() {}

    static RuleSet ruleSet(Map<String, String> rules, String ruleSeverities, Log log) throws MojoFailureException {
        Map<String, String> overrides = new LinkedHashMap<>();
        if (rules != null) {
            overrides.putAll(rules);
        }
        if (ruleSeverities != null && !ruleSeverities.isBlank()) {
            for (String pair : ruleSeverities.split(",", 0)) {
                String[] kv = pair.split("[=:]", 2);
                if (kv.length != 2) {
                    throw new MojoFailureException("lighthouse.rules: '" + pair.trim()
                            + "' is not rule-id=severity (e.g. -Dlighthouse.rules=authorization-count=off)");
                }
                overrides.put(kv[0].trim(), kv[1].trim());
            }
        }
        List<String> changes = new ArrayList<>();
        try {
            RuleSet set = RuleSet.defaults().configure(overrides, changes);
            changes.forEach(log::info);
            return set;
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }
}
