package io.github.azlighthouse.plugin;

import io.github.azlighthouse.rules.RuleContext;
import io.github.azlighthouse.rules.RuleSet;
import java.io.File;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Goals that run the rule engine on the customer list's delegations ({@code generate}, {@code validate},
 * {@code package}, {@code audit}): the list, rule severities and the catalog's age limit.
 */
abstract class AbstractRuleMojo extends AbstractLighthouseMojo {

    /**
     * The customer list: YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}). {@code generate} turns it
     * into templates; {@code validate}, when it exists, takes the PEC Automation Account and the customers'
     * tenants from it; {@code package} takes principal types for the kit READMEs from it and records its
     * SHA-256 in the manifest.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.CUSTOMERS, defaultValue = "${project.basedir}/src/main/lighthouse/customers.yaml")
    protected File customers;

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
    @Parameter(property = UserProperties.RULES)
    protected String ruleSeverities;

    /**
     * Age in days after which rule {@code role-catalog-stale} warns about the role catalog.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.CATALOG_MAX_AGE_DAYS, defaultValue = "180")
    protected int catalogMaxAgeDays = RuleContext.DEFAULT_CATALOG_MAX_AGE_DAYS;

    protected AbstractRuleMojo(String goal) {
        super(goal);
    }

    protected RuleSet ruleSet() throws MojoFailureException {
        return RuleConfiguration.ruleSet(rules, ruleSeverities, getLog());
    }
}
