package io.github.azlighthouse.arm;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceDocument;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the ARM expressions a Lighthouse template uses for its values: {@code [parameters('x')]}
 * (parameter file value, else {@code defaultValue}) and {@code [variables('x')]}, recursively. Any other
 * expression is reported as unresolved, never guessed. A resolved value remembers the file and JSON
 * Pointer it came from, so findings point at the parameter file when that is where the value lives.
 */
final class TemplateValues {

    /** A JSON value and where it stands. {@code node == null} means unresolved. */
    record Value(JsonNode node, SourceDocument doc, String pointer) {
        Position at() {
            return Position.in(doc, pointer);
        }

        boolean resolved() {
            return node != null && !node.isMissingNode();
        }

        Value child(String name) {
            JsonNode c = node == null ? null : node.get(name);
            return new Value(c, doc, pointer + "/" + SourceDocument.escape(name));
        }

        Value child(int index) {
            JsonNode c = node == null ? null : node.get(index);
            return new Value(c, doc, pointer + "/" + index);
        }
    }

    private static final Pattern REFERENCE =
            Pattern.compile("^\\[\\s*(parameters|variables)\\s*\\(\\s*'([^']+)'\\s*\\)\\s*\\]$", Pattern.CASE_INSENSITIVE);

    private final SourceDocument template;
    private final SourceDocument parameters;
    private final Consumer<Unresolved> unresolved;

    /** Why a value could not be evaluated, and where. */
    record Unresolved(Position at, String expression, String reason) {
    }

    TemplateValues(SourceDocument template, SourceDocument parameters, Consumer<Unresolved> unresolved) {
        this.template = template;
        this.parameters = parameters;
        this.unresolved = unresolved;
    }

    static boolean isExpression(JsonNode node) {
        return node != null && node.isTextual() && isExpression(node.asText());
    }

    /**
     * ARM reads a string as an expression when it is {@code [...]} and does not start with {@code [[}
     * (a character test, not a regex: every string of every template passes here).
     */
    static boolean isExpression(String text) {
        int n = text.length();
        return n >= 2 && text.charAt(0) == '[' && text.charAt(n - 1) == ']' && text.charAt(1) != '[';
    }

    /** The template value at {@code pointer}, with expressions in it resolved. */
    Value at(String pointer) {
        return resolve(new Value(template.root().at(pointer), template, pointer));
    }

    /**
     * Resolves {@code v} when it is an expression written in the template; values from a parameter
     * file are literal (ARM does not evaluate them). A leading {@code [[} is ARM's escape for '['.
     */
    Value resolve(Value v) {
        return resolve(v, new HashSet<>());
    }

    private Value resolve(Value v, Set<String> visiting) {
        if (v.node() == null || !v.node().isTextual() || v.doc() != template) {
            return v;
        }
        String text = v.node().asText();
        if (text.startsWith("[[")) {
            return new Value(com.fasterxml.jackson.databind.node.TextNode.valueOf(text.substring(1)), v.doc(), v.pointer());
        }
        if (!isExpression(text)) {
            return v;
        }
        Matcher m = REFERENCE.matcher(text);
        if (!m.matches()) {
            unresolved.accept(new Unresolved(v.at(), text, "only [parameters('…')] and [variables('…')] are"
                    + " evaluated"));
            return new Value(null, v.doc(), v.pointer());
        }
        String kind = m.group(1).toLowerCase(Locale.ROOT);
        String name = m.group(2);
        if (!visiting.add(kind + ":" + name.toLowerCase(Locale.ROOT))) {
            unresolved.accept(new Unresolved(v.at(), text, "it refers to itself"));
            return new Value(null, v.doc(), v.pointer());
        }
        Value found = kind.equals("parameters") ? parameter(name, v, text) : variable(name, v, text);
        return found.resolved() ? resolve(found, visiting) : found;
    }

    private Value parameter(String name, Value from, String text) {
        if (parameters != null) {
            String key = key(parameters.root().path("parameters"), name);
            if (key != null) {
                String p = "/parameters/" + SourceDocument.escape(key);
                JsonNode entry = parameters.root().at(p);
                if (entry.has("value")) {
                    return new Value(entry.get("value"), parameters, p + "/value");
                }
                unresolved.accept(new Unresolved(parameters.position(p), text, "the parameter file gives no literal"
                        + " value (a Key Vault reference?)"));
                return new Value(null, parameters, p);
            }
        }
        String key = key(template.root().path("parameters"), name);
        if (key != null && template.root().path("parameters").path(key).has("defaultValue")) {
            String p = "/parameters/" + SourceDocument.escape(key) + "/defaultValue";
            return new Value(template.root().at(p), template, p);
        }
        unresolved.accept(new Unresolved(from.at(), text, "parameter '" + name + "' has no value"
                + (parameters == null ? " (no parameter file found beside the template)" : " in the parameter file")
                + " and no defaultValue"));
        return new Value(null, from.doc(), from.pointer());
    }

    private Value variable(String name, Value from, String text) {
        String key = key(template.root().path("variables"), name);
        if (key == null) {
            unresolved.accept(new Unresolved(from.at(), text, "variable '" + name + "' is not defined"));
            return new Value(null, from.doc(), from.pointer());
        }
        String p = "/variables/" + SourceDocument.escape(key);
        return new Value(template.root().at(p), template, p);
    }

    /** ARM names are case-insensitive: the object's key that matches {@code name}, or null. */
    static String key(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            String k = it.next().getKey();
            if (k.equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }
}
