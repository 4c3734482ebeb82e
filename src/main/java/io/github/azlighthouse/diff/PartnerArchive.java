package io.github.azlighthouse.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.azlighthouse.Lighthouse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The partner's onboarding archive (classifier {@code onboarding}) and the customers' archives its manifest lists
 * (classifier {@code onboarding-<customer-id>}, beside it: {@link Lighthouse#customerArchive}).
 */
public final class PartnerArchive {

    /** Larger than any manifest package writes for 50,000 customers. */
    private static final long MAX_MANIFEST = 256L * 1024 * 1024;

    private PartnerArchive() {}

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
                if (id.matches("[a-z0-9][a-z0-9-]{0,62}") && classifier.equals(Lighthouse.customerClassifier(id))) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }
}
