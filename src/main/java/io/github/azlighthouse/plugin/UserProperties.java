package io.github.azlighthouse.plugin;

/**
 * The user properties of the goals' parameters, each named once: settable with {@code -D} or in the POM's
 * {@code <properties>}. Parameters refer to these constants, so a name cannot drift between goals.
 */
final class UserProperties {

    /** Skips every goal. */
    static final String SKIP = "lighthouse.skip";

    static final String GENERATE_SKIP = "lighthouse.generate.skip";
    static final String VALIDATE_SKIP = "lighthouse.validate.skip";
    static final String PACKAGE_SKIP = "lighthouse.package.skip";
    static final String AUDIT_SKIP = "lighthouse.audit.skip";
    static final String DIFF_SKIP = "lighthouse.diff.skip";

    static final String ROLE_CATALOG = "lighthouse.roleCatalog";
    static final String CUSTOMERS = "lighthouse.customers";
    static final String OUTPUT_DIRECTORY = "lighthouse.outputDirectory";
    static final String RULES = "lighthouse.rules";
    static final String CATALOG_MAX_AGE_DAYS = "lighthouse.catalogMaxAgeDays";
    static final String FAIL_ON_WARNING = "lighthouse.failOnWarning";
    static final String FAIL_ON_ERROR = "lighthouse.failOnError";
    static final String REPORTS_DIRECTORY = "lighthouse.reportsDirectory";
    static final String BASELINE = "lighthouse.baseline";

    static final String THREADS = "lighthouse.threads";
    static final String ARCHIVE = "lighthouse.archive";
    static final String SKIP_ATTACH = "lighthouse.skipAttach";
    static final String ROLES_FILTER = "lighthouse.roles.filter";

    static final String TEMPLATE_DIRECTORY = "lighthouse.templateDirectory";
    static final String INCLUDES = "lighthouse.includes";
    static final String EXCLUDES = "lighthouse.excludes";
    static final String PAIRINGS = "lighthouse.pairings";
    /** validate and audit: the PEC Automation Account when there is no customer list. */
    static final String PEC_PRINCIPAL_ID = "lighthouse.pecPrincipalId";

    static final String DELEGATIONS = "lighthouse.delegations";
    static final String BILLING = "lighthouse.billing";
    static final String MANAGING_TENANT_ID = "lighthouse.managingTenantId";
    static final String AUDIT_DIRECTORY = "lighthouse.auditDirectory";
    static final String AUDIT_DATE = "lighthouse.auditDate";
    static final String PEC_RATE = "lighthouse.pecRate";

    private UserProperties() {}
}
