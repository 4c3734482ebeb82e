package io.github.azlighthouse.plugin;

import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.delegation.Guids;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.FindingReport;
import io.github.azlighthouse.report.JUnitReport;
import io.github.azlighthouse.report.SarifReport;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.validate.CustomerIndex;
import io.github.azlighthouse.validate.TemplateResult;
import io.github.azlighthouse.validate.ValidateRequest;
import io.github.azlighthouse.validate.ValidateResult;
import io.github.azlighthouse.validate.Validator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks Azure Lighthouse templates on disk (hand-written, portal-exported or generated) with the same
 * rules as {@code generate}, and writes JUnit XML and SARIF reports. Runs without a project too:
 * {@code mvn io.github.azlighthouse:lighthouse-maven-plugin:<version>:validate -Dlighthouse.templateDirectory=…}.
 *
 * @since 0.1.0
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class ValidateMojo extends AbstractCheckMojo {

    /**
     * The folder with ARM templates and parameter files.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lighthouse.templateDirectory", defaultValue = "${project.basedir}/src/main/arm")
    private File templateDirectory;

    /**
     * Files to check, as globs relative to {@code templateDirectory}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lighthouse.includes", defaultValue = "**/*.json")
    private List<String> includes;

    /**
     * Files to leave out, as globs relative to {@code templateDirectory}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lighthouse.excludes")
    private List<String> excludes;

    /**
     * Object ID of the PEC Automation Account, for projects without a customer list.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lighthouse.pecPrincipalId")
    private String pecPrincipalId;

    /**
     * Where {@code TEST-lighthouse.xml} (JUnit XML) and {@code lighthouse.sarif} (SARIF 2.1.0) go.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lighthouse.reportsDirectory", defaultValue = "${project.build.directory}/lighthouse-reports")
    private File reportsDirectory;

    /**
     * Fail the build on errors. {@code false} reports only, for a warn-only pull-request check.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lighthouse.failOnError", defaultValue = "true")
    private boolean failOnError;

    /**
     * Skip this goal only.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lighthouse.validate.skip", defaultValue = "false")
    private boolean skipValidate;

    public ValidateMojo() {
        super("validate");
    }

    @Override
    protected String goalSkippedBy() {
        return skipValidate ? UserProperties.VALIDATE_SKIP : null;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        RuleSet ruleSet = ruleSet();
        CustomerIndex index = customerIndex();
        String pec = index != null ? index.pecPrincipalId() : pecPrincipalId;
        if (pec == null || pec.isBlank()) {
            throw new MojoFailureException("lighthouse:validate needs the PEC Automation Account to check every"
                    + " delegation for Partner Earned Credit: give its object ID with -Dlighthouse.pecPrincipalId=<guid>,"
                    + " or keep a customer list at " + customers);
        }
        if (index == null && !Guids.isCanonical(pec)) {
            throw new MojoFailureException("lighthouse.pecPrincipalId '" + pec + "' is not a GUID (the service"
                    + " principal's object ID, 8-4-4-4-12 hexadecimal digits)");
        }
        List<Path> directories = new ArrayList<>(List.of(resolve(templateDirectory)));
        if (outputDirectory != null && Files.isDirectory(resolve(outputDirectory))) {
            directories.add(resolve(outputDirectory));
        }
        Path reports = resolve(reportsDirectory);
        ValidateRequest request = new ValidateRequest(directories, includes == null || includes.isEmpty()
                ? List.of("**/*.json") : includes, excludes == null ? List.of() : excludes, base(),
                index, pec,
                catalog().catalog(), ruleSet, LocalDate.now(ZoneOffset.UTC), catalogMaxAgeDays);
        ValidateResult result;
        try {
            result = new Validator().run(request);
            JUnitReport.write(result, failOnWarning, reports.resolve(JUnitReport.FILE));
            SarifReport.write(result.findings(), ruleSet, Lighthouse.version(), base(), reports.resolve(SarifReport.FILE));
        } catch (IOException e) {
            throw new MojoExecutionException("lighthouse:validate could not read or write files: " + e.getMessage(), e);
        }
        report(result, reports);
        List<Finding> findings = result.findings();
        boolean failing = findings.stream().anyMatch(f -> f.isError() || failOnWarning);
        if (failing && failOnError) {
            throw new MojoFailureException(failureMessage("validate", findings, result.failed() + " of "
                    + result.checked() + " templates", null));
        }
        if (failing) {
            getLog().warn("lighthouse.failOnError is false: the build continues despite the findings above.");
        }
    }

    /** What validate needs from the customer list, if there is one; the list itself is not kept. */
    private CustomerIndex customerIndex() throws MojoFailureException, MojoExecutionException {
        if (customers == null || !Files.isRegularFile(resolve(customers))) {
            return null;
        }
        return CustomerIndex.of(customerList(resolve(customers).toFile(), "validate"));
    }

    private void report(ValidateResult result, Path reports) {
        for (TemplateResult t : result.templates()) {
            if (t.skipped()) {
                getLog().info("Skipped " + t.file() + ": " + t.skipNote() + ".");
            }
        }
        FindingReport.log(result.findings(), new MavenBuildLog(getLog()));
        if (result.checked() == 0) {
            getLog().warn("No Lighthouse templates found in " + shown(resolve(templateDirectory))
                    + " (includes " + includes + "); nothing was checked.");
        }
        getLog().info("Validated " + result.checked() + " Lighthouse template" + (result.checked() == 1 ? "" : "s")
                + ": " + (result.checked() - result.failed()) + " passed, " + result.failed() + " failed, "
                + result.skipped() + " other file" + (result.skipped() == 1 ? "" : "s") + " skipped. Reports: "
                + shown(reports) + "/" + JUnitReport.FILE + ", " + SarifReport.FILE + ".");
    }
}
