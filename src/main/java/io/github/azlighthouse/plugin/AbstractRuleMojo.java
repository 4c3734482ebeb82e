package io.github.azlighthouse.plugin;

import io.github.azlighthouse.rules.RuleContext;
import io.github.azlighthouse.rules.RuleSet;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** Goals that run the rule engine: rule severities and the catalog's age limit. */
abstract class AbstractRuleMojo extends AbstractLighthouseMojo {

    /**
     * Severity per rule id: {@code error}, {@code warning} or {@code off}, e.g.
     * {@code <rules><authorization-count>off</authorization-count></rules>}.
     *
     * @since 0.1.0
     */
    @Parameter
    protected Map<String, String> rules;

    /**
     * Severities from the command line: {@code -Dlighthouse.rules=authorization-count=off,eligible-without-reader=error}.
     * Applied after {@code rules}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lighthouse.rules")
    protected String ruleSeverities;

    /**
     * Age in days after which rule {@code role-catalog-stale} warns about the role catalog.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lighthouse.catalogMaxAgeDays", defaultValue = "180")
    protected int catalogMaxAgeDays = RuleContext.DEFAULT_CATALOG_MAX_AGE_DAYS;

    protected RuleSet ruleSet() throws MojoFailureException {
        return RuleConfiguration.ruleSet(rules, ruleSeverities, getLog());
    }

    /** Rule severities and other settings that change results, for up-to-date fingerprints. */
    protected String configuration(RuleSet ruleSet, boolean failOnWarning) {
        Map<String, String> config = new TreeMap<>();
        ruleSet.rules().keySet().forEach(id -> config.put(id, ruleSet.severity(id).label()));
        config.put("failOnWarning", String.valueOf(failOnWarning));
        config.put("catalogMaxAgeDays", String.valueOf(catalogMaxAgeDays));
        return config.toString();
    }
}
