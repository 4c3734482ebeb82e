package io.github.azlighthouse.plugin;

import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.audit.AuditRequest;
import io.github.azlighthouse.audit.AuditResult;
import io.github.azlighthouse.audit.Auditor;
import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.delegation.Guids;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.FindingReport;
import io.github.azlighthouse.report.AuditJson;
import io.github.azlighthouse.report.AuditReport;
import io.github.azlighthouse.report.JUnitReport;
import io.github.azlighthouse.report.SarifReport;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.validate.TemplateResult;
import io.github.azlighthouse.validate.ValidateResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Audits the deployed estate, offline: reads exports of the registration assignments deployed today (and,
 * optionally, billing exports), runs every rule on each deployed definition with today's role catalog,
 * compares them with the customer list, and says where Partner Earned Credit is lost, why, and what to do.
 * Writes {@code audit.json}, {@code audit.html}, {@code audit.md}, JUnit XML and SARIF. Runs without a project:
 * {@code mvn io.github.azlighthouse:lighthouse-maven-plugin:<version>:audit -Dlighthouse.delegations=delegations}.
 *
 * @since 0.1.0
 */
@Mojo(name = "audit", requiresProject = false, threadSafe = true)
public class AuditMojo extends AbstractRuleMojo {

    /**
     * Exports of the deployed delegations: files or folders (every {@code .json} below them). Each file is the
     * REST list of registration assignments with expanded definitions (what {@code collect-delegations.sh}
     * saves), or the output of {@code az managedservices assignment list --include-definition true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.DELEGATIONS)
    private List<String> delegations;

    /**
     * Billing exports, files or folders ({@code .csv} or gzip): Partner Center daily rated usage, or Cost
     * Management cost details at the partner's billing scope. Optional: without them PEC applied is unknown.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.BILLING)
    private List<String> billing;

    /**
     * Object ID of the PEC Automation Account, when there is no customer list.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.PEC_PRINCIPAL_ID)
    private String pecPrincipalId;

    /**
     * The partner's (managing) tenant, when there is no customer list: only delegations to it are audited.
     * Without either, every delegation in the exports is taken (and the report says so).
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.MANAGING_TENANT_ID)
    private String managingTenantId;

    /**
     * Where {@code audit.json}, {@code audit.html}, {@code audit.md}, {@code TEST-lighthouse.xml} and
     * {@code lighthouse.sarif} go. Without a project: {@code ./target/lighthouse-audit}.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.AUDIT_DIRECTORY, defaultValue = "${project.build.directory}/lighthouse-audit")
    private File auditDirectory;

    /**
     * The day of the audit ({@code yyyy-MM-dd}, default today in UTC): billed usage of its last three days (the
     * day and the 48 hours PEC takes to appear) is not judged. Set it for reproducible reports.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.AUDIT_DATE)
    private String auditDate;

    /**
     * The PEC rate for the estimate of credit not earned (the rate is on the price list; 0.15 = 15 %).
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.PEC_RATE, defaultValue = "0.15")
    private double pecRate = 0.15;

    /**
     * Fail the build on errors. {@code false} reports only.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.FAIL_ON_ERROR, defaultValue = "true")
    private boolean failOnError;

    /**
     * Fail the build on warnings too.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.FAIL_ON_WARNING, defaultValue = "false")
    private boolean failOnWarning;

    /**
     * Skip this goal only.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.AUDIT_SKIP, defaultValue = "false")
    private boolean skipAudit;

    public AuditMojo() {
        super("audit");
    }

    @Override
    protected String goalSkippedBy() {
        return skipAudit ? UserProperties.AUDIT_SKIP : null;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        RuleSet ruleSet = ruleSet();
        Path list = customers == null || customers.getPath().contains("${") ? null : resolve(customers);
        CustomerList customerList =
                list != null && Files.isRegularFile(list) ? customerList(list.toFile(), "audit") : null;
        String pec = customerList != null
                ? customerList.pecAutomationAccount().principal().principalId().value()
                : pecPrincipalId;
        if (pec == null || pec.isBlank() || (customerList == null && !Guids.isCanonical(pec.trim()))) {
            throw new MojoFailureException("lighthouse:audit needs the PEC Automation Account to judge the PEC gate:"
                    + " give its object ID with -Dlighthouse.pecPrincipalId=<guid>, or keep a customer list at "
                    + customersExpectedAt());
        }
        if (customerList == null
                && managingTenantId != null
                && !managingTenantId.isBlank()
                && !Guids.isCanonical(managingTenantId.trim())) {
            throw new MojoFailureException("lighthouse.managingTenantId '" + managingTenantId + "' is not a GUID");
        }
        List<Path> exports = paths(delegations);
        if (exports.isEmpty()) {
            throw new MojoFailureException("lighthouse:audit needs exports of the deployed delegations:"
                    + " -Dlighthouse.delegations=<files or folders>. Run collect-delegations.sh (in the onboarding"
                    + " archive) signed in to the managing tenant, or: az managedservices assignment list"
                    + " --include-definition true > delegations.json");
        }
        if (!(pecRate > 0 && pecRate <= 1)) {
            throw new MojoFailureException(
                    "lighthouse.pecRate " + pecRate + " is not a rate between 0 and 1 (0.15 = 15 %)");
        }
        RoleCatalog catalog = catalog().catalog();
        AuditRequest request = new AuditRequest(
                exports,
                paths(billing),
                base(),
                customerList,
                pec.trim(),
                managingTenantId == null ? null : managingTenantId.trim(),
                catalog,
                ruleSet,
                date(),
                catalogMaxAgeDays,
                pecRate);
        Path out = auditDirectory == null || auditDirectory.getPath().contains("${")
                ? base().resolve("target/lighthouse-audit")
                : resolve(auditDirectory);
        AuditResult result;
        try {
            result = new Auditor().run(request);
            AuditJson.write(result, out.resolve(AuditJson.FILE));
            AuditReport.write(result, out, catalog.asOf().toString(), Lighthouse.version());
            JUnitReport.write(junit(result), failOnWarning, out.resolve(JUnitReport.FILE), "lighthouse.audit");
            SarifReport.write(result.findings(), ruleSet, Lighthouse.version(), base(), out.resolve(SarifReport.FILE));
        } catch (IOException e) {
            throw new MojoExecutionException("lighthouse:audit could not read or write files: " + e.getMessage(), e);
        }
        log(result, out);
        List<Finding> findings = result.findings();
        boolean failing = findings.stream().anyMatch(f -> f.isError() || failOnWarning);
        failOrContinue(
                failing,
                failOnError,
                failureMessage(
                        "audit",
                        findings,
                        result.subscriptions().size() + " audited subscription"
                                + (result.subscriptions().size() == 1 ? "" : "s"),
                        null),
                "");
    }

    private LocalDate date() throws MojoFailureException {
        if (auditDate == null || auditDate.isBlank()) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(auditDate.trim());
        } catch (DateTimeParseException e) {
            throw new MojoFailureException("lighthouse.auditDate '" + auditDate + "' is not a date (yyyy-MM-dd)");
        }
    }

    private List<Path> paths(List<String> values) {
        List<Path> paths = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                for (String part : v.split(",", -1)) {
                    if (!part.isBlank()) {
                        paths.add(resolve(new File(part.trim())));
                    }
                }
            }
        }
        return paths;
    }

    /** One JUnit test case per audited subscription, and one per input file that could not be read. */
    private static ValidateResult junit(AuditResult result) {
        List<TemplateResult> cases = new ArrayList<>();
        Map<String, List<Finding>> byFile = new TreeMap<>();
        result.general()
                .forEach(f -> byFile.computeIfAbsent(f.position().file(), k -> new ArrayList<>())
                        .add(f));
        byFile.forEach((file, found) -> cases.add(new TemplateResult(file, null, null, found)));
        for (AuditResult.SubscriptionResult s : result.subscriptions()) {
            cases.add(new TemplateResult(
                    "subscription " + s.subscriptionId() + (s.customer() == null ? "" : " (" + s.customer() + ")"),
                    null,
                    null,
                    s.findings()));
        }
        return new ValidateResult(cases, List.of());
    }

    private void log(AuditResult result, Path out) {
        result.notes().forEach(n -> getLog().info(n));
        AuditReport.table(result).forEach(l -> getLog().info(l));
        FindingReport.log(result.findings(), new MavenBuildLog(getLog()));
        AuditResult.Totals t = result.totals();
        getLog().info(String.format(
                Locale.ROOT,
                "Audited %d subscription%s on %s (billed usage %s): PEC gate holds on %s,"
                        + " PEC applied on all usage of %d; %.2f billed without PEC, estimated credit not earned %.2f (at %.0f%%).",
                t.subscriptions(),
                t.subscriptions() == 1 ? "" : "s",
                result.auditDate(),
                t.periodFrom() == null ? "none" : t.periodFrom() + " to " + t.periodTo(),
                t.pecCoverage(),
                t.pecAppliedYes(),
                t.missedCost(),
                t.creditNotEarned(),
                result.pecRate() * 100));
        getLog().info("Reports: " + shown(out) + "/" + AuditReport.HTML + ", " + AuditReport.MARKDOWN + ", "
                + AuditJson.FILE + ", " + JUnitReport.FILE + ", " + SarifReport.FILE + ".");
    }
}
