package io.github.azlighthouse.plugin;

import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.diff.DiffRequest;
import io.github.azlighthouse.diff.DiffResult;
import io.github.azlighthouse.diff.Differ;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.FindingReport;
import io.github.azlighthouse.report.DiffJson;
import io.github.azlighthouse.report.DiffMarkdown;
import io.github.azlighthouse.rules.RuleSet;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Shows what a change of the customer list grants and removes, against a baseline: customers, subscriptions,
 * resource groups and offers added or removed, permanent and eligible access added or removed (principal and role,
 * by name and ID), just-in-time policy and approver changes, offers renamed, and the PEC gate before and after.
 * Writes {@code diff.md} (for a pull-request comment) and {@code diff.json} into the output directory, and JUnit XML
 * and SARIF of its findings ({@code pec-regression}, {@code offer-renamed}, {@code privileged-access-added}) into
 * the reports directory. No default phase: bind it to {@code verify} for pull requests.
 *
 * @since 0.1.0
 */
@Mojo(name = "diff", threadSafe = true)
public class DiffMojo extends AbstractCheckMojo {

    /**
     * What to compare with: a customer-list file (the target branch's, e.g. {@code git show
     * origin/main:src/main/lighthouse/customers.yaml > target/baseline.yaml}), a {@code generate} output directory,
     * an onboarding archive ({@code *-onboarding.zip}), or {@code groupId:artifactId:version} of a released
     * onboarding archive (classifier {@code onboarding}, type {@code zip}), resolved from the build's repositories.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.BASELINE)
    private String baseline;

    /**
     * Skip this goal only.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.DIFF_SKIP, defaultValue = "false")
    private boolean skipDiff;

    @Component
    private RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
    private RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
    private List<RemoteRepository> remoteRepositories;

    public DiffMojo() {
        super("diff");
    }

    @Override
    protected String goalSkippedBy() {
        return skipDiff ? UserProperties.DIFF_SKIP : null;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        RuleSet ruleSet = ruleSet();
        if (baseline == null || baseline.isBlank()) {
            throw new MojoFailureException("lighthouse:diff needs a baseline to compare with: -Dlighthouse.baseline="
                    + "<customer list, generate output directory, onboarding archive or groupId:artifactId:version>;"
                    + " in a pull request, the target branch's list: git show origin/main:src/main/lighthouse/customers.yaml"
                    + " > target/baseline.yaml");
        }
        if (!customers.isFile()) {
            throw new MojoFailureException("Customer list " + customers + " not found. Create it (see README,"
                    + " 'The customer list') or point -Dlighthouse.customers at it.");
        }
        Path file = resolve(new File(baseline.trim()));
        String shown;
        if (!Files.exists(file) && ReleasedArchive.isCoordinates(baseline.trim())) {
            shown = baseline.trim();
            file = new ReleasedArchive(repositorySystem, repositorySession, remoteRepositories).resolve(shown);
            getLog().info("Baseline " + shown + ": " + file);
        } else if (!Files.exists(file)) {
            throw new MojoFailureException("lighthouse.baseline " + baseline + ": no such file or folder (" + file
                    + "); give a customer list, a generate output directory, an onboarding archive, or"
                    + " groupId:artifactId:version of a released one");
        } else {
            shown = shown(file);
        }
        Path out = outputDirectory.toPath();
        Path reports = resolveBuildPath(reportsDirectory, "lighthouse-reports");
        try {
            Files.createDirectories(out);
            DiffRequest request = new DiffRequest(
                    customers.toPath(),
                    file,
                    shown,
                    base(),
                    catalog().catalog(),
                    ruleSet,
                    LocalDate.now(ZoneOffset.UTC),
                    catalogMaxAgeDays,
                    out.toAbsolutePath().getParent());
            try (DiffResult result = new Differ().run(request)) {
                DiffMarkdown.write(result, out.resolve(DiffMarkdown.FILE), Lighthouse.version());
                DiffJson.write(result, out.resolve(DiffJson.FILE), Lighthouse.version());
                ListReports.write(
                        "diff", shown(customers.toPath()), result.findings(), ruleSet, failOnWarning, base(), reports);
                report(result, out, reports);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("lighthouse:diff could not read or write files: " + e.getMessage(), e);
        }
    }

    private void report(DiffResult result, Path out, Path reports) throws MojoFailureException {
        List<Finding> findings = result.findings();
        DiffMarkdown.console(result).forEach(getLog()::info);
        FindingReport.log(findings, new MavenBuildLog(getLog()));
        getLog().info("Reports: " + shown(out) + "/" + DiffMarkdown.FILE + ", " + DiffJson.FILE + "; " + shown(reports)
                + "/" + ListReports.junit("diff") + ", " + ListReports.sarif("diff") + ".");
        boolean failing = findings.stream().anyMatch(f -> f.isError() || failOnWarning);
        failOrContinue(
                failing,
                failOnError,
                failureMessage("diff", findings, customers.getName() + " against " + result.baseline(), null),
                "");
    }
}
