package io.github.azlighthouse.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The catalog as a text table for {@code lighthouse:roles}: name, GUID, Lighthouse support (or why
 * not), PEC eligibility. Filters: {@code pec} (roles the PEC account can hold), {@code supported},
 * or any part of a role's name.
 */
public final class RoleTable {

    private RoleTable() {}

    public static Predicate<Role> filter(String filter) {
        if (filter == null || filter.isBlank()) {
            return r -> true;
        }
        String f = filter.trim().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "pec" -> Role::earnsPec;
            case "supported" -> Role::isSupported;
            default -> r -> r.name().toLowerCase(Locale.ROOT).contains(f) || r.id().equals(f);
        };
    }

    public static List<String> lines(RoleCatalog catalog, String filter) {
        List<Role> roles = catalog.roles().stream().filter(filter(filter)).toList();
        int width = Math.max(
                4, roles.stream().mapToInt(r -> r.name().length()).max().orElse(4));
        List<String> lines = new ArrayList<>();
        String format = "%-" + width + "s  %-36s  %-3s  %s";
        lines.add(String.format(format, "role", "id", "PEC", "Lighthouse"));
        lines.add("-".repeat(width) + "  " + "-".repeat(36) + "  ---  " + "-".repeat(10));
        for (Role r : roles) {
            lines.add(String.format(
                    format,
                    r.name(),
                    r.id(),
                    r.pecEligible() ? "yes" : "no",
                    r.support().text()));
        }
        return lines;
    }
}
