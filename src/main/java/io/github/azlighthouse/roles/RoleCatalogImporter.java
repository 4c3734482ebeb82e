package io.github.azlighthouse.roles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns an {@code az role definition list} export plus Microsoft's PEC role table into this
 * project's compact role catalog. The derivations follow docs/role-catalog.md: union of all
 * permission blocks; DataActions/NotDataActions; literal, case-insensitive match against the 13
 * restricted Microsoft.Authorization actions; "includes Reader"; the PEC table as an allowlist.
 *
 * <p>Run it with {@code ./mvnw -B -Prole-catalog compile -Dcatalog.export=… -Dcatalog.pec=…}
 * (see README), or directly with {@link #main}.
 */
public final class RoleCatalogImporter {

    /** Lighthouse rejects a role whose actions contain one of these, compared case-insensitively. */
    public static final Set<String> RESTRICTED_ACTIONS = Set.of(
            "microsoft.authorization/*",
            "microsoft.authorization/*/write",
            "microsoft.authorization/*/delete",
            "microsoft.authorization/roleassignments/write",
            "microsoft.authorization/roleassignments/delete",
            "microsoft.authorization/roledefinitions/write",
            "microsoft.authorization/roledefinitions/delete",
            "microsoft.authorization/classicadministrators/write",
            "microsoft.authorization/classicadministrators/delete",
            "microsoft.authorization/locks/write",
            "microsoft.authorization/locks/delete",
            "microsoft.authorization/denyassignments/write",
            "microsoft.authorization/denyassignments/delete");

    private RoleCatalogImporter() {
    }

    /**
     * Builds a catalog from an export.
     *
     * @param export the JSON array {@code az role definition list} prints
     * @param pecEligibleIds role GUIDs of the "Yes" rows of the PEC table
     * @param asOf the date the export reflects; {@code null} takes the newest {@code updatedOn}
     * @param changedRecently GUIDs whose DataActions changed shortly before {@code asOf}
     */
    public static RoleCatalog fromExport(JsonNode export, Set<String> pecEligibleIds, LocalDate asOf,
            Set<String> changedRecently, String source) {
        List<Role> roles = new ArrayList<>();
        LocalDate newest = LocalDate.MIN;
        for (JsonNode r : export) {
            String id = r.path("name").asText();
            Set<String> actions = new LinkedHashSet<>();
            Set<String> notActions = new LinkedHashSet<>();
            boolean dataActions = false;
            boolean notDataActions = false;
            for (JsonNode block : r.path("permissions")) {
                block.path("actions").forEach(a -> actions.add(a.asText()));
                block.path("notActions").forEach(a -> notActions.add(a.asText()));
                dataActions |= !block.path("dataActions").isEmpty();
                notDataActions |= !block.path("notDataActions").isEmpty();
            }
            List<String> restricted = actions.stream()
                    .filter(a -> RESTRICTED_ACTIONS.contains(a.toLowerCase(Locale.ROOT)))
                    .toList();
            boolean includesReader = (actions.contains("*") || actions.contains("*/read"))
                    && notActions.stream().noneMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("/read")
                            || n.equals("*") || n.endsWith("/*"));
            String lower = id.toLowerCase(Locale.ROOT);
            roles.add(new Role(lower, r.path("roleName").asText(), dataActions, notDataActions, restricted,
                    includesReader, pecEligibleIds.contains(lower), changedRecently.contains(lower)));
            String updated = r.path("updatedOn").asText("");
            if (!updated.isEmpty()) {
                LocalDate day = OffsetDateTime.parse(updated).toLocalDate();
                newest = day.isAfter(newest) ? day : newest;
            }
        }
        return new RoleCatalog(asOf != null ? asOf : newest, source, roles);
    }

    /** GUIDs of the "Yes" rows of the PEC table file ({@code roles[].id}, {@code roles[].pecEligible}). */
    public static Set<String> pecEligibleIds(JsonNode pecTable) {
        Set<String> ids = new HashSet<>();
        for (JsonNode row : pecTable.path("roles")) {
            if (row.path("pecEligible").asBoolean(false) && row.hasNonNull("id")) {
                ids.add(row.path("id").asText().toLowerCase(Locale.ROOT));
            }
        }
        return ids;
    }

    /** GUIDs of roles whose "has DataActions" differs between two catalogs. */
    public static Set<String> dataActionsChanged(RoleCatalog previous, RoleCatalog current) {
        Set<String> ids = new TreeSet<>();
        for (Role now : current.roles()) {
            previous.byId(now.id()).ifPresent(before -> {
                if (before.hasDataActions() != now.hasDataActions() || before.dataActionsChangedRecently()) {
                    ids.add(now.id());
                }
            });
        }
        return ids;
    }

    /** Writes the catalog: a header, then one role per line so that refreshes diff cleanly. */
    public static String write(RoleCatalog catalog) {
        ObjectMapper mapper = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        out.append("{\n");
        out.append("  \"format\": ").append(RoleCatalog.FORMAT).append(",\n");
        out.append("  \"asOf\": ").append(quote(mapper, catalog.asOf().toString())).append(",\n");
        out.append("  \"source\": ").append(quote(mapper, catalog.source())).append(",\n");
        out.append("  \"roles\": [\n");
        List<Role> roles = new ArrayList<>(catalog.roles());
        for (int i = 0; i < roles.size(); i++) {
            Role r = roles.get(i);
            ObjectNode n = mapper.createObjectNode();
            n.put("id", r.id());
            n.put("name", r.name());
            if (r.hasDataActions()) {
                n.put("dataActions", true);
            }
            if (r.hasNotDataActions()) {
                n.put("notDataActions", true);
            }
            if (!r.restrictedActions().isEmpty()) {
                r.restrictedActions().forEach(n.putArray("restrictedActions")::add);
            }
            if (r.includesReader()) {
                n.put("includesReader", true);
            }
            if (r.pecEligible()) {
                n.put("pec", true);
            }
            if (r.dataActionsChangedRecently()) {
                n.put("dataActionsChangedRecently", true);
            }
            out.append("    ").append(n).append(i + 1 < roles.size() ? ",\n" : "\n");
        }
        out.append("  ]\n}\n");
        return out.toString();
    }

    private static String quote(ObjectMapper mapper, String s) {
        return mapper.getNodeFactory().textNode(s).toString();
    }

    /**
     * {@code --export roles.json --pec pec-eligible-roles.json --out role-catalog.json
     * [--as-of YYYY-MM-DD] [--source TEXT] [--previous old-catalog.json] [--changed-recently guid,guid]}.
     */
    public static void main(String[] args) throws IOException {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                break;
            }
            if (!args[i + 1].isBlank()) { // an empty value (e.g. an unset Maven property) means "not given"
                opts.put(args[i].substring(2), args[i + 1]);
            }
        }
        if (args.length % 2 != 0 || !opts.keySet().containsAll(List.of("export", "pec", "out"))) {
            err.println("usage: RoleCatalogImporter --export <az role definition list JSON> --pec <PEC table JSON>"
                    + " --out <catalog JSON> [--as-of YYYY-MM-DD] [--source TEXT] [--previous <catalog JSON>]"
                    + " [--changed-recently guid,guid,...]");
            return 2;
        }
        ObjectMapper mapper = new ObjectMapper();
        JsonNode export = readJson(mapper, Path.of(opts.get("export")));
        if (!export.isArray()) {
            err.println(opts.get("export") + ": expected the JSON array that 'az role definition list' prints");
            return 1;
        }
        Set<String> pec = pecEligibleIds(readJson(mapper, Path.of(opts.get("pec"))));
        Set<String> changed = new TreeSet<>();
        if (opts.containsKey("changed-recently")) {
            Arrays.stream(opts.get("changed-recently").split(","))
                    .map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).forEach(changed::add);
        }
        LocalDate asOf = opts.containsKey("as-of") ? LocalDate.parse(opts.get("as-of")) : null;
        String source = opts.getOrDefault("source", "az role definition list export");
        if (opts.containsKey("previous")) {
            RoleCatalog previous = RoleCatalog.read(readJson(mapper, Path.of(opts.get("previous"))));
            RoleCatalog draft = fromExport(export, pec, asOf, Set.of(), source);
            changed.addAll(dataActionsChanged(previous, draft));
        }
        RoleCatalog catalog = fromExport(export, pec, asOf, changed, source);
        Path target = Path.of(opts.get("out"));
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.writeString(target, write(catalog), StandardCharsets.UTF_8);
        long supported = catalog.roles().stream().filter(Role::isSupported).count();
        long pecUsable = catalog.roles().stream().filter(Role::earnsPec).count();
        out.printf("wrote %s: %d roles as of %s, %d Lighthouse-supported, %d PEC-eligible and supported, "
                + "%d with recently changed DataActions%n", target, catalog.roles().size(), catalog.asOf(),
                supported, pecUsable, changed.size());
        return 0;
    }

    private static JsonNode readJson(ObjectMapper mapper, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return mapper.readTree(in);
        }
    }
}
