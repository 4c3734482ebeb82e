package io.github.azlighthouse.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The partner's onboarding archive (classifier {@code onboarding}) and the customers' archives it lists (classifier
 * {@code onboarding-<customer-id>}). {@code package} writes a customer's archive beside the partner's, named
 * {@code <partner's name without .zip>-<customer-id>.zip}; a Maven repository names them
 * {@code <artifactId>-<version>-<classifier>.zip}, which is the same rule.
 */
public final class PartnerArchive {

    /** The partner's archive's classifier; a customer's is this, a hyphen and the customer's ID. */
    public static final String CLASSIFIER = "onboarding";

    /** Larger than any manifest package writes for 50,000 customers. */
    private static final long MAX_MANIFEST = 256L * 1024 * 1024;

    private PartnerArchive() {}

    /** Where the customer's archive lies beside the partner's. */
    public static Path customerArchive(Path partner, String customerId) {
        String name = partner.getFileName().toString().replaceFirst("(?i)\\.zip$", "");
        return partner.resolveSibling(name + "-" + customerId + ".zip");
    }

    /**
     * The customer IDs whose archives the partner's manifest ({@code manifest.json} at the archive's root) lists;
     * empty for an archive without one (a customer's archive).
     *
     * @throws IOException when the archive or its manifest cannot be read
     */
    public static List<String> customerIds(Path partner) throws IOException {
        List<String> ids = new ArrayList<>();
        try (ZipFile zip = new ZipFile(partner.toFile())) {
            ZipEntry manifest = zip.getEntry("manifest.json");
            if (manifest == null || manifest.getSize() > MAX_MANIFEST) {
                return ids;
            }
            JsonNode root;
            try (InputStream in = zip.getInputStream(manifest)) {
                root = new ObjectMapper().readTree(in);
            }
            for (JsonNode c : root.path("customers")) {
                String id = c.path("id").asText("");
                String classifier = c.path("archive").path("classifier").asText("");
                if (id.matches("[a-z0-9][a-z0-9-]{0,62}") && classifier.equals(CLASSIFIER + "-" + id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }
}
