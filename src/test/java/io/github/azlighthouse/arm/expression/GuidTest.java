package io.github.azlighthouse.arm.expression;

import static io.github.azlighthouse.arm.expression.Fixtures.eval;
import static io.github.azlighthouse.arm.expression.Fixtures.evalKnown;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * {@code guid()} against RFC 4122 §4.3 version 5 computed here independently: namespace bytes then
 * name bytes through SHA-1, the first 16 bytes with version and variant bits set.
 */
class GuidTest {

    private static final String NAMESPACE_HEX = "11fb06fb712d4ddd98c7e71bbd588830";

    /** RFC 4122 v5, written out step by step from the RFC rather than from the code under test. */
    private static String rfc4122v5(String name) throws Exception {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        sha1.update(HexFormat.of().parseHex(NAMESPACE_HEX));
        sha1.update(name.getBytes(StandardCharsets.UTF_8));
        byte[] h = sha1.digest();
        h[6] = (byte) ((h[6] & 0x0F) | 0x50);
        h[8] = (byte) ((h[8] & 0x3F) | 0x80);
        String hex = HexFormat.of().formatHex(h, 0, 16);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20, 32);
    }

    @Test
    void oneArgumentIsVersion5OfItsText() throws Exception {
        assertThat(eval("[guid('rg1')]").asText()).isEqualTo(rfc4122v5("rg1"));
        // also computed with Python: uuid.uuid5(UUID('11fb06fb-…'), 'rg1')
        assertThat(eval("[guid('rg1')]").asText()).isEqualTo("44120ff2-0bc5-54ae-9bae-e9960d8e55bf");
    }

    @Test
    void argumentsAreJoinedWithHyphens() throws Exception {
        assertThat(eval("[guid('a', 'b', 'c')]").asText())
                .isEqualTo(rfc4122v5("a-b-c"))
                .isEqualTo("a98fa280-e03f-5afa-8d8e-92d0a9c201e8");
        assertThat(eval("[guid('hello', 'world')]").asText())
                .isNotEqualTo(eval("[guid('world', 'hello')]").asText());
    }

    @Test
    void textIsHashedAsUtf8() throws Exception {
        assertThat(eval("[guid('héllo')]").asText())
                .isEqualTo(rfc4122v5("héllo"))
                .isEqualTo("344d46d5-ee69-50eb-9399-360ef14aa954");
    }

    @Test
    void resultIsLowerCaseVersion5Rfc4122() {
        String g = eval("[guid('Relecloud Managed Services')]").asText();
        assertThat(g).matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(g).isEqualTo("a284898a-fc04-581d-aca0-047861d06160");
    }

    @Test
    void knownSubscriptionGivesAKnownGuid() throws Exception {
        assertThat(evalKnown("[guid(subscription().subscriptionId, 'x')]").asText())
                .isEqualTo(rfc4122v5(Fixtures.SUB + "-x"));
    }

    @Test
    void unknownArgumentGivesUnknownWithCanonicalSymbol() {
        Value v = eval("[guid(subscription().subscriptionId,'x')]");
        assertThat(v.isUnknown()).isTrue();
        assertThat(v.symbol()).isEqualTo("guid(subscription().subscriptionId, 'x')");
        assertThat(v.reason()).contains("subscription().subscriptionId is known only at deployment");
        assertThat(eval("[GUID( subscription().subscriptionId , 'x' )]").symbol())
                .isEqualTo(v.symbol());
    }

    @Test
    void argumentCountAndTypes() {
        assertThat(eval("[guid()]").isInvalid()).isTrue();
        assertThat(eval("[guid(createArray('a'))]").isInvalid()).isTrue();
        assertThat(eval("[guid(1)]").isUnknown())
                .as("ARM may convert an integer")
                .isTrue();
    }
}
