package io.github.azlighthouse.delegation;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** GUID checks and the stable, name-based GUIDs used for resource names. */
public final class Guids {

    private static final Pattern CANONICAL =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final String ZERO = "00000000-0000-0000-0000-000000000000";

    private Guids() {
    }

    /** 8-4-4-4-12 hex digits, 36 characters. */
    public static boolean isCanonical(String s) {
        return s != null && CANONICAL.matcher(s).matches();
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
