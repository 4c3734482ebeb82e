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
        DAILY_RATED_USAGE("Partner Center daily rated usage"),
        COST_DETAILS("Cost Management cost details");

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
        int kind = format == Format.DAILY_RATED_USAGE
                ? switch (name) {
                    case "customerid" -> TENANT;
                    case "entitlementid" -> SUBSCRIPTION;
                    case "usagedate" -> DATE;
                    case "partnerearnedcreditpercentage" -> PEC_PERCENT;
                    case "billingpretaxtotal" -> COST;
                    case "pricingpretaxtotal" -> COST_FALLBACK;
                    case "benefittype", "benefitid", "benefitorderid" -> BENEFIT;
                    default -> NONE;
                }
                : switch (name) {
                    case "customertenantid" -> TENANT;
                    case "subscriptionid" -> SUBSCRIPTION;
                    case "date" -> DATE;
                    case "partnerearnedcreditapplied" -> PEC_APPLIED;
                    case "partnerearnedcreditrate" -> PEC_RATE;
                    case "costinbillingcurrency" -> COST;
                    case "costinpricingcurrency", "cost" -> COST_FALLBACK;
                    case "pricingmodel" -> PRICING_MODEL;
                    case "publishertype" -> PUBLISHER_TYPE;
                    case "reservationid", "benefitid" -> BENEFIT;
                    default -> NONE;
                };
        if (kind != NONE) {
            return kind;
        }
        return switch (name) {
            case "chargetype" -> CHARGE_TYPE;
            case "publishername" -> PUBLISHER_NAME;
            case "metercategory", "metersubcategory", "metername" -> METER;
            default -> NONE;
        };
    }

    /** Why a header is not one the audit reads. */
    static String problem(List<String> header) {
        List<String> names = header.stream().map(BillingColumns::normalise).toList();
        if (names.contains("subscriptionid")
                && names.contains("date")
                && !names.contains("partnerearnedcreditapplied")) {
            return "a cost-details export without partnerEarnedCreditApplied: exports at subscription scope have no PEC"
                    + " columns; export cost details at the partner's billing account (Cost Management, billing scope)";
        }
        return "not a Partner Center daily rated usage file (CustomerId, EntitlementId, UsageDate,"
                + " PartnerEarnedCreditPercentage) nor a Cost Management cost-details export (customerTenantId,"
                + " SubscriptionId, date, partnerEarnedCreditApplied): the header has none of these sets";
    }
}
