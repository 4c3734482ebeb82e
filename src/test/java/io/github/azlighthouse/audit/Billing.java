package io.github.azlighthouse.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Billing exports in the documented column layouts, for tests and the benchmark. */
public final class Billing {

    /** Partner Center daily rated usage reconciliation file (new commerce), every documented column. */
    public static final List<String> DAILY_RATED_USAGE = List.of(
            "PartnerId",
            "PartnerName",
            "CustomerId",
            "CustomerName",
            "CustomerDomainName",
            "CustomerCountry",
            "MpnId",
            "Tier2MpnId",
            "InvoiceNumber",
            "ProductId",
            "SkuId",
            "AvailabilityId",
            "SkuName",
            "ProductName",
            "PublisherName",
            "PublisherId",
            "SubscriptionDescription",
            "SubscriptionId",
            "ChargeStartDate",
            "ChargeEndDate",
            "UsageDate",
            "MeterType",
            "MeterCategory",
            "MeterId",
            "MeterSubCategory",
            "MeterName",
            "MeterRegion",
            "Unit",
            "ResourceLocation",
            "ConsumedService",
            "ResourceGroup",
            "ResourceURI",
            "ChargeType",
            "UnitPrice",
            "Quantity",
            "UnitType",
            "BillingPreTaxTotal",
            "BillingCurrency",
            "PricingPreTaxTotal",
            "PricingCurrency",
            "ServiceInfo1",
            "ServiceInfo2",
            "Tags",
            "AdditionalInfo",
            "EffectiveUnitPrice",
            "PCToBCExchangeRate",
            "PCToBCExchangeRateDate",
            "EntitlementId",
            "EntitlementDescription",
            "PartnerEarnedCreditPercentage",
            "CreditPercentage",
            "CreditType",
            "BenefitOrderID",
            "BenefitID",
            "BenefitType");

    /** Azure Cost Management cost-details export at a partner billing scope (the columns the audit reads and more). */
    public static final List<String> COST_DETAILS = List.of(
            "invoiceId",
            "billingAccountId",
            "billingAccountName",
            "billingProfileId",
            "partnerName",
            "resellerName",
            "resellerMpnId",
            "date",
            "serviceFamily",
            "meterId",
            "meterName",
            "meterCategory",
            "meterSubCategory",
            "meterRegion",
            "ProductName",
            "SubscriptionId",
            "subscriptionName",
            "publisherType",
            "publisherName",
            "resourceGroupName",
            "ResourceId",
            "quantity",
            "unitOfMeasure",
            "chargeType",
            "billingCurrency",
            "costInBillingCurrency",
            "costInPricingCurrency",
            "paygCostInBillingCurrency",
            "pricingModel",
            "reservationId",
            "benefitId",
            "customerTenantId",
            "customerName",
            "partnerTenantId",
            "partnerEarnedCreditRate",
            "partnerEarnedCreditApplied",
            "tags");

    private Billing() {}

    /** One line: the named columns set, every other empty. */
    public static Map<String, String> line(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** A daily rated usage line of Azure plan usage. */
    public static Map<String, String> usage(String tenant, String subscription, String day, String pec, String cost) {
        Map<String, String> m = line(
                "PartnerId",
                "0e195b37-4574-4539-bc42-0e539b9684c0",
                "PartnerName",
                "Contoso",
                "CustomerId",
                tenant,
                "CustomerName",
                "Fabrikam Ltd",
                "ProductName",
                "Azure plan",
                "PublisherName",
                "Microsoft",
                "SubscriptionId",
                "a1b2c3d4-0000-4000-8000-000000000001",
                "UsageDate",
                day,
                "MeterType",
                "1 Hour",
                "MeterCategory",
                "Virtual Machines",
                "MeterSubCategory",
                "Dv3/DSv3 Series",
                "MeterName",
                "D2 v3",
                "MeterRegion",
                "EU West",
                "ChargeType",
                "new",
                "Quantity",
                "24",
                "BillingPreTaxTotal",
                cost,
                "BillingCurrency",
                "EUR",
                "PricingPreTaxTotal",
                cost,
                "PricingCurrency",
                "EUR",
                "Tags",
                "{\"env\":\"prod\",\"team\":\"web, api\"}",
                "EntitlementId",
                subscription,
                "EntitlementDescription",
                "Azure subscription 1",
                "PartnerEarnedCreditPercentage",
                pec);
        return m;
    }

    public static String csv(List<String> columns, List<Map<String, String>> lines) {
        StringBuilder s = new StringBuilder(String.join(",", columns)).append("\r\n");
        for (Map<String, String> line : lines) {
            List<String> values = new ArrayList<>();
            for (String c : columns) {
                values.add(quote(line.getOrDefault(c, "")));
            }
            s.append(String.join(",", values)).append("\r\n");
        }
        return s.toString();
    }

    static String quote(String v) {
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\""
                : v;
    }

    public static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (file.toString().endsWith(".gz")) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
                    Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                w.write(content);
            }
        } else {
            Files.writeString(file, content);
        }
        return file;
    }
}
