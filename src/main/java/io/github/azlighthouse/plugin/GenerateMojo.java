package io.github.azlighthouse.plugin;

import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.generate.GenerateRequest;
import io.github.azlighthouse.generate.GenerateResult;
import io.github.azlighthouse.generate.Generator;
import io.github.azlighthouse.report.FindingReport;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleContext;
import io.github.azlighthouse.rules.RuleSet;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates Azure Lighthouse onboarding templates and parameter files from the customer list, one
 * pair per customer, subscription and offer, after checking every rule. Fails, and writes nothing,
 * when any delegation would be rejected by Azure or would lose Partner Earned Credit.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /**
     * The customer list: YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "lighthouse.customers", defaultValue = "${project.basedir}/src/main/lighthouse/customers.yaml")
    private File customers;

    /**
     * Where templates are written: {@code <customer-id>/<subscription-id>/<offer-key>.json} and
     * {@code .parameters.json}, plus {@code lighthouse-summary.json}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lighthouse.outputDirectory", defaultValue = "${project.build.directory}/lighthouse")
    private File outputDirectory;

    /**
     * A role catalog to use instead of the bundled one: either an {@code az role definition list}
     * JSON export (imported on the fly; PEC eligibility from the bundled table) or a catalog written
     * by the project's importer.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lighthouse.roleCatalog")
    private File roleCatalog;

    /**
     * Severity per rule id: {@code error}, {@code warning} or {@code off}, e.g.
     * {@code <rules><authorization-count>off</authorization-count></rules>}.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> rules;

    /**
     * Severities from the command line: {@code -Dlighthouse.rules=authorization-count=off,eligible-without-reader=error}.
     * Applied after {@code rules}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lighthouse.rules")
    private String ruleSeverities;

    /**
     * Fail the build on warnings too.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lighthouse.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /**
     * Age in days after which rule {@code role-catalog-stale} warns about the role catalog.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lighthouse.catalogMaxAgeDays", defaultValue = "180")
    private int catalogMaxAgeDays = RuleContext.DEFAULT_CATALOG_MAX_AGE_DAYS;

    /**
     * Skip every goal of this plugin.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lighthouse.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Skip this goal only.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lighthouse.generate.skip", defaultValue = "false")
    private boolean skipGenerate;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private MojoExecution mojoExecution;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipGenerate) {
            getLog().info("Skipping lighthouse:generate (" + (skip ? "lighthouse.skip" : "lighthouse.generate.skip")
                    + " is true).");
            return;
        }
        RuleSet ruleSet = RuleConfiguration.ruleSet(rules, ruleSeverities, getLog());
        if (!customers.isFile()) {
            throw new MojoFailureException("Customer list " + customers + " not found. Create it (see README,"
                    + " 'Customer list') or point -Dlighthouse.customers at it.");
        }
        RoleCatalog bundled = RoleCatalog.bundled();
        RoleCatalog catalog;
        String catalogFingerprint;
        try {
            if (roleCatalog != null) {
                catalog = RoleCatalog.load(roleCatalog.toPath(), bundled);
                catalogFingerprint = roleCatalog.getAbsolutePath() + ":" + roleCatalog.length() + ":"
                        + roleCatalog.lastModified();
                getLog().info("Using role catalog " + roleCatalog + " (" + catalog.roles().size() + " roles as of "
                        + catalog.asOf() + ").");
            } else {
                catalog = bundled;
                catalogFingerprint = "bundled:" + bundled.asOf() + ":" + bundled.source();
            }
        } catch (IOException e) {
            throw new MojoFailureException("Cannot read role catalog " + roleCatalog + ": " + e.getMessage());
        }
        String executionId = mojoExecution == null ? "default" : mojoExecution.getExecutionId();
        Map<String, String> config = new TreeMap<>();
        ruleSet.rules().keySet().forEach(id -> config.put(id, ruleSet.severity(id).label()));
        config.put("failOnWarning", String.valueOf(failOnWarning));
        config.put("catalogMaxAgeDays", String.valueOf(catalogMaxAgeDays));
        GenerateRequest request = new GenerateRequest(customers.toPath(), basedir.toPath(), outputDirectory.toPath(),
                catalog, catalogFingerprint, ruleSet, failOnWarning, LocalDate.now(ZoneOffset.UTC), catalogMaxAgeDays,
                executionId, Generator.pluginVersion(), config.toString());
        GenerateResult result;
        try {
            result = new Generator().run(request, new MavenBuildLog(getLog()));
        } catch (IOException e) {
            throw new MojoExecutionException("lighthouse:generate could not read or write files: " + e.getMessage(), e);
        }
        if (result.failed()) {
            throw new MojoFailureException(failureMessage(result.findings()));
        }
    }

    private String failureMessage(List<Finding> findings) {
        long errors = FindingReport.count(findings, Severity.ERROR);
        long warnings = FindingReport.count(findings, Severity.WARNING);
        String what = errors > 0 ? errors + " error" + (errors == 1 ? "" : "s")
                : warnings + " warning" + (warnings == 1 ? "" : "s") + " (lighthouse.failOnWarning is true)";
        return "lighthouse:generate found " + what + " in " + customers.getName() + " (listed above); nothing was"
                + " written to " + outputDirectory + ". Fix them, or set a rule's severity in <rules> (README: Rules).";
    }
}
