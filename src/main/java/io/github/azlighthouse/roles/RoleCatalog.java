package io.github.azlighthouse.roles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in role catalog: lookup by GUID and by name (case-insensitive). Immutable, so one
 * instance is shared by every thread of a build.
 */
public final class RoleCatalog {

    /** Classpath location of the catalog that ships in the plugin jar. */
    public static final String BUNDLED_RESOURCE = "/io/github/azlighthouse/roles/role-catalog.json";

    public static final int FORMAT = 1;

    private final LocalDate asOf;
    private final String source;
    private final Map<String, Role> byId;
    private final Map<String, Role> byName;

    public RoleCatalog(LocalDate asOf, String source, Collection<Role> roles) {
        this.asOf = asOf;
        this.source = source;
        Map<String, Role> ids = new LinkedHashMap<>();
        Map<String, Role> names = new LinkedHashMap<>();
        roles.stream()
                .sorted(Comparator.comparing(r -> r.name().toLowerCase(Locale.ROOT)))
                .forEach(r -> {
                    ids.put(r.id(), r);
                    names.put(r.name().toLowerCase(Locale.ROOT), r);
                });
        this.byId = Collections.unmodifiableMap(ids);
        this.byName = Collections.unmodifiableMap(names);
    }

    /** The catalog bundled in the plugin jar. */
    /**
     * Identifies the bundled catalog's content without reading it into roles (a checksum of the resource):
     * an unchanged build can tell it is up to date without paying for the catalog.
     */
    public static String bundledFingerprint() {
        try (InputStream in = RoleCatalog.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("role catalog missing from the plugin jar: " + BUNDLED_RESOURCE);
            }
            byte[] bytes = in.readAllBytes();
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            crc.update(bytes);
            return "bundled:" + bytes.length + ":" + Long.toHexString(crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled role catalog", e);
        }
    }

    public static RoleCatalog bundled() {
        try (InputStream in = RoleCatalog.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("role catalog missing from the plugin jar: " + BUNDLED_RESOURCE);
            }
            return read(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled role catalog", e);
        }
    }

    /**
     * Loads a catalog file: either this project's compact catalog, or a raw {@code az role
     * definition list} export, which is imported on the fly with PEC eligibility taken from
     * {@code pecSource} (the table does not change with the export).
     */
    public static RoleCatalog load(Path file, RoleCatalog pecSource) throws IOException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = new ObjectMapper().readTree(in);
        }
        if (root != null && root.isArray()) {
            Set<String> pec = new HashSet<>();
            pecSource.roles().stream().filter(Role::pecEligible).forEach(r -> pec.add(r.id()));
            String source = "az role definition list export " + file.getFileName();
            RoleCatalog draft = RoleExport.fromExport(root, pec, null, Set.of(), source);
            return RoleExport.fromExport(root, pec, null, RoleExport.dataActionsChanged(pecSource, draft), source);
        }
        if (root == null || !root.isObject() || root.path("format").asInt() != FORMAT) {
            throw new IOException(file + " is neither a lighthouse role catalog (format " + FORMAT
                    + ") nor an 'az role definition list' export (a JSON array)");
        }
        return read(root);
    }

    static RoleCatalog read(JsonNode root) {
        List<Role> roles = new ArrayList<>();
        for (JsonNode r : root.path("roles")) {
            List<String> restricted = new ArrayList<>();
            r.path("restrictedActions").forEach(a -> restricted.add(a.asText()));
            roles.add(new Role(
                    r.path("id").asText(),
                    r.path("name").asText(),
                    r.path("dataActions").asBoolean(),
                    r.path("notDataActions").asBoolean(),
                    restricted,
                    r.path("includesReader").asBoolean(),
                    r.path("pec").asBoolean(),
                    r.path("dataActionsChangedRecently").asBoolean(),
                    r.path("allActions").asBoolean()));
        }
        return new RoleCatalog(
                LocalDate.parse(root.path("asOf").asText()), root.path("source").asText(), roles);
    }

    public Optional<Role> byId(String guid) {
        if (guid == null) {
            return Optional.empty();
        }
        Role exact = byId.get(guid); // ids are stored lower-case, and are usually written so
        return Optional.ofNullable(exact != null ? exact : byId.get(guid.toLowerCase(Locale.ROOT)));
    }

    public Optional<Role> byName(String name) {
        return name == null
                ? Optional.empty()
                : Optional.ofNullable(byName.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    /** Resolves a role written as a GUID or as a display name. */
    public Optional<Role> resolve(String guidOrName) {
        return byId(guidOrName).or(() -> byName(guidOrName));
    }

    /** The closest role names to a misspelt one, for "did you mean" hints. */
    public List<String> suggest(String text, int max) {
        String needle = text.trim().toLowerCase(Locale.ROOT);
        return byName.values().stream()
                .map(r -> Map.entry(r.name(), distance(needle, r.name().toLowerCase(Locale.ROOT))))
                .filter(e -> e.getValue() <= Math.max(2, needle.length() / 4))
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(max)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Roles sorted by name. */
    public Collection<Role> roles() {
        return byId.values();
    }

    public LocalDate asOf() {
        return asOf;
    }

    public String source() {
        return source;
    }
}
