package io.github.azlighthouse.check;

import io.github.azlighthouse.delegation.Guids;
import io.github.azlighthouse.roles.RoleCatalog;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The template pairs one run has already found clean, so that a pair which differs from one of them only in
 * its GUIDs is not evaluated again: {@code generate}'s 20,000 templates differ from each other in their
 * definition names, tenants and subscriptions, a partner's per-customer parameter files in theirs.
 *
 * <p>A pair's {@link Key} is its bytes (and the IDs the check compares them with: the PEC account, the
 * tenants, the subscription) with every GUID blanked out and listed apart: where it was, the number of its
 * first appearance and the places of its capital letters. Keys are compared in full, not by a digest. Two
 * pairs with the same key are therefore the same text under a renaming of GUIDs that keeps equal GUIDs
 * equal (ignoring case, and exactly). Left as written, and so never renamed: built-in role IDs (the check
 * looks them up) and the all-zero placeholder GUID.
 *
 * <p>Why the verdict holds for every pair with that key: the check looks at a GUID only to compare it for
 * equality, to test its shape, or to look it up as a role; and a pair is recorded only when its evaluation
 * used functions that are blind to the GUIDs' characters ({@link TemplateCheck.Result#valueBlind()}: no
 * {@code substring()}, no ordering, no user-defined function). Only clean verdicts are recorded, so a hit has
 * nothing to report and no positions to give. Bounded: at most {@value #MAX_BYTES} bytes of keys are kept.
 * Thread-safe.
 */
public final class CleanPairs {

    private static final long MAX_BYTES = 4L << 20;
    private static final int GUID_LENGTH = 36;
    private static final int[] DASHES = {8, 13, 18, 23};

    private final RoleCatalog catalog;
    private final Set<Key> clean = ConcurrentHashMap.newKeySet();
    private final AtomicLong kept = new AtomicLong();

    public CleanPairs(RoleCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * A pair's bytes up to the renaming of its GUIDs: the bytes with every renamed GUID blanked, and where
     * each of those was, its number and its capitals.
     */
    public static final class Key {
        private final byte[] text;
        private final long[] guids;
        private final int hash;

        private Key(byte[] text, long[] guids) {
            this.text = text;
            this.guids = guids;
            int h = text.length * 31 + Arrays.hashCode(guids);
            for (int i = 0; i < text.length; i += 61) { // a sample: equal keys are compared in full anyway
                h = h * 31 + text[i];
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Arrays.equals(k.guids, guids) && Arrays.equals(k.text, text);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * The key of a template, its parameter file ({@code null} for none) and the IDs it is checked against
     * ({@code null}s allowed): the context comes first, so its GUIDs get the first numbers.
     */
    public Key key(byte[] template, byte[] parametersOrNull, String... context) {
        Canonical c = new Canonical(template.length + (parametersOrNull == null ? 0 : parametersOrNull.length) + 256);
        for (String id : context) {
            if (id == null) {
                c.add(1, new byte[0]);
            } else {
                c.add(2, id.getBytes(StandardCharsets.UTF_8));
            }
        }
        c.add(3, template);
        if (parametersOrNull == null) {
            c.add(4, new byte[0]); // no parameter file is not an empty one
        } else {
            c.add(5, parametersOrNull);
        }
        return c.key();
    }

    /** True when a pair with this key was found clean in this run. */
    public boolean isClean(Key key) {
        return clean.contains(key);
    }

    /** Records a clean pair (the caller decides what clean means for its goal). */
    public void add(Key key) {
        if (kept.addAndGet(key.text.length + 8L * key.guids.length) <= MAX_BYTES) {
            clean.add(key);
        }
    }

    /**
     * The canonical form being built: each part as a kind byte, its length and its bytes, with the GUIDs that
     * are renamed blanked out and listed apart (position, number, capitals), so no text can pass for one.
     */
    private final class Canonical {
        private final Map<String, Integer> numbers = new HashMap<>();
        private long[] guids = new long[16];
        private int guidCount;
        private byte[] buf;
        private int size;

        Canonical(int capacity) {
            buf = new byte[capacity];
        }

        void add(int kind, byte[] part) {
            ensure(5 + part.length);
            buf[size++] = (byte) kind;
            for (int shift = 24; shift >= 0; shift -= 8) {
                buf[size++] = (byte) (part.length >>> shift);
            }
            int base = size;
            System.arraycopy(part, 0, buf, base, part.length);
            size += part.length;
            // every GUID has a dash at each remainder modulo 4 (at 8, 13, 18 and 23): probing every fourth
            // byte finds each once, in order; two GUIDs never overlap
            for (int p = 8; p < part.length; p += 4) {
                if (part[p] != '-') {
                    continue;
                }
                for (int dash : DASHES) {
                    int start = p - dash;
                    if (start >= 0 && start + GUID_LENGTH <= part.length && guidAt(part, start)) {
                        rename(part, start, base);
                        break;
                    }
                }
            }
        }

        private void rename(byte[] part, int start, int base) {
            String lower = new String(part, start, GUID_LENGTH, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            if (Guids.isPlaceholder(lower) || catalog.byId(lower).isPresent()) {
                return; // kept as written
            }
            Integer number = numbers.get(lower);
            if (number == null) {
                number = numbers.size();
                numbers.put(lower, number);
            }
            if (guidCount + 2 > guids.length) {
                guids = Arrays.copyOf(guids, guids.length * 2);
            }
            guids[guidCount++] = (long) base + start;
            guids[guidCount++] = ((long) number << 36) | capitals(part, start);
            Arrays.fill(buf, base + start, base + start + GUID_LENGTH, (byte) 0);
        }

        /** A GUID starts at {@code i}: 8-4-4-4-12 hex digits, not part of a longer run of letters or digits. */
        private boolean guidAt(byte[] t, int i) {
            if (i > 0 && isAlnum(t[i - 1])) {
                return false;
            }
            int end = i + GUID_LENGTH;
            if (end < t.length && isAlnum(t[end])) {
                return false;
            }
            if (t[i + 8] != '-' || t[i + 13] != '-' || t[i + 18] != '-' || t[i + 23] != '-') {
                return false;
            }
            for (int k = 0; k < GUID_LENGTH; k++) {
                if (k != 8 && k != 13 && k != 18 && k != 23 && !isHex(t[i + k])) {
                    return false;
                }
            }
            return true;
        }

        /** Which of the GUID's 36 characters are capital letters: kept, so case-sensitive comparisons keep too. */
        private long capitals(byte[] t, int i) {
            long mask = 0;
            for (int k = 0; k < GUID_LENGTH; k++) {
                if (t[i + k] >= 'A' && t[i + k] <= 'F') {
                    mask |= 1L << k;
                }
            }
            return mask;
        }

        private void ensure(int more) {
            if (size + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
            }
        }

        Key key() {
            return new Key(Arrays.copyOf(buf, size), Arrays.copyOf(guids, guidCount));
        }
    }

    private static boolean isHex(byte c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAlnum(byte c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
