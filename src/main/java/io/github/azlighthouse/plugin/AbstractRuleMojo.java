package io.github.azlighthouse.plugin;

import io.github.azlighthouse.rules.RuleContext;
import io.github.azlighthouse.rules.RuleSet;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Goals that run the rule engine on the customer list's delegations ({@code generate}, {@code validate},
 * {@code package}, {@code audit}): the list, rule severities and the catalog's age limit.
 */
abstract class AbstractRuleMojo extends AbstractLighthouseMojo {

    /** Where the customer list is looked for when {@code customers} is not set. */
    static final String DEFAULT_FOLDER = "src/main/lighthouse";

    /** The names looked for in {@link #DEFAULT_FOLDER}, in this order. */
    static final List<String> DEFAULT_NAMES = List.of("customers.yaml", "customers.yml", "customers.json");

    /**
     * The customer list: YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}). When not set, the one of
     * {@code src/main/lighthouse/customers.yaml}, {@code customers.yml} and {@code customers.json} that exists
     * (the log says which; two of them at once fail the build). {@code generate} turns it into templates;
     * {@code validate}, when it exists, takes the PEC Automation Account and the customers' tenants from it;
     * {@code package} takes principal types for the kit READMEs from it and records its SHA-256 in the manifest.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.CUSTOMERS)
    protected File customers;

    /** Whether {@link #customers} was looked for in {@link #DEFAULT_FOLDER} rather than set. */
    private boolean customersLookedFor;

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

    /**
     * Without {@code customers} set, takes the one of {@link #DEFAULT_NAMES} in the project's
     * {@link #DEFAULT_FOLDER} that exists, and says so; with none, {@code customers.yaml} there (absent), so a goal
     * that needs a list can say what it looked for. Two present at once is a build failure: which one is meant
     * cannot be guessed. Without a project (no base directory) nothing is looked for.
     */
    @Override
    protected void prepare() throws MojoFailureException {
        if (customers != null || basedir == null) {
            return;
        }
        customersLookedFor = true;
        Path folder = basedir.toPath().resolve(DEFAULT_FOLDER);
        List<Path> found = DEFAULT_NAMES.stream()
                .map(folder::resolve)
                .filter(Files::isRegularFile)
                .toList();
        if (found.size() > 1) {
            throw new MojoFailureException(found.size() + " customer lists in " + shown(folder) + ": "
                    + and(found.stream().map(p -> p.getFileName().toString()).toList())
                    + ". Keep one, or choose it with -Dlighthouse.customers=" + shown(found.get(0))
                    + " (or <customers> in the plugin's configuration).");
        }
        customers = (found.isEmpty() ? folder.resolve(DEFAULT_NAMES.get(0)) : found.get(0)).toFile();
        if (!found.isEmpty()) {
            getLog().info("Using customer list " + shown(found.get(0)) + " (lighthouse.customers not set).");
        }
    }

    /** Where the customer list was expected, for messages when it is absent. */
    protected String customersExpectedAt() {
        if (customers == null) {
            return "a path given with -Dlighthouse.customers";
        }
        if (!customersLookedFor) {
            return String.valueOf(customers);
        }
        int last = DEFAULT_NAMES.size() - 1;
        return shown(customers.toPath().getParent()) + "/" + String.join(", ", DEFAULT_NAMES.subList(0, last)) + " or "
                + DEFAULT_NAMES.get(last);
    }

    protected RuleSet ruleSet() throws MojoFailureException {
        return RuleConfiguration.ruleSet(rules, ruleSeverities, getLog());
    }
}
