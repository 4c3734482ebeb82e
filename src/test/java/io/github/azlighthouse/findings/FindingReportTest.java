package io.github.azlighthouse.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.source.Position;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingReportTest {

    @Test
    void levelComesFromSeverityAndRepeatsAcrossCustomersPrintOnce() {
        Position offer = new Position("customers.yaml", 24, 5);
        List<Finding> findings = List.of(
                new Finding("role-owner", Severity.ERROR, offer, new Subject("a", "s1", "std"), "Owner"),
                new Finding("role-owner", Severity.ERROR, offer, new Subject("b", "s2", "std"), "Owner"),
                // a warning whose text happens to look like an error line stays a warning
                new Finding(
                        "schema-unknown",
                        Severity.WARNING,
                        new Position("t.json", 2, 14),
                        Subject.NONE,
                        "see x.json:1:1: error [template-structure]"));
        List<String> logged = new ArrayList<>();
        FindingReport.log(findings, new BuildLog() {
            @Override
            public void info(String l) {
                logged.add("INFO " + l);
            }

            @Override
            public void warn(String l) {
                logged.add("WARN " + l);
            }

            @Override
            public void error(String l) {
                logged.add("ERROR " + l);
            }
        });
        assertThat(logged)
                .containsExactly(
                        "ERROR customers.yaml:24:5: error [role-owner] customer 'a', subscription s1, offer 'std': Owner (also b/s2/std)",
                        "WARN t.json:2:14: warning [schema-unknown] see x.json:1:1: error [template-structure]");
    }
}
