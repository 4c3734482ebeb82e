package io.github.azlighthouse.plugin;

import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.customers.CustomerListReader;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.FindingReport;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceParser;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: skip, the role catalog, paths, and turning findings into a build result.
 * {@link #execute()} checks {@code lighthouse.skip} and the goal's own switch ({@link #goalSkippedBy()})
 * first, then settles its inputs ({@link #prepare()}) and runs the goal ({@link #run()}).
 */
abstract class AbstractLighthouseMojo extends AbstractMojo {

    /**
     * A role catalog to use instead of the bundled one: either an {@code az role definition list}
     * JSON export (imported on the fly; PEC eligibility from the bundled table) or a catalog written
     * by the project's importer.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.ROLE_CATALOG)
    protected File roleCatalog;

    /**
     * Skip every goal of this plugin.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.SKIP, defaultValue = "false")
    protected boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    protected File basedir;

    /** Where Maven was started: the base for paths when a goal runs without a project. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    protected String executionRoot;

    private final String goal;

    /** @param goal the goal's name, for log lines ({@code lighthouse:<goal>}) */
    protected AbstractLighthouseMojo(String goal) {
        this.goal = goal;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        String skippedBy = skip ? UserProperties.SKIP : goalSkippedBy();
        if (skippedBy != null) {
            getLog().info("Skipping lighthouse:" + goal + " (" + skippedBy + " is true).");
            return;
        }
        prepare();
        run();
    }

    /** Settles what the goal reads before {@link #run()}; the goals on a customer list find it here. */
    protected void prepare() throws MojoFailureException {}

    /**
     * The goal's own skip switch: the user property that skips it when it is set, else {@code null}.
     * Goals with a switch of their own declare it as a parameter and override this.
     */
    protected String goalSkippedBy() {
        return null;
    }

    /** The goal's work, once it is not skipped. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /** The project's folder, or the folder Maven was started in when there is no project. */
    protected Path base() {
        if (basedir != null) {
            return basedir.toPath();
        }
        return Path.of(executionRoot != null ? executionRoot : "").toAbsolutePath();
    }

    /** A configured path, relative ones taken from {@link #base()}. */
    protected Path resolve(File file) {
        return file.isAbsolute() ? file.toPath() : base().resolve(file.getPath());
    }

    /**
     * A path whose default lies in the build directory: without a project, Maven leaves
     * {@code ${project.build.directory}} uninterpolated, so such a default becomes {@code ./target/<name>}.
     */
    protected Path resolveBuildPath(File file, String name) {
        if (file == null || file.getPath().contains("${")) {
            return base().resolve("target").resolve(name);
        }
        return resolve(file);
    }

    /** The configured catalog and a fingerprint of its content for up-to-date checks. */
    protected record Catalog(RoleCatalog catalog, String fingerprint) {}

    /** What {@link #catalog()} would give as its fingerprint, without loading any catalog. */
    protected String catalogFingerprint() {
        return roleCatalog == null
                ? RoleCatalog.bundledFingerprint()
                : roleCatalog.getAbsolutePath() + ":" + roleCatalog.length() + ":" + roleCatalog.lastModified();
    }

    protected Catalog catalog() throws MojoFailureException {
        RoleCatalog bundled = RoleCatalog.bundled();
        if (roleCatalog == null) {
            return new Catalog(bundled, catalogFingerprint());
        }
        try {
            RoleCatalog catalog = RoleCatalog.load(roleCatalog.toPath(), bundled);
            getLog().info("Using role catalog " + roleCatalog + " ("
                    + catalog.roles().size() + " roles as of " + catalog.asOf() + ").");
            return new Catalog(catalog, catalogFingerprint());
        } catch (IOException e) {
            throw new MojoFailureException("Cannot read role catalog " + roleCatalog + ": " + e.getMessage());
        }
    }

    /** Reads the customer list when it exists; input problems are a build failure listing each one. */
    protected CustomerList customerList(File customers, String goal)
            throws MojoFailureException, MojoExecutionException {
        try {
            CustomerListReader.Result read =
                    new CustomerListReader(new SourceParser()).read(customers.toPath(), shown(customers.toPath()));
            if (!read.ok()) {
                FindingReport.log(read.findings(), new MavenBuildLog(getLog()));
                throw new MojoFailureException(failureMessage(goal, read.findings(), customers.getName(), null));
            }
            return read.list();
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read " + customers + ": " + e.getMessage(), e);
        }
    }

    protected String shown(Path path) {
        return Position.shownPath(base(), path);
    }

    /**
     * The build-failure text: how many problems (a problem repeated on several customers counts once; its
     * occurrences are given), where, what was (not) written, and how to proceed.
     */
    protected String failureMessage(String goal, List<Finding> findings, String where, String notWritten) {
        Severity failing = FindingReport.count(findings, Severity.ERROR) > 0 ? Severity.ERROR : Severity.WARNING;
        long problems = FindingReport.problems(findings, failing);
        long occurrences = FindingReport.count(findings, failing);
        String what = problems + " " + failing.label() + (problems == 1 ? "" : "s")
                + (occurrences > problems ? " (" + occurrences + " occurrences)" : "")
                + (failing == Severity.WARNING ? " (lighthouse.failOnWarning is true)" : "");
        List<String> configurable = findings.stream()
                .filter(f -> f.severity() == failing)
                .map(Finding::ruleId)
                .filter(RuleSet::isConfigurable)
                .distinct()
                .sorted()
                .toList();
        return "lighthouse:" + goal + " found " + what + " in " + where + " (listed above)"
                + (notWritten == null ? "" : "; nothing was written to " + notWritten) + ". Fix "
                + (problems == 1 ? "it" : "them")
                + (configurable.isEmpty()
                        ? "."
                        : ", or set the severity of " + and(configurable)
                                + " in <rules> (README: Findings and rules).");
    }

    /**
     * The end of a checking goal: when findings fail it, the build fails with {@code failure}, unless
     * {@code lighthouse.failOnError} is false; then a warning says the build goes on ({@code continuing} adds why
     * that is safe, or is empty).
     */
    protected void failOrContinue(boolean failing, boolean failOnError, String failure, String continuing)
            throws MojoFailureException {
        if (failing && failOnError) {
            throw new MojoFailureException(failure);
        }
        if (failing) {
            getLog().warn("lighthouse.failOnError is false: the build continues despite the findings above" + continuing
                    + ".");
        }
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String and(List<String> items) {
        return items.size() == 1
                ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
