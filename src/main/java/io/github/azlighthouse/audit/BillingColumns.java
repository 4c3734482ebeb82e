package io.github.azlighthouse.audit;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The billing export formats, told apart by their header: which column holds each value the audit reads.
 * Column names are compared case-insensitively; a byte-order mark and surrounding spaces are ignored.
 */
final class BillingColumns {

    static final int TENANT = 0;
    static final int SUBSCRIPTION = 1;
    static final int DATE = 2;
    static final int PEC_PERCENT = 3;
    static final int PEC_APPLIED = 4;
    static final int PEC_RATE = 5;
    static final int COST = 6;
    static final int COST_FALLBACK = 7;
    static final int CHARGE_TYPE = 8;
    static final int PRICING_MODEL = 9;
    static final int PUBLISHER_TYPE = 10;
    static final int PUBLISHER_NAME = 11;
    static final int METER = 12;
    static final int BENEFIT = 13;
    static final int NONE = -1;

    enum Format {
        DAILY_RATED_USAGE("Partner Center daily rated usage"), COST_DETAILS("Cost Management cost details");

        final String label;

        Format(String label) {
            this.label = label;
        }
    }

    final Format format;
    /** Per column of the file, what it holds ({@link #NONE}: not read). */
    final int[] kinds;

    private BillingColumns(Format format, int[] kinds) {
        this.format = format;
        this.kinds = kinds;
    }

    static String normalise(String name) {
        return name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
    }

    /** The format of a header, or {@code null} (then {@link #problem} says why). */
    static BillingColumns of(List<String> header) {
        List<String> names = header.stream().map(BillingColumns::normalise).toList();
        Format format;
        if (names.containsAll(Set.of("customerid", "entitlementid", "usagedate", "partnerearnedcreditpercentage"))) {
            format = Format.DAILY_RATED_USAGE;
        } else if (names.containsAll(Set.of("customertenantid", "subscriptionid", "date"))
                && (names.contains("partnerearnedcreditapplied") || names.contains("partnerearnedcreditrate"))) {
            format = Format.COST_DETAILS;
        } else {
            return null;
        }
        int[] kinds = new int[names.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = kind(format, names.get(i));
        }
        return new BillingColumns(format, kinds);
    }

    private static int kind(Format format, String name) {
        if (format == Format.DAILY_RATED_USAGE) {
            switch (name) {
                case "customerid": return TENANT;
                case "entitlementid": return SUBSCRIPTION;
                case "usagedate": return DATE;
                case "partnerearnedcreditpercentage": return PEC_PERCENT;
                case "billingpretaxtotal": return COST;
                case "pricingpretaxtotal": return COST_FALLBACK;
                case "benefittype", "benefitid", "benefitorderid": return BENEFIT;
                default: break;
            }
        } else {
            switch (name) {
                case "customertenantid": return TENANT;
                case "subscriptionid": return SUBSCRIPTION;
                case "date": return DATE;
                case "partnerearnedcreditapplied": return PEC_APPLIED;
                case "partnerearnedcreditrate": return PEC_RATE;
                case "costinbillingcurrency": return COST;
                case "costinpricingcurrency", "cost": return COST_FALLBACK;
                case "pricingmodel": return PRICING_MODEL;
                case "publishertype": return PUBLISHER_TYPE;
                case "reservationid", "benefitid": return BENEFIT;
                default: break;
            }
        }
        switch (name) {
            case "chargetype": return CHARGE_TYPE;
            case "publishername": return PUBLISHER_NAME;
            case "metercategory", "metersubcategory", "metername": return METER;
            default: return NONE;
        }
    }

    /** Why a header is not one the audit reads. */
    static String problem(List<String> header) {
        List<String> names = header.stream().map(BillingColumns::normalise).toList();
        if (names.contains("subscriptionid") && names.contains("date") && !names.contains("partnerearnedcreditapplied")) {
            return "a cost-details export without partnerEarnedCreditApplied: exports at subscription scope have no PEC"
                    + " columns; export cost details at the partner's billing account (Cost Management, billing scope)";
        }
        return "not a Partner Center daily rated usage file (CustomerId, EntitlementId, UsageDate,"
                + " PartnerEarnedCreditPercentage) nor a Cost Management cost-details export (customerTenantId,"
                + " SubscriptionId, date, partnerEarnedCreditApplied): the header has none of these sets";
    }
}
