package io.github.azlighthouse.audit;

import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@code audit} reads and how it judges.
 *
 * @param delegations export files or folders (every {@code .json} below a folder)
 * @param billing billing files or folders ({@code .csv}, {@code .gz}); may be empty
 * @param basedir paths in findings are shown relative to it
 * @param customers the declared estate, or null
 * @param pecPrincipalId the PEC Automation Account when there is no customer list
 * @param managingTenantId our tenant when there is no customer list; null takes every delegation
 * @param auditDate the day of the audit: usage of its last three days is still settling
 * @param pecRate the PEC rate for the estimate of credit not earned (0.15)
 */
public record AuditRequest(
        List<Path> delegations,
        List<Path> billing,
        Path basedir,
        CustomerList customers,
        String pecPrincipalId,
        String managingTenantId,
        RoleCatalog catalog,
        RuleSet rules,
        LocalDate auditDate,
        int catalogMaxAgeDays,
        double pecRate) {}
