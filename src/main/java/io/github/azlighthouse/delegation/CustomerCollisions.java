package io.github.azlighthouse.delegation;

import io.github.azlighthouse.customers.CustomerList.Customer;
import io.github.azlighthouse.customers.CustomerList.Subscription;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.rules.OfferCollisionRule;
import io.github.azlighthouse.rules.RuleSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Checks across customers, one customer at a time as a streamed list reaches them: a customer id
 * used twice, a subscription listed twice (by one customer or two). It remembers ids, not customers,
 * and packs them (ids as bytes, subscription GUIDs as two longs): about 130 bytes per customer, so
 * 50,000 customers cost some 6 MB. Not thread-safe: call in list order.
 */
public final class CustomerCollisions {

    private final RuleSet rules;
    private final Ids ids = new Ids();
    private final Guids128 subscriptions = new Guids128();
    private final Map<String, Integer> oddSubscriptions = new HashMap<>(); // not GUIDs: guid-format reports them

    public CustomerCollisions(RuleSet rules) {
        this.rules = rules;
    }

    /** The collisions of {@code c} with itself and the customers checked before it. */
    public List<Finding> check(Customer c) {
        List<Finding> findings = new ArrayList<>();
        String id = c.id().value();
        int index = ids.find(id);
        if (index >= 0) {
            findings.add(rules.finding(OfferCollisionRule.ID, new Subject(id, null, null), c.id().at(),
                    "customer id '" + id + "' is used twice (first at line " + ids.line(index)
                            + "); ids name output directories and must be unique"));
        } else {
            index = ids.add(id, c.id().at().line());
        }
        List<String> own = new ArrayList<>();
        for (Subscription s : c.subscriptions()) {
            String value = String.valueOf(s.subscriptionId().value());
            String key = value.toLowerCase(Locale.ROOT);
            int owner = Guids.isCanonical(value) ? subscriptions.putIfAbsent(value, index)
                    : oddSubscriptions.getOrDefault(key, -1);
            if (owner < 0 && !Guids.isCanonical(value)) {
                oddSubscriptions.put(key, index);
            }
            boolean twiceHere = own.contains(key);
            if (owner >= 0 || twiceHere) {
                String where = twiceHere ? "twice under this customer"
                        : "also under customer '" + ids.id(owner) + "'";
                findings.add(rules.finding(OfferCollisionRule.ID, new Subject(id, s.subscriptionId().value(), null),
                        s.subscriptionId().at(), "subscription " + s.subscriptionId().value() + " is listed " + where
                                + "; a subscription belongs to one customer entry: list it once, with all its offers"));
            }
            own.add(key);
        }
        findings.removeIf(Objects::isNull); // rules switched off
        return findings;
    }

    /** Customer ids in one byte array, found through an open-addressing table; each with the line it is on. */
    static final class Ids {
        private byte[] bytes = new byte[1024];
        private int used;
        private int[] start = new int[64];
        private int[] line = new int[64];
        private int count;
        private int[] table = new int[128]; // index + 1; 0 = empty

        int find(String id) {
            byte[] b = id.getBytes(StandardCharsets.UTF_8);
            for (int slot = slot(id, table.length); table[slot] != 0; slot = (slot + 1) & (table.length - 1)) {
                if (equals(table[slot] - 1, b)) {
                    return table[slot] - 1;
                }
            }
            return -1;
        }

        int add(String id, int at) {
            byte[] b = id.getBytes(StandardCharsets.UTF_8);
            if (count == start.length) {
                start = Arrays.copyOf(start, count * 2);
                line = Arrays.copyOf(line, count * 2);
            }
            while (used + b.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            System.arraycopy(b, 0, bytes, used, b.length);
            start[count] = used;
            line[count] = at;
            used += b.length;
            int index = count++;
            if (count * 2 > table.length) {
                rehash();
            } else {
                insert(table, id, index);
            }
            return index;
        }

        int line(int index) {
            return line[index];
        }

        String id(int index) {
            int end = index + 1 < count ? start[index + 1] : used;
            return new String(bytes, start[index], end - start[index], StandardCharsets.UTF_8);
        }

        private boolean equals(int index, byte[] b) {
            int end = index + 1 < count ? start[index + 1] : used;
            return Arrays.equals(bytes, start[index], end, b, 0, b.length);
        }

        private void rehash() {
            int[] bigger = new int[table.length * 2];
            for (int i = 0; i < count; i++) {
                insert(bigger, id(i), i);
            }
            table = bigger;
        }

        private static void insert(int[] table, String id, int index) {
            int slot = slot(id, table.length);
            while (table[slot] != 0) {
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = index + 1;
        }

        private static int slot(String id, int size) {
            int h = id.hashCode();
            return (h ^ (h >>> 16)) & (size - 1);
        }
    }

    /** Canonical GUIDs (any case) as two longs, in an open-addressing table, each with an int value. */
    static final class Guids128 {
        private long[] hi = new long[128];
        private long[] lo = new long[128];
        private int[] value = new int[128]; // value + 1; 0 = empty
        private int count;

        /** Adds {@code guid} with {@code v} unless present; returns the value it already had, or -1. */
        int putIfAbsent(String guid, int v) {
            long h = hex(guid, 0, 8) << 32 | hex(guid, 9, 13) << 16 | hex(guid, 14, 18);
            long l = hex(guid, 19, 23) << 48 | hex(guid, 24, 36);
            int slot = slot(h, l, value.length);
            while (value[slot] != 0) {
                if (hi[slot] == h && lo[slot] == l) {
                    return value[slot] - 1;
                }
                slot = (slot + 1) & (value.length - 1);
            }
            hi[slot] = h;
            lo[slot] = l;
            value[slot] = v + 1;
            if (++count * 2 > value.length) {
                grow();
            }
            return -1;
        }

        private void grow() {
            long[] oldHi = hi;
            long[] oldLo = lo;
            int[] oldValue = value;
            hi = new long[oldValue.length * 2];
            lo = new long[oldValue.length * 2];
            value = new int[oldValue.length * 2];
            for (int i = 0; i < oldValue.length; i++) {
                if (oldValue[i] != 0) {
                    int slot = slot(oldHi[i], oldLo[i], value.length);
                    while (value[slot] != 0) {
                        slot = (slot + 1) & (value.length - 1);
                    }
                    hi[slot] = oldHi[i];
                    lo[slot] = oldLo[i];
                    value[slot] = oldValue[i];
                }
            }
        }

        private static int slot(long h, long l, int size) {
            long x = h * 0x9E3779B97F4A7C15L ^ l;
            return (int) (x ^ (x >>> 29) ^ (x >>> 47)) & (size - 1);
        }

        private static long hex(String s, int from, int to) {
            long v = 0;
            for (int i = from; i < to; i++) {
                v = v << 4 | Character.digit(s.charAt(i), 16);
            }
            return v;
        }
    }
}
