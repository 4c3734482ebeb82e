package io.github.azlighthouse.validate;

import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceParser;
import io.github.azlighthouse.source.SyntaxError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * One JSON file found by {@code validate}, and what it is to ARM: told by {@code $schema} (any
 * {@code …DeploymentTemplate.json} or {@code …DeploymentParameters.json}, whatever its version), and
 * without one by its shape (a template has {@code resources}; a parameter file only {@code parameters}).
 *
 * @param name the file as shown to the user (relative to the project, '/'-separated)
 * @param error why the file could not be read (then {@code kind} is guessed from its name), or null
 */
public record ArmFile(String name, Path path, Kind kind, Position errorAt, String error) {

    public enum Kind {
        TEMPLATE,
        PARAMETERS,
        OTHER
    }

    public boolean unreadable() {
        return error != null;
    }

    /** The folder, as shown: files pair only within one folder. */
    public String folder() {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }

    /** The file name in lower case, without its folder. */
    public String baseName() {
        return name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    static ArmFile classify(String name, Path path, SourceParser parser) throws IOException {
        try {
            SourceParser.TopLevel top = parser.peek(path, name, "$schema");
            return new ArmFile(name, path, kind(top), null, null);
        } catch (SyntaxError e) {
            return new ArmFile(name, path, byName(name), e.position(), e.getMessage());
        }
    }

    /** As {@link #classify(String, Path, SourceParser)}, from the file's bytes already read. */
    static ArmFile classify(String name, Path path, byte[] bytes, SourceParser parser) throws IOException {
        try {
            return new ArmFile(name, path, kind(parser.peek(bytes, path, name, "$schema")), null, null);
        } catch (SyntaxError e) {
            return new ArmFile(name, path, byName(name), e.position(), e.getMessage());
        }
    }

    private static Kind kind(SourceParser.TopLevel top) {
        if (!top.isObject()) {
            return Kind.OTHER;
        }
        if (top.stopValue() != null) {
            String schema = top.stopValue().trim().toLowerCase(Locale.ROOT);
            int hash = schema.indexOf('#');
            String file = (hash < 0 ? schema : schema.substring(0, hash));
            file = file.substring(file.lastIndexOf('/') + 1);
            if (file.endsWith("deploymenttemplate.json")) {
                return Kind.TEMPLATE;
            }
            if (file.endsWith("deploymentparameters.json")) {
                return Kind.PARAMETERS;
            }
            return Kind.OTHER; // a policy, a JSON Schema, a workbook: not for us
        }
        Set<String> keys = lower(top.keys());
        if (keys.contains("resources")) {
            return Kind.TEMPLATE;
        }
        return keys.contains("parameters") ? Kind.PARAMETERS : Kind.OTHER;
    }

    /** For a file that cannot be read: {@code x.parameters.json} and {@code x.<name>.parameters.json} are parameter files. */
    static Kind byName(String name) {
        return isParameterName(name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT))
                ? Kind.PARAMETERS
                : Kind.TEMPLATE;
    }

    /** {@code parameters.json}, {@code x.parameters.json}, {@code x.parameters.dev.json}, {@code x.dev.parameters.json}. */
    static boolean isParameterName(String lowerBaseName) {
        String stem = lowerBaseName.endsWith(".json")
                ? lowerBaseName.substring(0, lowerBaseName.length() - 5)
                : lowerBaseName;
        for (String part : stem.split("\\.", 0)) {
            if (part.equals("parameters")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> lower(Set<String> keys) {
        Set<String> out = new java.util.HashSet<>();
        keys.forEach(k -> out.add(k.toLowerCase(Locale.ROOT)));
        return out;
    }
}
