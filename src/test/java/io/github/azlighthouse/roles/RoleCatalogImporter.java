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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The maintainers' tool that refreshes the bundled catalog: an {@code az role definition list} export plus
 * Microsoft's PEC role table ({@link RoleExport} derives the flags) written as this project's compact
 * role catalog, one role per line. Not part of the plugin jar: it lives in the test sources, and
 * {@code ./mvnw -B -Prole-catalog compile -Dcatalog.export=… -Dcatalog.pec=…} (see README) compiles and
 * runs it.
 */
public final class RoleCatalogImporter {

    private RoleCatalogImporter() {}

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

    /** Writes the catalog: a header, then one role per line so that refreshes diff cleanly. */
    public static String write(RoleCatalog catalog) {
        ObjectMapper mapper = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        out.append("{\n");
        out.append("  \"format\": ").append(RoleCatalog.FORMAT).append(",\n");
        out.append("  \"asOf\": ")
                .append(quote(mapper, catalog.asOf().toString()))
                .append(",\n");
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
            if (r.allActions()) {
                n.put("allActions", true);
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
                    .map(s -> s.trim().toLowerCase(Locale.ROOT))
                    .filter(s -> !s.isEmpty())
                    .forEach(changed::add);
        }
        LocalDate asOf = opts.containsKey("as-of") ? LocalDate.parse(opts.get("as-of")) : null;
        String source = opts.getOrDefault("source", "az role definition list export");
        if (opts.containsKey("previous")) {
            RoleCatalog previous = RoleCatalog.read(readJson(mapper, Path.of(opts.get("previous"))));
            RoleCatalog draft = RoleExport.fromExport(export, pec, asOf, Set.of(), source);
            changed.addAll(RoleExport.dataActionsChanged(previous, draft));
        }
        RoleCatalog catalog = RoleExport.fromExport(export, pec, asOf, changed, source);
        Path target = Path.of(opts.get("out"));
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.writeString(target, write(catalog), StandardCharsets.UTF_8);
        long supported = catalog.roles().stream().filter(Role::isSupported).count();
        long pecUsable = catalog.roles().stream().filter(Role::earnsPec).count();
        out.printf(
                "wrote %s: %d roles as of %s, %d Lighthouse-supported, %d PEC-eligible and supported, "
                        + "%d with recently changed DataActions%n",
                target, catalog.roles().size(), catalog.asOf(), supported, pecUsable, changed.size());
        return 0;
    }

    private static JsonNode readJson(ObjectMapper mapper, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return mapper.readTree(in);
        }
    }
}
