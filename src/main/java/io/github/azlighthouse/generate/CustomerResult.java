package io.github.azlighthouse.generate;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Finding;
import java.util.List;

/**
 * What one customer contributes to a run: its summary entry, its delegations (every subscription and
 * offer), its findings, and the files staged for it. {@link GenerateListener}s get one per customer.
 *
 * @param summary {@code null} for a customer that failed the input checks (then only findings are known)
 * @param files staged files, relative to the output directory
 */
public record CustomerResult(
        String customerId,
        String customerName,
        RunSummary.Customer summary,
        List<Delegation> delegations,
        List<Finding> findings,
        List<String> files) {

    /** A customer that failed the input checks: its findings only. */
    static CustomerResult invalid(List<Finding> findings) {
        return new CustomerResult(null, null, null, List.of(), findings, List.of());
    }
}
