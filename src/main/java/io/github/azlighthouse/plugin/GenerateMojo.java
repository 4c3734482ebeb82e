package io.github.azlighthouse.plugin;

import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.generate.GenerateRequest;
import io.github.azlighthouse.generate.GenerateResult;
import io.github.azlighthouse.generate.Generator;
import io.github.azlighthouse.generate.UpToDate;
import io.github.azlighthouse.report.AccessReview;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
public class GenerateMojo extends AbstractCheckMojo {

    /**
     * Skip this goal only.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.GENERATE_SKIP, defaultValue = "false")
    private boolean skipGenerate;

    /**
     * Worker threads for checking and writing customers; 0 (the default) uses one per core. The output
     * is the same for any value.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.THREADS, defaultValue = "0")
    private int threads;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private MojoExecution mojoExecution;

    public GenerateMojo() {
        super("generate");
    }

    @Override
    protected String goalSkippedBy() {
        return skipGenerate ? UserProperties.GENERATE_SKIP : null;
    }

    private GenerateRequest request(RoleCatalog catalog, String fingerprint, RuleSet ruleSet, String executionId) {
        return new GenerateRequest(
                customers.toPath(),
                base(),
                outputDirectory.toPath(),
                catalog,
                fingerprint,
                ruleSet,
                failOnWarning,
                LocalDate.now(ZoneOffset.UTC),
                catalogMaxAgeDays,
                executionId,
                Lighthouse.version(),
                configuration(ruleSet),
                threads);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        RuleSet ruleSet = ruleSet();
        if (!customers.isFile()) {
            throw new MojoFailureException("Customer list " + customersExpectedAt() + " not found. Create it (see"
                    + " README, 'The customer list') or point -Dlighthouse.customers at it.");
        }
        String executionId = mojoExecution == null ? "default" : mojoExecution.getExecutionId();
        GenerateRequest unchanged = request(null, catalogFingerprint(), ruleSet, executionId);
        UpToDate check;
        try { // before the catalog is loaded: an unchanged build costs a hash of the list, no catalog and no schemas
            check = Generator.upToDate(unchanged, new MavenBuildLog(getLog()));
            if (check.current()) {
                return;
            }
        } catch (IOException e) {
            throw new MojoExecutionException("lighthouse:generate could not read or write files: " + e.getMessage(), e);
        }
        Catalog catalog = catalog();
        GenerateRequest request = request(catalog.catalog(), catalog.fingerprint(), ruleSet, executionId);
        GenerateResult result;
        Path reports = resolveBuildPath(reportsDirectory, "lighthouse-reports");
        try {
            result = new Generator()
                    .run(request, new AccessReview(catalog.catalog()), new MavenBuildLog(getLog()), check);
            if (!result.skipped()) { // findings in the customer list, for pull-request annotations, also on failure
                ListReports.write(
                        "generate",
                        shown(customers.toPath()),
                        result.findings(),
                        ruleSet,
                        failOnWarning,
                        base(),
                        reports);
                getLog().info("Reports: " + shown(reports) + "/" + ListReports.junit("generate") + ", "
                        + ListReports.sarif("generate") + ".");
            }
        } catch (IOException e) {
            throw new MojoExecutionException("lighthouse:generate could not read or write files: " + e.getMessage(), e);
        }
        failOrContinue(
                result.failed(),
                failOnError,
                failureMessage("generate", result.findings(), customers.getName(), outputDirectory.toString()),
                "; nothing was written to " + shown(outputDirectory.toPath()));
    }
}
