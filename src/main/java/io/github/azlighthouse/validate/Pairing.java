package io.github.azlighthouse.validate;

import io.github.azlighthouse.validate.ArmFile.Kind;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which parameter files go with which template (spec section 6), so that no parameter file is skipped
 * silently and a template with parameter files is judged with each of them, not on its defaults:
 * <ol>
 *   <li>an explicit pairing ({@code <pairings>}: {@code template.json=customers/*.json});
 *   <li>by name, in the template's folder: {@code X.json} takes {@code X.parameters.json} and every
 *       {@code X.<anything>.parameters.json} (the longest matching template name wins);
 *   <li>in a folder with exactly one template, every parameter file of that folder.
 * </ol>
 * Anything else is unpaired, and reported.
 */
public final class Pairing {

    /** A configured pairing: parameter files matching {@code parameters} (relative to {@code base}) go with {@code template}. */
    public record Explicit(String text, Path template, Path base, PathMatcher parameters) {
        boolean matches(Path file) {
            Path abs = file.toAbsolutePath().normalize();
            return abs.startsWith(base) && parameters.matches(base.relativize(abs));
        }
    }

    /** One checked unit: a template and one of its parameter files (null: judged on its default values). */
    public record Unit(ArmFile template, ArmFile parameters) {
        /** The unit's name in reports: the template, and its parameter file when there is one. */
        public String name() {
            if (parameters == null) {
                return template.name();
            }
            String p = parameters.folder().equals(template.folder())
                    ? parameters.name().substring(parameters.name().lastIndexOf('/') + 1)
                    : parameters.name();
            return template.name() + " with " + p;
        }
    }

    /** A parameter file without a template, and why. */
    public record Unpaired(ArmFile file, String reason) {}

    public record Result(List<Unit> units, List<Unpaired> unpaired) {}

    private Pairing() {}

    /**
     * Pairs the parameter files with their templates.
     *
     * @param files every file found, in name order
     */
    public static Result pair(List<ArmFile> files, List<Explicit> explicit) {
        Map<String, List<ArmFile>> templatesByFolder = new LinkedHashMap<>();
        Map<Path, ArmFile> templatesByPath = new HashMap<>(); // only explicit pairings name templates by path
        for (ArmFile f : files) {
            if (f.kind() == Kind.TEMPLATE) {
                templatesByFolder
                        .computeIfAbsent(f.folder(), k -> new ArrayList<>())
                        .add(f);
                if (!explicit.isEmpty()) {
                    templatesByPath.put(f.path().toAbsolutePath().normalize(), f);
                }
            }
        }
        // by identity: each file found is one object, and a record's equality would compare every field
        IdentityHashMap<ArmFile, List<ArmFile>> parametersOf = new IdentityHashMap<>();
        List<Unpaired> unpaired = new ArrayList<>();
        for (ArmFile p : files) {
            if (p.kind() != Kind.PARAMETERS) {
                continue;
            }
            Explicit rule = explicitFor(p, explicit);
            ArmFile template;
            String reason = null;
            if (rule != null) {
                template = templatesByPath.get(rule.template().toAbsolutePath().normalize());
                if (template == null) {
                    reason = "the pairing '" + rule.text() + "' names a template that was not found among the"
                            + " checked files";
                }
            } else {
                List<ArmFile> here = templatesByFolder.getOrDefault(p.folder(), List.of());
                template = byName(p, here);
                if (template == null && here.size() == 1) {
                    template = here.get(0);
                } else if (template == null) {
                    reason = here.isEmpty()
                            ? "there is no template in its folder"
                            : "its folder holds " + here.size() + " templates and none is named like it (X.json pairs"
                                    + " with X.parameters.json and X.<name>.parameters.json)";
                }
            }
            if (template != null) {
                parametersOf.computeIfAbsent(template, k -> new ArrayList<>()).add(p);
            } else {
                unpaired.add(new Unpaired(p, reason));
            }
        }
        List<Unit> units = new ArrayList<>();
        for (List<ArmFile> folder : templatesByFolder.values()) {
            for (ArmFile t : folder) {
                List<ArmFile> ps = parametersOf.getOrDefault(t, List.of());
                if (ps.isEmpty()) {
                    units.add(new Unit(t, null));
                }
                ps.stream().sorted(Comparator.comparing(ArmFile::name)).forEach(p -> units.add(new Unit(t, p)));
            }
        }
        units.sort(Comparator.comparing((Unit u) -> u.template().name())
                .thenComparing(u -> u.parameters() == null ? "" : u.parameters().name()));
        return new Result(units, unpaired);
    }

    /** The first explicit pairing that takes {@code p}, or null. */
    private static Explicit explicitFor(ArmFile p, List<Explicit> explicit) {
        for (Explicit e : explicit) {
            if (e.matches(p.path())) {
                return e;
            }
        }
        return null;
    }

    /** The template whose name, without {@code .json}, followed by a dot starts the parameter file's name; the longest. */
    private static ArmFile byName(ArmFile parameters, List<ArmFile> templates) {
        String name = parameters.baseName();
        ArmFile best = null;
        int bestLength = -1;
        for (ArmFile t : templates) {
            String base = t.baseName();
            String stem = base.endsWith(".json") ? base.substring(0, base.length() - 5) : base;
            if (name.startsWith(stem + ".") && stem.length() > bestLength) {
                best = t;
                bestLength = stem.length();
            }
        }
        return best;
    }
}
