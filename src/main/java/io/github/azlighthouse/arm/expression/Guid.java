package io.github.azlighthouse.arm.expression;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.UUID;

/**
 * ARM's {@code guid(a, b, …)}: as Microsoft documents on the Bicep string-functions page, a name-based
 * UUID version 5 (RFC 4122 §4.3, SHA-1) in the namespace {@code 11fb06fb-712d-4ddd-98c7-e71bbd588830}
 * of the arguments joined with {@code -}, in UTF-8, written lower-case {@code 8-4-4-4-12}.
 */
final class Guid {

    static final UUID NAMESPACE = UUID.fromString("11fb06fb-712d-4ddd-98c7-e71bbd588830");

    private Guid() {}

    static String of(List<String> parts) {
        return v5(NAMESPACE, String.join("-", parts));
    }

    static String v5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java platform", e);
        }
        ByteBuffer ns = ByteBuffer.allocate(16);
        ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
        sha1.update(ns.array()); // network byte order, as RFC 4122 hashes it
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // RFC 4122 variant
        ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(b.getLong(), b.getLong()).toString();
    }
}
