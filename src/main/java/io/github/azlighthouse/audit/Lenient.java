package io.github.azlighthouse.audit;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Lenient readers of billing values straight from the scanner's UTF-8 bytes (every character they look
 * for is ASCII), without making a String per field: GUIDs, decimals ({@code 15}, {@code 15.00}, {@code 0.15}, {@code 15%}, {@code 1.5E-05}),
 * dates ({@code 2026-11-01}, {@code 2026-11-01T00:00:00Z}, {@code 11/01/2026 12:00:00 AM}) and flags
 * ({@code true}, {@code True}, {@code 1}).
 */
final class Lenient {

    static final int NO_DAY = Integer.MIN_VALUE;

    private Lenient() {}

    /** The end of the value without trailing spaces and braces. */
    private static int trimEnd(byte[] b, int off, int len) {
        int end = off + len;
        while (end > off && (b[end - 1] <= ' ' || b[end - 1] == '}')) {
            end--;
        }
        return end;
    }

    private static int trimStart(byte[] b, int off, int end) {
        int i = off;
        while (i < end && (b[i] <= ' ' || b[i] == '{')) {
            i++;
        }
        return i;
    }

    static boolean blank(byte[] b, int off, int len) {
        return trimStart(b, off, off + len) >= trimEnd(b, off, len);
    }

    /**
     * A GUID's two halves into {@code out[0]} and {@code out[1]}; false when the value is not a GUID.
     */
    static boolean guid(byte[] b, int off, int len, long[] out) {
        int end = trimEnd(b, off, len);
        int i = trimStart(b, off, end);
        if (end - i != 36 || b[i + 8] != '-' || b[i + 13] != '-' || b[i + 18] != '-' || b[i + 23] != '-') {
            return false;
        }
        long p1 = hex(b, i, 8);
        long p2 = hex(b, i + 9, 4);
        long p3 = hex(b, i + 14, 4);
        long p4 = hex(b, i + 19, 4);
        long p5 = hex(b, i + 24, 12);
        if ((p1 | p2 | p3 | p4 | p5) < 0) { // a part is -1 only when it holds a non-hex character
            return false;
        }
        long hi = p1 << 32 | p2 << 16 | p3;
        long lo = p4 << 48 | p5;
        out[0] = hi;
        out[1] = lo;
        return true;
    }

    private static final byte[] HEX = new byte[256];

    static {
        java.util.Arrays.fill(HEX, (byte) -1);
        for (int c = '0'; c <= '9'; c++) {
            HEX[c] = (byte) (c - '0');
        }
        for (int c = 'a'; c <= 'f'; c++) {
            HEX[c] = (byte) (c - 'a' + 10);
            HEX[c - 32] = (byte) (c - 'a' + 10);
        }
    }

    /** {@code n} hex digits (at most 15) as a number, or -1 if one is not a hex digit. */
    private static long hex(byte[] b, int at, int n) {
        long v = 0;
        int bad = 0;
        for (int k = 0; k < n; k++) {
            int d = HEX[b[at + k] & 0xff];
            bad |= d;
            v = v << 4 | (d & 0xf);
        }
        return bad < 0 ? -1 : v;
    }

    /** A decimal, or NaN. A trailing {@code %} is dropped; a lone comma is read as the decimal point. */
    static double decimal(byte[] b, int off, int len) {
        int end = trimEnd(b, off, len);
        int i = trimStart(b, off, end);
        if (end > i && b[end - 1] == '%') {
            end--;
        }
        if (i >= end) {
            return Double.NaN;
        }
        boolean negative = b[i] == '-';
        if (b[i] == '-' || b[i] == '+') {
            i++;
        }
        long mantissa = 0;
        int scale = 0;
        int digits = 0;
        boolean point = false;
        for (; i < end; i++) {
            int c = b[i];
            if (c >= '0' && c <= '9') {
                if (digits < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    digits += mantissa == 0 ? 0 : 1;
                    scale += point ? 1 : 0;
                } else if (!point) {
                    scale--;
                }
            } else if ((c == '.' || c == ',') && !point) {
                point = true;
            } else {
                return slow(b, off, len);
            }
        }
        double v = scale > 0 ? mantissa / POW10[Math.min(scale, 22)] : mantissa * POW10[Math.min(-scale, 22)];
        return negative ? -v : v;
    }

    private static final double[] POW10 = new double[23];

    static {
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = Math.pow(10, i);
        }
    }

    private static double slow(byte[] b, int off, int len) {
        try {
            String text = new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8)
                    .trim()
                    .replace("%", "");
            text = text.contains(".") ? text.replace(",", "") : text.replace(',', '.');
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** {@code 1} true, {@code 0} false, {@code -1} blank or not a flag. */
    static int flag(byte[] b, int off, int len) {
        int end = trimEnd(b, off, len);
        int i = trimStart(b, off, end);
        int n = end - i;
        if (n == 1 && (b[i] == '1' || b[i] == '0')) {
            return b[i] - '0';
        }
        if ((n == 4 && equalsIgnoreCase(b, i, "true")) || (n == 3 && equalsIgnoreCase(b, i, "yes"))) {
            return 1;
        }
        if ((n == 5 && equalsIgnoreCase(b, i, "false")) || (n == 2 && equalsIgnoreCase(b, i, "no"))) {
            return 0;
        }
        return -1;
    }

    /** The epoch day of {@code yyyy-MM-dd…} or {@code M/d/yyyy…}, or {@link #NO_DAY}. */
    static int day(byte[] b, int off, int len) {
        int end = trimEnd(b, off, len);
        int i = trimStart(b, off, end);
        int[] parts = new int[3];
        int part = 0;
        int digits = 0;
        char separator = 0;
        for (; i < end && part < 3; i++) {
            int c = b[i];
            if (c >= '0' && c <= '9') {
                parts[part] = parts[part] * 10 + (c - '0');
                digits++;
            } else if ((c == '-' || c == '/') && part < 2 && digits > 0 && (separator == 0 || separator == c)) {
                separator = (char) c;
                part++;
                digits = 0;
            } else {
                break;
            }
        }
        if (part != 2 || digits == 0) {
            return NO_DAY;
        }
        try {
            LocalDate d = separator == '-'
                    ? LocalDate.of(parts[0], parts[1], parts[2])
                    : LocalDate.of(parts[2], parts[0], parts[1]);
            return (int) d.toEpochDay();
        } catch (DateTimeException e) {
            return NO_DAY;
        }
    }

    /** Whether the value contains {@code lower} (lower-case ASCII), ignoring case. */
    static boolean contains(byte[] b, int off, int len, String lower) {
        int n = lower.length();
        for (int i = off; i + n <= off + len; i++) {
            if (equalsIgnoreCase(b, i, lower)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the value contains the word {@code lower} (not inside a longer word), ignoring case. */
    static boolean word(byte[] b, int off, int len, String lower) {
        int n = lower.length();
        for (int i = off; i + n <= off + len; i++) {
            if (equalsIgnoreCase(b, i, lower)
                    && (i == off || !letter(b[i - 1]))
                    && (i + n == off + len || !letter(b[i + n]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean letter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c < 0; // bytes of non-ASCII letters are negative
    }

    private static boolean equalsIgnoreCase(byte[] b, int at, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            int c = b[at + k];
            if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
