package io.github.azlighthouse.plugin;

import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.findings.FindingReport;
import io.github.azlighthouse.pack.PackageRequest;
import io.github.azlighthouse.pack.PackageResult;
import io.github.azlighthouse.pack.Packager;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Packages {@code generate}'s validated output as one archive per customer (its onboarding kit: templates,
 * {@code deploy.sh}, {@code deploy.ps1}, {@code offboard.sh}, {@code offboard.ps1}, README and its own manifest),
 * attached with classifier {@code onboarding-<customer-id>}, and one partner archive (the partner-ID linking and
 * delegation-collecting scripts, the access review and the full manifest), attached with classifier
 * {@code onboarding}, so that {@code mvn deploy} publishes them. Refuses output that no longer passes the rules,
 * or that was generated from another version of the customer list.
 *
 * @since 0.1.0
 */
@Mojo(name = "package", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PackageMojo extends AbstractOutputMojo {

    /** Default entry time when {@code project.build.outputTimestamp} is not set: still reproducible. */
    static final Instant DEFAULT_TIMESTAMP = Instant.parse("2000-01-01T00:00:00Z");

    /**
     * The partner's release archive to write; each customer's archive is written beside it, named with
     * {@code -<customer-id>} before {@code .zip}.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = UserProperties.ARCHIVE,
            defaultValue = "${project.build.directory}/${project.build.finalName}-onboarding.zip")
    private File archive;

    /**
     * Timestamp of every archive entry (ISO 8601, or seconds since the epoch), for reproducible archives.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /**
     * Do not attach the archive to the project (it is still written).
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.SKIP_ATTACH, defaultValue = "false")
    private boolean skipAttach;

    /**
     * Skip this goal only.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.PACKAGE_SKIP, defaultValue = "false")
    private boolean skipPackage;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Component
    private MavenProjectHelper projectHelper;

    public PackageMojo() {
        super("package");
    }

    @Override
    protected String goalSkippedBy() {
        return skipPackage ? UserProperties.PACKAGE_SKIP : null;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        CustomerList list = customers != null && customers.isFile() ? customerList(customers, "package") : null;
        String inputHash;
        try {
            inputHash = customers != null && customers.isFile()
                    ? Packager.sha256(Files.readAllBytes(customers.toPath()))
                    : "";
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read " + customers + ": " + e.getMessage(), e);
        }
        PackageRequest request = new PackageRequest(
                outputDirectory.toPath(),
                archive.toPath(),
                base(),
                list,
                inputHash,
                catalog().catalog(),
                ruleSet(),
                LocalDate.now(ZoneOffset.UTC),
                catalogMaxAgeDays,
                Lighthouse.version(),
                timestamp().toEpochMilli());
        PackageResult result;
        try {
            result = new Packager().run(request);
        } catch (IOException e) {
            throw new MojoExecutionException("lighthouse:package could not read or write files: " + e.getMessage(), e);
        }
        if (result.refused()) {
            FindingReport.log(result.findings(), new MavenBuildLog(getLog()));
            throw new MojoFailureException("lighthouse:package: " + result.refusal() + ".");
        }
        getLog().info("Packaged " + result.customers() + " customer kit" + (result.customers() == 1 ? "" : "s")
                + " (" + result.files() + " files): one archive per customer, "
                + shown(archive.toPath()).replaceFirst("(?i)\\.zip$", "") + "-<customer-id>.zip"
                + ", and the partner's " + shown(archive.toPath()) + ".");
        if (skipAttach || project == null || projectHelper == null) {
            getLog().info("Not attached (lighthouse.skipAttach).");
            return;
        }
        for (PackageResult.Archive a : result.archives()) {
            projectHelper.attachArtifact(
                    project, "zip", a.classifier(), a.file().toFile());
        }
    }

    private Instant timestamp() throws MojoFailureException {
        String value = outputTimestamp == null ? "" : outputTimestamp.trim();
        if (value.length() <= 1) { // Maven's convention: unset or a single character means "not configured"
            getLog().debug("project.build.outputTimestamp is not set; archive entries get " + DEFAULT_TIMESTAMP);
            return DEFAULT_TIMESTAMP;
        }
        try {
            return value.chars().allMatch(Character::isDigit)
                    ? Instant.ofEpochSecond(Long.parseLong(value))
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new MojoFailureException("project.build.outputTimestamp '" + value + "' is neither ISO 8601"
                    + " (2026-11-24T00:00:00Z) nor seconds since the epoch");
        }
    }
}
