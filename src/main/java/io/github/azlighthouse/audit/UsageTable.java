package io.github.azlighthouse.audit;

import io.github.azlighthouse.rules.SubscriptionAudit.Usage;
import io.github.azlighthouse.source.Position;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Billed usage summed per subscription and day (with the customer tenant of the subscription), in flat
 * arrays with open addressing: memory grows with subscriptions × days, never with billing lines. Only
 * lines that could carry PEC are added; the others are counted. Not thread-safe.
 */
final class UsageTable {

    private long[] subHi = new long[1024];
    private long[] subLo = new long[1024];
    private int[] day = new int[1024];
    private long[] tenantHi = new long[1024];
    private long[] tenantLo = new long[1024];
    private double[] eligible = new double[1024];
    private double[] missed = new double[1024];
    private int[] missedFile = new int[1024];
    private long[] missedLine = new long[1024];
    private boolean[] used = new boolean[1024];
    private int size;
    private int firstDay = Integer.MAX_VALUE;
    private int lastDay = Integer.MIN_VALUE;
    private final List<String> files = new ArrayList<>();
    long lines;
    long neverPecLines;
    long skippedLines;

    /** Registers a billing file; its index goes with every line added from it. */
    int file(String shown) {
        files.add(shown);
        return files.size() - 1;
    }

    /** Adds one line that could carry PEC; {@code applied}: it did. */
    void add(long tHi, long tLo, long sHi, long sLo, int epochDay, double cost, boolean applied, int file, long line) {
        int slot = slot(sHi, sLo, epochDay);
        firstDay = Math.min(firstDay, epochDay);
        lastDay = Math.max(lastDay, epochDay);
        if (!used[slot]) {
            used[slot] = true;
            subHi[slot] = sHi;
            subLo[slot] = sLo;
            day[slot] = epochDay;
            tenantHi[slot] = tHi;
            tenantLo[slot] = tLo;
            missedFile[slot] = -1;
            if (++size * 2 > used.length) {
                grow();
                slot = slot(sHi, sLo, epochDay);
            }
        }
        eligible[slot] += cost;
        if (!applied) {
            missed[slot] += cost;
            if (missedFile[slot] < 0 && cost != 0) {
                missedFile[slot] = file;
                missedLine[slot] = line;
            }
        }
    }

    private int slot(long hi, long lo, int d) {
        long h = hi * 0x9E3779B97F4A7C15L ^ lo * 0xC2B2AE3D27D4EB4FL ^ d * 0x165667B19E3779F9L;
        int mask = used.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (used[i] && (subHi[i] != hi || subLo[i] != lo || day[i] != d)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oHi = subHi;
        long[] oLo = subLo;
        int[] oDay = day;
        long[] oTHi = tenantHi;
        long[] oTLo = tenantLo;
        double[] oEl = eligible;
        double[] oMi = missed;
        int[] oMf = missedFile;
        long[] oMl = missedLine;
        boolean[] oUsed = used;
        int n = oUsed.length * 2;
        subHi = new long[n];
        subLo = new long[n];
        day = new int[n];
        tenantHi = new long[n];
        tenantLo = new long[n];
        eligible = new double[n];
        missed = new double[n];
        missedFile = new int[n];
        missedLine = new long[n];
        used = new boolean[n];
        for (int i = 0; i < oUsed.length; i++) {
            if (oUsed[i]) {
                int s = slot(oHi[i], oLo[i], oDay[i]);
                used[s] = true;
                subHi[s] = oHi[i];
                subLo[s] = oLo[i];
                day[s] = oDay[i];
                tenantHi[s] = oTHi[i];
                tenantLo[s] = oTLo[i];
                eligible[s] = oEl[i];
                missed[s] = oMi[i];
                missedFile[s] = oMf[i];
                missedLine[s] = oMl[i];
            }
        }
    }

    /** A subscription's settled usage and its customer tenant as billed. */
    record Billed(Usage usage, String tenantId) {}

    /**
     * Per subscription (lower-case GUID): usage of days that are settled on {@code auditDate} (the day and
     * the 48 hours after it are over, so day + 3 ≤ audit date), and the days still settling, counted.
     */
    Map<String, Billed> bySubscription(LocalDate auditDate) {
        long lastSettled = auditDate.toEpochDay() - 3;
        Map<UUID, double[]> sums = new HashMap<>(); // eligible, missed, days without PEC, settled days, unsettled
        Map<UUID, int[]> days = new HashMap<>(); // first missed day, last missed day, slot of the first missed line
        Map<UUID, UUID> tenants = new HashMap<>();
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                continue;
            }
            UUID sub = new UUID(subHi[i], subLo[i]);
            tenants.putIfAbsent(sub, new UUID(tenantHi[i], tenantLo[i]));
            double[] s = sums.computeIfAbsent(sub, k -> new double[5]);
            int[] d = days.computeIfAbsent(sub, k -> new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, -1});
            if (day[i] > lastSettled) {
                s[4]++;
                continue;
            }
            s[0] += eligible[i];
            s[1] += missed[i];
            s[3]++;
            if (missed[i] > 0.005) {
                s[2]++;
                if (day[i] < d[0]) {
                    d[0] = day[i];
                    d[2] = i;
                }
                d[1] = Math.max(d[1], day[i]);
            }
        }
        Map<String, Billed> out = new HashMap<>();
        for (Map.Entry<UUID, double[]> e : sums.entrySet()) {
            double[] s = e.getValue();
            int[] d = days.get(e.getKey());
            boolean anyMissed = d[2] >= 0;
            Position at = !anyMissed
                    ? null
                    : missedFile[d[2]] < 0
                            ? Position.startOf(files.get(0))
                            : new Position(
                                    files.get(missedFile[d[2]]),
                                    (int) Math.min(Integer.MAX_VALUE, missedLine[d[2]]),
                                    1);
            Usage usage = new Usage(
                    round(s[0]),
                    round(s[1]),
                    (int) s[2],
                    (int) s[3],
                    anyMissed ? LocalDate.ofEpochDay(d[0]) : null,
                    anyMissed ? LocalDate.ofEpochDay(d[1]) : null,
                    (int) s[4],
                    at);
            out.put(
                    e.getKey().toString(),
                    new Billed(usage, tenants.get(e.getKey()).toString()));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** First and last settled day with usage, or null without any. */
    LocalDate[] settledPeriod(LocalDate auditDate) {
        int last = (int) Math.min(lastDay, auditDate.toEpochDay() - 3);
        return firstDay > last ? null : new LocalDate[] {LocalDate.ofEpochDay(firstDay), LocalDate.ofEpochDay(last)};
    }

    int size() {
        return size;
    }

    List<String> files() {
        return files;
    }
}
