package io.github.azlighthouse.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.azlighthouse.roles.RoleCatalog;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CleanPairsTest {

    static final RoleCatalog CATALOG = RoleCatalog.bundled();
    static final String A = "0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e";
    static final String B = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    static final String C = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f";
    static final String READER = "acdd72a7-3385-48ef-bd42-f606fba81ae7";
    static final String CONTRIBUTOR = "b24988ac-6180-42a0-ab88-20f7382dd24c";
    static final String ZERO = "00000000-0000-0000-0000-000000000000";

    final CleanPairs pairs = new CleanPairs(CATALOG);

    static byte[] json(String principal, String role, String other) {
        return ("{\"principalId\": \"" + principal + "\", \"roleDefinitionId\": \"" + role
                        + "\", \"name\": \"lighthouse-" + other + "-0\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    CleanPairs.Key key(String principal, String role, String other, String... context) {
        return pairs.key(json(principal, role, other), null, context);
    }

    @Test
    void pairsThatDifferOnlyInTheirGuidsHaveOneKey() {
        assertEquals(key(A, READER, B, C), key(B, READER, C, A));
    }

    @Test
    void whichGuidsAreEqualIsPartOfTheKey() {
        assertNotEquals(key(A, READER, A), key(A, READER, B), "a principal equal to the name, or not");
        assertNotEquals(
                key(A, READER, B, A), key(A, READER, B, C), "the context's GUID equal to the principal, or not");
    }

    @Test
    void builtInRolesAndThePlaceholderAreKeptAsWritten() {
        assertNotEquals(key(A, READER, B), key(A, CONTRIBUTOR, B));
        assertNotEquals(key(A, READER, B), key(A, C, B), "a role for a GUID that is no role");
        assertNotEquals(key(ZERO, READER, B), key(A, READER, B));
    }

    @Test
    void capitalsArePartOfTheKey() {
        assertNotEquals(key(A, READER, B), key(A.toUpperCase(java.util.Locale.ROOT), READER, B));
        assertEquals(
                key(A.toUpperCase(java.util.Locale.ROOT), READER, A),
                key(B.toUpperCase(java.util.Locale.ROOT), READER, B),
                "the same GUID in two cases, under another GUID");
        assertNotEquals(
                key(A.toUpperCase(java.util.Locale.ROOT), READER, A),
                key(B.toUpperCase(java.util.Locale.ROOT), READER, C));
    }

    @Test
    void aGuidInsideALongerWordIsText() {
        byte[] one = ("{\"x\": \"x" + A + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] two = ("{\"x\": \"x" + B + "\"}").getBytes(StandardCharsets.UTF_8);
        assertNotEquals(pairs.key(one, null), pairs.key(two, null));
    }

    @Test
    void noTextCanPassForARenamedGuid() {
        byte[] withGuid = ("\"" + A + "\"").getBytes(StandardCharsets.UTF_8);
        byte[] blank = new byte[38];
        blank[0] = '"';
        blank[37] = '"';
        assertNotEquals(pairs.key(withGuid, null), pairs.key(blank, null), "36 zero bytes where the GUID was");
    }

    @Test
    void theParameterFileAndTheTemplateAreKeptApart() {
        byte[] t = "{\"a\": 1}".getBytes(StandardCharsets.UTF_8);
        byte[] p = "{\"b\": 2}".getBytes(StandardCharsets.UTF_8);
        assertNotEquals(pairs.key(t, p), pairs.key(p, t));
        assertNotEquals(pairs.key(t, null), pairs.key(t, new byte[0]), "no parameter file, or an empty one");
    }

    @Test
    void onlyWhatIsAddedIsClean() {
        CleanPairs.Key k = key(A, READER, B);
        assertFalse(pairs.isClean(k));
        pairs.add(k);
        assertTrue(pairs.isClean(key(C, READER, A)));
        assertFalse(pairs.isClean(key(C, CONTRIBUTOR, A)));
    }

    @Test
    void keysStopBeingKeptAtTheBound() {
        byte[] big = new byte[1 << 20];
        java.util.Arrays.fill(big, (byte) 'x');
        for (int i = 0; i < 5; i++) {
            big[0] = (byte) ('a' + i);
            pairs.add(pairs.key(big, null));
        }
        big[0] = 'a';
        assertTrue(pairs.isClean(pairs.key(big, null)));
        big[0] = 'e';
        assertFalse(pairs.isClean(pairs.key(big, null)), "the fifth megabyte is over the bound");
    }
}
