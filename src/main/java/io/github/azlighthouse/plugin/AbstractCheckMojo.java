package io.github.azlighthouse.plugin;

import io.github.azlighthouse.rules.RuleSet;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugins.annotations.Parameter;

/** Goals whose findings decide the build ({@code generate}, {@code validate}): warnings may fail it too. */
abstract class AbstractCheckMojo extends AbstractOutputMojo {

    /**
     * Fail the build on warnings too.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.FAIL_ON_WARNING, defaultValue = "false")
    protected boolean failOnWarning;

    protected AbstractCheckMojo(String goal) {
        super(goal);
    }

    /** Rule severities and other settings that change results, for up-to-date fingerprints. */
    protected String configuration(RuleSet ruleSet) {
        Map<String, String> config = new TreeMap<>();
        ruleSet.rules().keySet().forEach(id -> config.put(id, ruleSet.severity(id).label()));
        config.put("failOnWarning", String.valueOf(failOnWarning));
        config.put("catalogMaxAgeDays", String.valueOf(catalogMaxAgeDays));
        return config.toString();
    }
}
