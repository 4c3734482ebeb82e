package io.github.azlighthouse.audit;

import static io.github.azlighthouse.audit.Billing.COST_DETAILS;
import static io.github.azlighthouse.audit.Billing.DAILY_RATED_USAGE;
import static io.github.azlighthouse.audit.Billing.csv;
import static io.github.azlighthouse.audit.Billing.line;
import static io.github.azlighthouse.audit.Billing.usage;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.azlighthouse.findings.FindingSink;
import io.github.azlighthouse.findings.Severities;
import io.github.azlighthouse.rules.SubscriptionAudit.Usage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BillingReaderTest {

    static final LocalDate AUDIT = LocalDate.of(2026, 11, 24); // settled: usage up to 2026-11-21
    static final String T = Exports.FABRIKAM;
    static final String APPLIED = "11111111-0000-4000-8000-000000000001";
    static final String NONE = "11111111-0000-4000-8000-000000000002";
    static final String PARTLY = "11111111-0000-4000-8000-000000000003";
    static final String SETTLING = "11111111-0000-4000-8000-000000000004";

    @TempDir
    Path dir;

    final BillingReader reader = new BillingReader();
    final UsageTable table = new UsageTable();
    final FindingSink findings = new FindingSink(Severities.allErrors());

    Map<String, UsageTable.Billed> read(String name, String content) throws IOException {
        Path file = Billing.write(dir.resolve(name), content);
        reader.read(file, name, table, findings);
        return table.bySubscription(AUDIT);
    }

    @Test
    void dailyRatedUsageWithPecAppliedNotAppliedPartlyAndOnlyTheSettlingWindowMissing() throws IOException {
        List<Map<String, String>> lines = new ArrayList<>();
        for (int d = 1; d <= 5; d++) {
            String day = "2026-11-0" + d + "T00:00:00";
            lines.add(usage(T, APPLIED, day, d % 2 == 0 ? "15.00" : "15", "10.00"));
            lines.add(usage(T, NONE, day, "0", "4.5"));
            lines.add(usage(T, PARTLY, day, d <= 3 ? "0.15" : "0", "2"));
        }
        lines.add(usage(T, SETTLING, "2026-11-20T00:00:00", "15%", "7"));
        lines.add(usage(T, SETTLING, "2026-11-22T00:00:00", "0", "7")); // inside the 48-hour window: not judged
        lines.add(usage(T, SETTLING, "11/23/2026 00:00:00", "0", "7"));
        // lines that never carry PEC: not counted as PEC not applied
        lines.add(with(usage(T, NONE, "2026-11-02", "0", "100"), "BenefitType", "Reservation", "BenefitID", "r-1"));
        lines.add(with(usage(T, NONE, "2026-11-02", "0", "100"), "MeterName", "D2 v3 Spot"));
        lines.add(with(usage(T, NONE, "2026-11-02", "0", "100"), "PublisherName", "Contoso Marketplace Vendor"));
        Map<String, UsageTable.Billed> billed = read("daily.csv", csv(DAILY_RATED_USAGE, lines));

        assertThat(findings.findings()).isEmpty();
        assertThat(table.lines).isEqualTo(21);
        assertThat(table.neverPecLines).isEqualTo(3);
        Usage applied = billed.get(APPLIED).usage();
        assertThat(applied.applied()).isEqualTo("yes");
        assertThat(applied.eligibleCost()).isEqualTo(50.0);
        assertThat(applied.missedCost()).isZero();
        assertThat(billed.get(APPLIED).tenantId()).isEqualTo(T);

        Usage none = billed.get(NONE).usage();
        assertThat(none.applied()).isEqualTo("no");
        assertThat(none.eligibleCost()).isEqualTo(22.5);
        assertThat(none.missedCost()).isEqualTo(22.5);
        assertThat(none.daysWithoutPec()).isEqualTo(5);
        assertThat(none.firstMissed()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(none.lastMissed()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(none.firstMissedAt().toString()).isEqualTo("daily.csv:3:1"); // the first NONE line

        Usage partly = billed.get(PARTLY).usage();
        assertThat(partly.applied()).isEqualTo("partly");
        assertThat(partly.missedCost()).isEqualTo(4.0);
        assertThat(partly.firstMissed()).isEqualTo(LocalDate.of(2026, 11, 4));

        Usage settling = billed.get(SETTLING).usage();
        assertThat(settling.applied()).isEqualTo("yes");
        assertThat(settling.unsettledDays()).isEqualTo(2);
        assertThat(settling.eligibleCost()).isEqualTo(7.0);
        assertThat(table.settledPeriod(AUDIT)).containsExactly(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 21));
    }

    static Map<String, String> with(Map<String, String> line, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            line.put(pairs[i], pairs[i + 1]);
        }
        return line;
    }

    static Map<String, String> cost(String subscription, String date, String applied, String rate, String cost) {
        return line(
                "date",
                date,
                "meterName",
                "D2 v3",
                "meterCategory",
                "Virtual Machines",
                "SubscriptionId",
                subscription,
                "publisherType",
                "Azure",
                "publisherName",
                "Microsoft",
                "chargeType",
                "Usage",
                "pricingModel",
                "OnDemand",
                "costInBillingCurrency",
                cost,
                "customerTenantId",
                T,
                "partnerEarnedCreditRate",
                rate,
                "partnerEarnedCreditApplied",
                applied);
    }

    @Test
    void costDetailsExportCompressedWithLenientFlags() throws IOException {
        List<Map<String, String>> lines = List.of(
                cost(APPLIED, "11/01/2026", "True", "0.15", "8.5"),
                cost(APPLIED, "2026-11-02", "true", "0.15", "1.5"),
                cost(APPLIED, "2026-11-03", "1", "", "1"),
                cost(NONE, "11/01/2026", "False", "0", "3"),
                cost(NONE, "11/02/2026", "0", "0", "3"),
                cost(PARTLY, "11/01/2026", "", "0.15", "5"), // no flag: the rate says it was applied
                cost(PARTLY, "11/02/2026", "False", "0", "5"),
                with(cost(NONE, "11/02/2026", "False", "0", "50"), "pricingModel", "Spot"),
                with(
                        cost(NONE, "11/02/2026", "False", "0", "50"),
                        "pricingModel",
                        "Reservation",
                        "reservationId",
                        "r1"),
                with(cost(NONE, "11/02/2026", "False", "0", "50"), "pricingModel", "SavingsPlan"),
                with(cost(NONE, "11/02/2026", "False", "0", "50"), "publisherType", "Marketplace"),
                with(cost(NONE, "11/02/2026", "False", "0", "50"), "chargeType", "Purchase"));
        Map<String, UsageTable.Billed> billed = read("costs.csv.gz", csv(COST_DETAILS, lines));
        assertThat(findings.findings()).isEmpty();
        assertThat(table.neverPecLines).isEqualTo(5);
        assertThat(billed.get(APPLIED).usage().applied()).isEqualTo("yes");
        assertThat(billed.get(APPLIED).usage().eligibleCost()).isEqualTo(11.0);
        assertThat(billed.get(NONE).usage().applied()).isEqualTo("no");
        assertThat(billed.get(NONE).usage().eligibleCost()).isEqualTo(6.0);
        assertThat(billed.get(PARTLY).usage().applied()).isEqualTo("partly");
    }

    @Test
    void aFileThatIsNoBillingExportIsOneFinding() throws IOException {
        read("other.csv", "Name,Value\r\na,1\r\n");
        assertThat(findings.findings()).singleElement().satisfies(f -> {
            assertThat(f.toString())
                    .startsWith(
                            "other.csv:1:1: error [input-invalid] not a Partner Center daily rated" + " usage file");
        });
        findings.findings().clear();
        read("subscope.csv", "date,SubscriptionId,costInBillingCurrency\r\n2026-11-01,x,1\r\n");
        assertThat(findings.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("exports at subscription scope have no PEC columns"));
        findings.findings().clear();
        read("empty.csv", "");
        assertThat(findings.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("the file is empty"));
    }

    @Test
    void badLinesAreFindingsWithTheirLineAndTheOthersAreRead() throws IOException {
        List<Map<String, String>> lines = new ArrayList<>();
        lines.add(usage(T, APPLIED, "2026-11-01", "15", "1"));
        lines.add(usage(T, APPLIED, "yesterday", "15", "1"));
        lines.add(usage(T, "not-a-guid", "2026-11-01", "15", "1"));
        lines.add(usage(T, APPLIED, "2026-11-02", "fifteen", "1"));
        lines.add(usage(T, APPLIED, "2026-11-03", "15", "n/a"));
        lines.add(usage(T, "", "2026-11-03", "15", "1")); // no subscription: skipped, not an error
        lines.add(usage(T, APPLIED, "2026-11-04", "15", "1"));
        Map<String, UsageTable.Billed> billed = read("daily.csv", csv(DAILY_RATED_USAGE, lines));
        assertThat(findings.findings())
                .extracting(f -> f.toString().substring(0, f.toString().indexOf(';')))
                .containsExactly(
                        "daily.csv:3:1: error [input-invalid] no readable UsageDate",
                        "daily.csv:4:1: error [input-invalid] subscription 'not-a-guid' is not a GUID",
                        "daily.csv:5:1: error [input-invalid] no readable PartnerEarnedCreditPercentage (0 or 15)",
                        "daily.csv:6:1: error [input-invalid] no readable cost");
        assertThat(table.skippedLines).isEqualTo(1);
        assertThat(billed.get(APPLIED).usage().eligibleCost()).isEqualTo(2.0);
    }

    @Test
    void manyBadLinesAreCountedAfterTheFirstTen() throws IOException {
        List<Map<String, String>> lines = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            lines.add(usage(T, APPLIED, "never", "15", "1"));
        }
        read("daily.csv", csv(DAILY_RATED_USAGE, lines));
        assertThat(findings.findings()).hasSize(11);
        assertThat(findings.findings().get(10).message()).startsWith("15 more lines could not be read");
    }
}
