package io.github.azlighthouse.audit;

import static io.github.azlighthouse.audit.Billing.DAILY_RATED_USAGE;
import static io.github.azlighthouse.audit.Billing.usage;
import static io.github.azlighthouse.audit.Exports.CONTRIBUTOR;
import static io.github.azlighthouse.audit.Exports.DELETE_ROLE;
import static io.github.azlighthouse.audit.Exports.MANAGING;
import static io.github.azlighthouse.audit.Exports.NORTHWIND;
import static io.github.azlighthouse.audit.Exports.OTHER_PARTNER;
import static io.github.azlighthouse.audit.Exports.PEC;
import static io.github.azlighthouse.audit.Exports.READER;
import static io.github.azlighthouse.audit.Exports.SUB1;
import static io.github.azlighthouse.audit.Exports.SUB2;
import static io.github.azlighthouse.audit.Exports.SUB3;
import static io.github.azlighthouse.audit.Exports.TIER1;
import static io.github.azlighthouse.audit.Exports.TIER2;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A deployed estate against the example customer list ({@code examples/src/main/lighthouse/customers.yaml}),
 * with a little of everything the audit looks for. Used by the audit tests, and written once into the
 * audit ITs' input ({@link #main}).
 */
public final class Estate {

    /** A subscription of Northwind that the list does not have: delegated, failed, without the PEC account. */
    static final String SUB4 = "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f";

    private Estate() {}

    static String definition(String subscription, String offer) {
        return DelegationMatcher.definitionName(MANAGING, subscription, offer);
    }

    /** fabrikam, subscription 1: both offers; Tier 1 gained Contributor after deployment; PEC stopped on the 5th. */
    static void write(Path delegations, Path billing) throws IOException {
        Exports.write(
                delegations.resolve(SUB1 + ".json"),
                Exports.page(
                        null,
                        Exports.standard(SUB1, definition(SUB1, "standard"))
                                .permanent(TIER1, "Tier 1 Support", CONTRIBUTOR)
                                .rest(), // granted in the portal, not in the list
                        Exports.assignment(SUB1, definition(SUB1, "security"))
                                .offer("Contoso Security Operations")
                                .permanent(TIER1, "Tier 1 Support", "39bc4728-0917-49c7-9d2c-d95423bc2eb4")
                                .permanent(TIER1, "Tier 1 Support", READER)
                                .permanent(TIER1, "Tier 1 Support", DELETE_ROLE)
                                .permanent(PEC, "PEC Automation Account", CONTRIBUTOR)
                                .rest(),
                        Exports.assignment(SUB1, "0d0e0f10-1112-4314-9516-171819202122")
                                .managedBy(OTHER_PARTNER)
                                .offer("Another partner's offer")
                                .permanent(TIER1, "Someone else", READER)
                                .rest()));
        // fabrikam, subscription 2: standard on rg-web only (the list says rg-web and rg-data), security missing.
        // Exported with az managedservices (api 2019-06-01: no eligible authorizations).
        Exports.write(
                delegations.resolve(SUB2 + ".json"),
                Exports.array(Exports.standard(SUB2, definition(SUB2, "standard"))
                        .resourceGroup("rg-web")
                        .cli()));
        // northwind, SUB4 (not in the list): failed, and the PEC account is absent, but tier 2 holds Contributor
        Exports.write(
                delegations.resolve(SUB4 + ".json"),
                Exports.page(
                        null,
                        Exports.assignment(SUB4, "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b")
                                .offer("Contoso Managed Services (2024)")
                                .customer(NORTHWIND, "Northwind Traders")
                                .state("Failed")
                                .permanent(TIER1, "Tier 1 Support", READER)
                                .permanent(TIER1, "Tier 1 Support", DELETE_ROLE)
                                .permanent(TIER2, "Tier 2 Engineers", CONTRIBUTOR)
                                .rest()));
        List<Map<String, String>> lines = new ArrayList<>();
        for (int d = 1; d <= 9; d++) {
            String day = "2026-11-0" + d + "T00:00:00";
            lines.add(usage(Exports.FABRIKAM, SUB1, day, d <= 4 ? "15" : "0", "12.50")); // the link broke on the 5th
            lines.add(usage(Exports.FABRIKAM, SUB2, day, "15", "3.00"));
            lines.add(usage(NORTHWIND, SUB3, day, "0", "20.00")); // never onboarded: no PEC
        }
        lines.add(usage(Exports.FABRIKAM, SUB2, "2026-11-22T00:00:00", "0", "3.00")); // still settling
        lines.add(Billing.line(
                "CustomerId",
                Exports.FABRIKAM,
                "EntitlementId",
                SUB1,
                "UsageDate",
                "2026-11-05",
                "PublisherName",
                "Contoso Marketplace Vendor",
                "BillingPreTaxTotal",
                "99.00",
                "PartnerEarnedCreditPercentage",
                "0")); // third-party: never earns PEC
        Billing.write(billing.resolve("daily-rated-usage-2026-11.csv"), Billing.csv(DAILY_RATED_USAGE, lines));
    }

    /** Writes the estate into a folder: {@code <dir>/delegations} and {@code <dir>/billing}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        write(dir.resolve("delegations"), dir.resolve("billing"));
    }

    static final String[] SUBSCRIPTIONS = {SUB1, SUB2, SUB3, SUB4};
}
