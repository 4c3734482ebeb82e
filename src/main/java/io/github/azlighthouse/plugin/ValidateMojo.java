package io.github.azlighthouse.plugin;

import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.delegation.Guids;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.FindingReport;
import io.github.azlighthouse.report.JUnitReport;
import io.github.azlighthouse.report.SarifReport;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.validate.CustomerIndex;
import io.github.azlighthouse.validate.Pairing;
import io.github.azlighthouse.validate.TemplateFiles;
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
    @Parameter(property = UserProperties.TEMPLATE_DIRECTORY, defaultValue = "${project.basedir}/src/main/arm")
    private File templateDirectory;

    /**
     * Files to check, as globs relative to {@code templateDirectory}.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.INCLUDES, defaultValue = "**/*.json")
    private List<String> includes;

    /**
     * Explicit template / parameter-file pairings, for layouts that naming cannot express: each
     * {@code template=parametersGlob}, both relative to {@code templateDirectory}, e.g.
     * {@code <pairings><pairing>offer.json=customers/*.json</pairing></pairings>} or
     * {@code -Dlighthouse.pairings=offer.json=customers/*.json}. Checked before the pairing by name.
     *
     * @since 0.2.0
     */
    @Parameter(property = UserProperties.PAIRINGS)
    private List<String> pairings;

    /**
     * Files to leave out, as globs relative to {@code templateDirectory}.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.EXCLUDES)
    private List<String> excludes;

    /**
     * Object ID of the PEC Automation Account, for projects without a customer list.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.PEC_PRINCIPAL_ID)
    private String pecPrincipalId;

    /**
     * Skip this goal only.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.VALIDATE_SKIP, defaultValue = "false")
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
                    + " or keep a customer list at " + customersExpectedAt());
        }
        if (index == null && !Guids.isCanonical(pec)) {
            throw new MojoFailureException("lighthouse.pecPrincipalId '" + pec + "' is not a GUID (the service"
                    + " principal's object ID, 8-4-4-4-12 hexadecimal digits)");
        }
        List<Path> directories = new ArrayList<>(List.of(resolve(templateDirectory)));
        if (outputDirectory != null && Files.isDirectory(resolveBuildPath(outputDirectory, "lighthouse"))) {
            directories.add(resolveBuildPath(outputDirectory, "lighthouse"));
        }
        Path reports = resolveBuildPath(reportsDirectory, "lighthouse-reports");
        ValidateRequest request = new ValidateRequest(
                directories,
                includes == null || includes.isEmpty() ? List.of("**/*.json") : includes,
                excludes == null ? List.of() : excludes,
                pairings(),
                base(),
                index,
                pec,
                catalog().catalog(),
                ruleSet,
                LocalDate.now(ZoneOffset.UTC),
                catalogMaxAgeDays);
        ValidateResult result;
        try {
            result = new Validator().run(request);
            JUnitReport.write(result, failOnWarning, reports.resolve(JUnitReport.FILE));
            SarifReport.write(
                    result.findings(), ruleSet, Lighthouse.version(), base(), reports.resolve(SarifReport.FILE));
        } catch (IOException e) {
            throw new MojoExecutionException("lighthouse:validate could not read or write files: " + e.getMessage(), e);
        }
        report(result, reports);
        List<Finding> findings = result.findings();
        boolean failing = findings.stream().anyMatch(f -> f.isError() || failOnWarning);
        failOrContinue(
                failing,
                failOnError,
                failureMessage("validate", findings, result.failed() + " of " + result.checked() + " templates", null),
                "");
    }

    /** {@code template=glob} entries, relative to the template directory. */
    private List<Pairing.Explicit> pairings() throws MojoFailureException {
        List<Pairing.Explicit> out = new ArrayList<>();
        Path dir = resolve(templateDirectory).toAbsolutePath().normalize();
        for (String entry : pairings == null ? List.<String>of() : pairings) {
            int eq = entry.indexOf('=');
            if (entry.isBlank()) {
                continue;
            }
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new MojoFailureException(
                        "lighthouse.pairings entry '" + entry + "' is not template=parametersGlob"
                                + " (e.g. offer.json=customers/*.json, both relative to " + shown(dir) + ")");
            }
            out.add(new Pairing.Explicit(
                    entry.trim(),
                    dir.resolve(entry.substring(0, eq).trim()).normalize(),
                    dir,
                    TemplateFiles.matcher(entry.substring(eq + 1).trim())));
        }
        return out;
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
                getLog().info("Skipped " + t.name() + ": " + t.skipNote() + ".");
            }
        }
        FindingReport.log(result.findings(), new MavenBuildLog(getLog()));
        long checked = result.checked(); // each count is a pass over every unit: once each
        long failed = result.failed();
        long unverified = result.unverified();
        long skipped = result.skipped();
        if (checked == 0) {
            getLog().warn("No Lighthouse templates found in " + shown(resolve(templateDirectory)) + " (includes "
                    + includes + "); nothing was checked.");
        }
        getLog().info("Validated " + checked + " Lighthouse template" + (checked == 1 ? "" : "s")
                + ": " + (checked - failed - unverified) + " passed, "
                + (unverified > 0 ? unverified + " not verified (values known only at deployment)," + " " : "")
                + failed + " failed, "
                + skipped + " other file" + (skipped == 1 ? "" : "s") + " skipped. Reports: "
                + shown(reports) + "/" + JUnitReport.FILE + ", " + SarifReport.FILE + ".");
    }
}
