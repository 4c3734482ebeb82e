package io.github.azlighthouse.plugin;

import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.report.JUnitReport;
import io.github.azlighthouse.report.SarifReport;
import io.github.azlighthouse.rules.RuleSet;
import io.github.azlighthouse.validate.TemplateResult;
import io.github.azlighthouse.validate.ValidateResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML and SARIF for goals whose findings stand in the customer list ({@code generate}, {@code diff}), named
 * after the goal ({@code TEST-lighthouse-generate.xml}, {@code lighthouse-generate.sarif}) so that they sit beside
 * {@code validate}'s in one reports folder without overwriting them. One test case for the list as a whole, and one
 * per customer with findings.
 */
final class ListReports {

    private ListReports() {}

    static String junit(String goal) {
        return "TEST-lighthouse-" + goal + ".xml";
    }

    static String sarif(String goal) {
        return "lighthouse-" + goal + ".sarif";
    }

    static void write(
            String goal,
            String list,
            List<Finding> findings,
            RuleSet rules,
            boolean failOnWarning,
            Path base,
            Path reports)
            throws IOException {
        JUnitReport.write(cases(list, findings), failOnWarning, reports.resolve(junit(goal)), "lighthouse." + goal);
        SarifReport.write(findings, rules, Lighthouse.version(), base, reports.resolve(sarif(goal)));
    }

    /** The list's own case first (findings about no customer), then one per customer in order of their first finding. */
    static ValidateResult cases(String list, List<Finding> findings) {
        Map<String, List<Finding>> byCustomer = new LinkedHashMap<>();
        byCustomer.put(null, new ArrayList<>());
        for (Finding f : findings) {
            byCustomer
                    .computeIfAbsent(f.subject().customerId(), k -> new ArrayList<>())
                    .add(f);
        }
        List<TemplateResult> cases = new ArrayList<>();
        byCustomer.forEach((customer, found) -> cases.add(
                new TemplateResult(customer == null ? list : "customer " + customer, list, null, null, found)));
        return new ValidateResult(cases, List.of());
    }
}
