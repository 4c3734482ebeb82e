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
 * tenants, the subscription) in which every GUID is replaced by the number of its first appearance and the
 * places of its capital letters; keys are compared byte for byte, not by a digest. Two pairs with the same key are therefore the same text
 * under a renaming of GUIDs that keeps equal GUIDs equal (ignoring case, and exactly). Left as written, and
 * so never renamed: built-in role IDs (the check looks them up) and the all-zero placeholder GUID.
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

    private final RoleCatalog catalog;
    private final Set<Key> clean = ConcurrentHashMap.newKeySet();
    private final AtomicLong kept = new AtomicLong();

    public CleanPairs(RoleCatalog catalog) {
        this.catalog = catalog;
    }

    /** A pair's bytes up to the renaming of its GUIDs. */
    public static final class Key {
        private final byte[] text;
        private final int hash;

        private Key(byte[] text) {
            this.text = text;
            this.hash = Arrays.hashCode(text);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Arrays.equals(k.text, text);
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
            c.section(1);
            if (id != null) {
                c.add(id.getBytes(StandardCharsets.UTF_8));
            }
        }
        c.section(2);
        c.add(template);
        c.section(parametersOrNull == null ? 3 : 4); // no parameter file is not an empty one
        if (parametersOrNull != null) {
            c.add(parametersOrNull);
        }
        return c.key();
    }

    /** True when a pair with this key was found clean in this run. */
    public boolean isClean(Key key) {
        return clean.contains(key);
    }

    /** Records a clean pair (the caller decides what clean means for its goal). */
    public void add(Key key) {
        if (kept.addAndGet(key.text.length) <= MAX_BYTES) {
            clean.add(key);
        }
    }

    /** The canonical text: bytes as written, a 0 byte escaped, GUIDs as numbered tokens. */
    private final class Canonical {
        private final Map<String, Integer> numbers = new HashMap<>();
        private byte[] buf;
        private int size;

        Canonical(int capacity) {
            buf = new byte[capacity];
        }

        void section(int marker) {
            put((byte) 0);
            put((byte) 1);
            put((byte) marker);
        }

        void add(byte[] text) {
            int n = text.length;
            int run = 0; // start of the bytes not yet copied
            for (int i = 0; i < n; i++) {
                byte b = text[i];
                if (b == 0) { // raw zero bytes (never valid JSON) cannot pass for a token
                    copy(text, run, i);
                    put((byte) 0);
                    put((byte) 0xFF);
                    run = i + 1;
                } else if (i + GUID_LENGTH <= n && text[i + 8] == '-' && isHex(b) && guidAt(text, i)) {
                    String guid = new String(text, i, GUID_LENGTH, StandardCharsets.ISO_8859_1);
                    String lower = guid.toLowerCase(Locale.ROOT);
                    if (!Guids.isPlaceholder(lower) && catalog.byId(lower).isEmpty()) {
                        Integer number = numbers.get(lower);
                        if (number == null) {
                            number = numbers.size();
                            numbers.put(lower, number);
                        }
                        copy(text, run, i);
                        put((byte) 0);
                        put((byte) 2);
                        putLong(((long) number << 40) | capitals(text, i));
                        i += GUID_LENGTH - 1;
                        run = i + 1;
                    }
                }
            }
            copy(text, run, n);
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
            if (t[i + 13] != '-' || t[i + 18] != '-' || t[i + 23] != '-') {
                return false;
            }
            for (int k = 0; k < GUID_LENGTH; k++) {
                byte c = t[i + k];
                boolean ok = (k == 8 || k == 13 || k == 18 || k == 23) || isHex(c);
                if (!ok) {
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

        private void put(byte b) {
            if (size == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[size++] = b;
        }

        private void putLong(long v) {
            for (int s = 56; s >= 0; s -= 8) {
                put((byte) (v >>> s));
            }
        }

        private void copy(byte[] from, int start, int end) {
            int length = end - start;
            if (length <= 0) {
                return;
            }
            if (size + length > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + length));
            }
            System.arraycopy(from, start, buf, size, length);
            size += length;
        }

        Key key() {
            return new Key(Arrays.copyOf(buf, size));
        }
    }

    private static boolean isHex(byte c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAlnum(byte c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
