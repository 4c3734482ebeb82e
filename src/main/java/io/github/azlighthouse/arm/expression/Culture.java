package io.github.azlighthouse.arm.expression;

/**
 * String order for {@code greater}, {@code less} and friends. ARM compares with .NET culture rules:
 * Microsoft's examples give {@code greater('A', 'a')} true and call lowercase letters less than
 * uppercase ones. Reproduced only for text of ASCII letters and digits (letters ignoring case first,
 * digits before letters, then lowercase before uppercase at the first difference); anything else is
 * left unknown rather than ordered by guess.
 */
final class Culture {

    private Culture() {}

    /** Negative, zero or positive as {@code a} sorts before, with or after {@code b}; null when not reproduced. */
    static Integer compare(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (!simple(a) || !simple(b)) {
            return null;
        }
        int primary = a.compareToIgnoreCase(b);
        if (primary != 0) {
            return Integer.signum(primary);
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return Character.isLowerCase(x) ? -1 : 1;
            }
        }
        return 0;
    }

    private static boolean simple(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }
}
