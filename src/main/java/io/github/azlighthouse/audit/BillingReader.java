package io.github.azlighthouse.audit;

import static io.github.azlighthouse.audit.BillingColumns.BENEFIT;
import static io.github.azlighthouse.audit.BillingColumns.CHARGE_TYPE;
import static io.github.azlighthouse.audit.BillingColumns.COST;
import static io.github.azlighthouse.audit.BillingColumns.COST_FALLBACK;
import static io.github.azlighthouse.audit.BillingColumns.DATE;
import static io.github.azlighthouse.audit.BillingColumns.METER;
import static io.github.azlighthouse.audit.BillingColumns.NONE;
import static io.github.azlighthouse.audit.BillingColumns.PEC_APPLIED;
import static io.github.azlighthouse.audit.BillingColumns.PEC_PERCENT;
import static io.github.azlighthouse.audit.BillingColumns.PEC_RATE;
import static io.github.azlighthouse.audit.BillingColumns.PRICING_MODEL;
import static io.github.azlighthouse.audit.BillingColumns.PUBLISHER_NAME;
import static io.github.azlighthouse.audit.BillingColumns.PUBLISHER_TYPE;
import static io.github.azlighthouse.audit.BillingColumns.SUBSCRIPTION;
import static io.github.azlighthouse.audit.BillingColumns.TENANT;

import io.github.azlighthouse.findings.FindingSink;
import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.Position;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams billing exports (CSV, or gzip-compressed CSV, told apart by their first bytes) into a
 * {@link UsageTable}: one line at a time, values read from the scanner's buffer ({@link CsvScanner}), so a
 * file of several GB costs the table, not the file. Lines that never carry PEC (reservations and savings plans, Spot,
 * third-party and Marketplace, purchases and refunds) are counted, not judged. Unreadable lines and
 * files become {@code input-invalid} findings with their position (at most {@link #MAX_LINE_FINDINGS}
 * lines per file, then a count).
 */
final class BillingReader {

    static final int MAX_LINE_FINDINGS = 10;

    /** Reads {@code file} into {@code table}; what it cannot read goes to {@code findings}. */
    void read(Path file, String shown, UsageTable table, FindingSink findings) {
        int index = table.file(shown);
        int bad = 0;
        try (CsvScanner csv = new CsvScanner(open(file))) {
            List<String> header = new ArrayList<>();
            if (!csv.next((column, bytes, start, end) ->
                    header.add(new String(bytes, start, end - start, StandardCharsets.UTF_8)))) {
                invalid(
                        findings,
                        Position.startOf(shown),
                        "the file is empty; expected a billing export with a header line");
                return;
            }
            BillingColumns columns = BillingColumns.of(header);
            if (columns == null) {
                invalid(findings, Position.startOf(shown), BillingColumns.problem(header));
                return;
            }
            int[] kinds = columns.kinds;
            Row row = new Row();
            CsvScanner.Fields fields = (column, bytes, start, end) -> {
                int kind = column < kinds.length ? kinds[column] : NONE;
                if (kind != NONE) {
                    row.set(kind, bytes, start, end - start);
                }
            };
            while (true) {
                row.clear();
                if (!csv.next(fields)) {
                    break;
                }
                table.lines++;
                String problem = csv.problem() != null ? csv.problem() : row.problem(columns);
                if (Row.SKIP.equals(problem)) {
                    table.skippedLines++;
                } else if (problem != null) {
                    if (bad++ < MAX_LINE_FINDINGS) {
                        invalid(
                                findings,
                                new Position(shown, (int) Math.min(Integer.MAX_VALUE, csv.rowLine()), 1),
                                problem + "; the line is left out");
                    }
                } else if (row.never) {
                    table.neverPecLines++;
                } else {
                    table.add(
                            row.tenant[0],
                            row.tenant[1],
                            row.subscription[0],
                            row.subscription[1],
                            row.day,
                            row.cost(),
                            row.applied(),
                            index,
                            csv.rowLine());
                }
            }
        } catch (IOException | RuntimeException e) { // one bad file never stops the others
            invalid(findings, Position.startOf(shown), "cannot be read: " + ExportReader.firstLine(e.getMessage()));
        }
        if (bad > MAX_LINE_FINDINGS) {
            invalid(
                    findings,
                    Position.startOf(shown),
                    (bad - MAX_LINE_FINDINGS) + " more lines could not be read and are" + " left out (the first "
                            + MAX_LINE_FINDINGS + " are listed)");
        }
    }

    /** The file, decompressed (on a second thread) when it starts with the gzip magic bytes. */
    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new Inflating(in) : in;
    }

    private static void invalid(FindingSink findings, Position at, String message) {
        findings.report(RuleIds.INPUT_INVALID, Subject.NONE, at, message);
    }

    /** The values of one line that the audit reads; reused for every line. */
    private static final class Row {
        static final String SKIP = "skip";
        final long[] tenant = new long[2];
        final long[] subscription = new long[2];
        boolean tenantOk;
        boolean subscriptionOk;
        boolean subscriptionBlank;
        int day;
        double percent;
        int appliedFlag;
        double rate;
        double cost;
        double costFallback;
        boolean never;
        String badValue;

        void clear() {
            tenantOk = false;
            subscriptionOk = false;
            subscriptionBlank = true;
            day = Lenient.NO_DAY;
            percent = Double.NaN;
            appliedFlag = -1;
            rate = Double.NaN;
            cost = Double.NaN;
            costFallback = Double.NaN;
            never = false;
            badValue = null;
        }

        void set(int kind, byte[] b, int off, int len) {
            switch (kind) {
                case TENANT -> tenantOk = Lenient.guid(b, off, len, tenant);
                case SUBSCRIPTION -> {
                    subscriptionBlank = Lenient.blank(b, off, len);
                    subscriptionOk = Lenient.guid(b, off, len, subscription);
                    if (!subscriptionOk && !subscriptionBlank) {
                        badValue = "subscription '" + new String(b, off, Math.min(len, 80), StandardCharsets.UTF_8)
                                + "' is not a GUID";
                    }
                }
                case DATE -> day = Lenient.day(b, off, len);
                case PEC_PERCENT -> percent = Lenient.decimal(b, off, len);
                case PEC_APPLIED -> appliedFlag = Lenient.flag(b, off, len);
                case PEC_RATE -> rate = Lenient.decimal(b, off, len);
                case COST -> cost = Lenient.decimal(b, off, len);
                case COST_FALLBACK -> costFallback = Lenient.decimal(b, off, len);
                case CHARGE_TYPE ->
                    never |= Lenient.contains(b, off, len, "purchase")
                            || Lenient.contains(b, off, len, "reservation")
                            || Lenient.contains(b, off, len, "savings")
                            || Lenient.contains(b, off, len, "refund")
                            || Lenient.contains(b, off, len, "rounding")
                            || Lenient.contains(b, off, len, "tax");
                case PRICING_MODEL ->
                    never |= Lenient.contains(b, off, len, "reservation")
                            || Lenient.contains(b, off, len, "savings")
                            || Lenient.word(b, off, len, "spot");
                case PUBLISHER_TYPE ->
                    never |= Lenient.contains(b, off, len, "marketplace") || Lenient.word(b, off, len, "aws");
                case PUBLISHER_NAME ->
                    never |= !Lenient.blank(b, off, len) && !Lenient.contains(b, off, len, "microsoft");
                case METER -> never |= Lenient.word(b, off, len, "spot");
                case BENEFIT -> never |= !Lenient.blank(b, off, len);
                default -> {}
            }
        }

        /** Null when the line can be used, {@link #SKIP} for a line without a subscription, else why not. */
        String problem(BillingColumns columns) {
            if (subscriptionBlank) {
                return SKIP; // not Azure usage of a subscription (or a blank line)
            }
            if (badValue != null) {
                return badValue;
            }
            if (day == Lenient.NO_DAY) {
                return "no readable "
                        + (columns.format == BillingColumns.Format.DAILY_RATED_USAGE ? "UsageDate" : "date");
            }
            if (!never && Double.isNaN(cost())) {
                return "no readable cost";
            }
            if (!never && columns.format == BillingColumns.Format.DAILY_RATED_USAGE && Double.isNaN(percent)) {
                return "no readable PartnerEarnedCreditPercentage (0 or 15)";
            }
            if (!never
                    && columns.format == BillingColumns.Format.COST_DETAILS
                    && appliedFlag < 0
                    && Double.isNaN(rate)) {
                return "no readable partnerEarnedCreditApplied (True or False)";
            }
            if (!tenantOk) {
                tenant[0] = 0;
                tenant[1] = 0;
            }
            return null;
        }

        double cost() {
            return Double.isNaN(cost) ? costFallback : cost;
        }

        boolean applied() {
            if (appliedFlag >= 0) {
                return appliedFlag == 1;
            }
            return (Double.isNaN(percent) ? rate : percent) > 0;
        }
    }
}
