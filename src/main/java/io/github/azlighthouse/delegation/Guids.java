package io.github.azlighthouse.delegation;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/** GUID checks and the stable, name-based GUIDs used for resource names. */
public final class Guids {

    private static final String ZERO = "00000000-0000-0000-0000-000000000000";

    private Guids() {}

    /** 8-4-4-4-12 hex digits, 36 characters. */
    public static boolean isCanonical(String s) {
        if (s == null || s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) { // a loop, not a regex: every GUID of every template passes here
            char c = s.charAt(i);
            boolean ok = (i == 8 || i == 13 || i == 18 || i == 23)
                    ? c == '-'
                    : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The all-zero GUID that samples use as a placeholder. */
    public static boolean isPlaceholder(String s) {
        return ZERO.equals(s);
    }

    /**
     * A version-3 (MD5, name-based) GUID of the parts joined by '/'. Same inputs, same GUID, on every
     * machine and run; distinct inputs give distinct GUIDs.
     */
    public static String nameBased(String... parts) {
        String name = String.join("/", parts).toLowerCase(Locale.ROOT);
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
