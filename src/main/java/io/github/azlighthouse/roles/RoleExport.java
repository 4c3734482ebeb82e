package io.github.azlighthouse.roles;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an {@code az role definition list} export into a {@link RoleCatalog}: what the plugin needs at
 * run time for {@code lighthouse.roleCatalog=roles.json}, and what the maintainers' importer (test sources,
 * {@code -Prole-catalog}) writes the bundled catalog from. The derivations follow docs/role-catalog.md:
 * union of all permission blocks; DataActions/NotDataActions; literal, case-insensitive match against the
 * 13 restricted Microsoft.Authorization actions; "includes Reader"; {@code *} among the actions; the PEC table
 * as an allowlist.
 */
public final class RoleExport {

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

    private RoleExport() {}

    /**
     * Builds a catalog from an export.
     *
     * @param export the JSON array {@code az role definition list} prints
     * @param pecEligibleIds role GUIDs of the "Yes" rows of the PEC table
     * @param asOf the date the export reflects; {@code null} takes the newest {@code updatedOn}
     * @param changedRecently GUIDs whose DataActions changed shortly before {@code asOf}
     */
    public static RoleCatalog fromExport(
            JsonNode export, Set<String> pecEligibleIds, LocalDate asOf, Set<String> changedRecently, String source) {
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
                    && notActions.stream()
                            .noneMatch(n ->
                                    n.toLowerCase(Locale.ROOT).endsWith("/read") || n.equals("*") || n.endsWith("/*"));
            String lower = id.toLowerCase(Locale.ROOT);
            roles.add(new Role(
                    lower,
                    r.path("roleName").asText(),
                    dataActions,
                    notDataActions,
                    restricted,
                    includesReader,
                    pecEligibleIds.contains(lower),
                    changedRecently.contains(lower),
                    actions.contains("*")));
            String updated = r.path("updatedOn").asText("");
            if (!updated.isEmpty()) {
                LocalDate day = OffsetDateTime.parse(updated).toLocalDate();
                newest = day.isAfter(newest) ? day : newest;
            }
        }
        return new RoleCatalog(asOf != null ? asOf : newest, source, roles);
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
}
