package io.github.azlighthouse.diff;

import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Customer lists for diff tests: {@link #BASE} and edits of it, compared through {@link Differ}. */
final class Lists {

    static final RoleCatalog CATALOG = RoleCatalog.bundled();

    static final String BASE = """
            managingTenantId: 6f1e0c3a-5b7d-4c2e-9a10-3d4e5f607181
            partnerId: "1234567"
            pecAutomationAccount:
              principalId: 3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f
              displayName: PEC Automation Account
              role: Contributor
            principals:
              tier1: { principalId: 0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e, displayName: Tier 1 Support, type: Group }
              tier2: { principalId: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d, displayName: Tier 2 Engineers, type: Group }
              approvers: { principalId: 2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f, displayName: PIM Approvers, type: Group }
            offers:
              standard:
                name: Contoso Managed Services
                authorizations:
                  - { principal: tier1, role: Reader }
                  - { principal: tier1, role: Managed Services Registration assignment Delete Role }
                  - { principal: tier2, role: Reader }
                eligibleAuthorizations:
                  - { principal: tier2, role: Contributor, maximumActivationDuration: PT4H, multiFactorAuth: true, approvers: [approvers] }
            customers:
              - id: fabrikam
                name: Fabrikam Ltd
                tenantId: 7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a
                offers: [standard]
                subscriptions:
                  - subscriptionId: 8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b
                  - subscriptionId: 9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c
                    resourceGroups: [rg-web, rg-data]
              - id: northwind
                name: Northwind Traders
                tenantId: a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d
                offers: [standard]
                subscriptions:
                  - subscriptionId: b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e
            """;

    static final String FABRIKAM_1 = "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b";
    static final String FABRIKAM_2 = "9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c";
    static final String NORTHWIND_1 = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e";
    static final String PEC = "3c0e5d1e-8f2a-4b6c-9d7e-0a1b2c3d4e5f";
    static final String TIER2 = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

    private Lists() {}

    /** BASE with each {@code from -> to} replacement applied (each must be found). */
    static String edit(String list, String... fromTo) {
        String out = list;
        for (int i = 0; i < fromTo.length; i += 2) {
            if (!out.contains(fromTo[i])) {
                throw new IllegalArgumentException("not in the list: " + fromTo[i]);
            }
            out = out.replace(fromTo[i], fromTo[i + 1]);
        }
        return out;
    }

    /** A diff's outcome, its changes read out. */
    record Outcome(DiffResult result, List<CustomerChanges> customers, List<Change> changes, List<Finding> findings) {

        /** Every change as {@code kind customer subscription offer principal role: before -> after}. */
        List<String> lines() {
            return changes.stream().map(Lists::line).toList();
        }
    }

    static String line(Change c) {
        StringBuilder s = new StringBuilder(c.kind().label());
        for (String part :
                new String[] {c.customer(), c.subscription(), c.scope(), c.offer(), c.principal(), c.role()}) {
            if (part != null) {
                s.append(' ').append(part);
            }
        }
        return s.append(": ")
                .append(c.before())
                .append(" -> ")
                .append(c.after())
                .toString();
    }

    static Outcome diff(Path dir, String baseline, String current) throws IOException {
        return diff(dir, baseline, current, RuleSet.defaults());
    }

    static Outcome diff(Path dir, String baseline, String current, RuleSet rules) throws IOException {
        Path before = dir.resolve("baseline.yaml");
        Path after = dir.resolve("customers.yaml");
        Files.writeString(before, baseline, StandardCharsets.UTF_8);
        Files.writeString(after, current, StandardCharsets.UTF_8);
        return run(dir, before, "baseline.yaml", after, rules);
    }

    static Outcome run(Path dir, Path baseline, String shown, Path current, RuleSet rules) throws IOException {
        DiffRequest request =
                new DiffRequest(current, baseline, shown, dir, CATALOG, rules, LocalDate.of(2026, 11, 24), 180, dir);
        DiffResult result = new Differ().run(request);
        List<CustomerChanges> customers = new ArrayList<>();
        result.each(customers::add);
        List<Change> changes =
                customers.stream().flatMap(c -> c.changes().stream()).toList();
        result.close();
        return new Outcome(result, customers, changes, result.findings());
    }
}
