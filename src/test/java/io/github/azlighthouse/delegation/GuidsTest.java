package io.github.azlighthouse.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GuidsTest {

    @Test
    void canonicalIsEightFourFourFourTwelveHexDigitsInEitherCase() {
        assertTrue(Guids.isCanonical("6f1e0c3a-0000-4000-8000-000000000001"));
        assertTrue(Guids.isCanonical("B24988AC-6180-42A0-AB88-20F7382DD24C"));
    }

    @Test
    void anythingElseIsNotCanonical() {
        assertFalse(Guids.isCanonical(null));
        assertFalse(Guids.isCanonical(""));
        assertFalse(Guids.isCanonical("6f1e0c3a-0000-4000-8000-0000000000012"), "37 characters");
        assertFalse(Guids.isCanonical("6f1e0c3a-0000-4000-8000-00000000000"), "35 characters");
        assertFalse(Guids.isCanonical("6f1e0c3g-0000-4000-8000-000000000001"), "g is not hex");
        assertFalse(Guids.isCanonical("6f1e0c3a00000-4000-8000-000000000001"), "hyphen missing");
        assertFalse(Guids.isCanonical("6f1e0c3a-0000-4000-8000-00000000000-"), "hyphen in a digit place");
        assertFalse(Guids.isCanonical("{6f1e0c3a-0000-4000-8000-0000000001}"), "braces");
    }

    @Test
    void nameBasedGuidsAreStableCanonicalAndCaseInsensitive() {
        String a = Guids.nameBased("tenant", "Offer");
        assertEquals(a, Guids.nameBased("TENANT", "offer"));
        assertTrue(Guids.isCanonical(a));
        assertNotEquals(a, Guids.nameBased("tenant", "offer2"));
    }
}
