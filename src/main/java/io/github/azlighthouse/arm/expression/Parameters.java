package io.github.azlighthouse.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A template's parameters: the supplied value (a parameter file, or a nested deployment's
 * {@code parameters}) when there is one, else the evaluated {@code defaultValue}, else unknown. Supplied
 * values are literal, as Microsoft documents for parameter files. The checks ARM applies to supplied
 * values run when the parameters are read (see {@link ParameterChecks}); a value that fails them is invalid.
 */
final class Parameters {

    /** A value given for a parameter, with the places of its key and value. */
    record Supplied(String name, Position keyAt, Position valueAt, Value value, String unknownReason) {}

    private final TemplateScope scope;
    private final JsonNode declarations; // the template's "parameters" object
    private final String pointer; // of that object
    private final Map<String, Supplied> supplied;
    private final Map<String, Lazy> values = new LinkedHashMap<>();

    Parameters(TemplateScope scope, Map<String, Supplied> supplied, ParameterChecks checks) {
        this.scope = scope;
        String key = Json.key(scope.node(), "parameters");
        JsonNode decl = key == null ? null : scope.node().get(key);
        this.declarations = decl != null && decl.isObject() ? decl : null;
        this.pointer = scope.pointer() + "/" + (key == null ? "parameters" : SourceDocument.escape(key));
        this.supplied = supplied;
        Map<String, String> problems = checks.check(this, supplied);
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        declarations == null ? java.util.Collections.emptyIterator() : declarations.fields();
                it.hasNext(); ) {
            String name = it.next().getKey();
            String p = pointer + "/" + SourceDocument.escape(name);
            values.put(
                    Json.lower(name),
                    Lazy.defer(
                            scope.budget(),
                            Position.in(scope.doc(), p),
                            "parameter '" + name + "'",
                            () -> resolve(name, p, problems.get(Json.lower(name)))));
        }
    }

    /** Reads a parameter-file document's {@code parameters} entries (literal values). */
    static Map<String, Supplied> fromFile(SourceDocument file, Budget budget) {
        Map<String, Supplied> result = new LinkedHashMap<>();
        if (file == null || !file.root().isObject()) {
            return result;
        }
        String key = Json.key(file.root(), "parameters");
        JsonNode entries = key == null ? null : file.root().get(key);
        if (entries == null || !entries.isObject()) {
            return result;
        }
        String base = "/" + SourceDocument.escape(key);
        for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = base + "/" + SourceDocument.escape(e.getKey());
            result.put(
                    Json.lower(e.getKey()),
                    entry(
                            e.getKey(),
                            e.getValue(),
                            file,
                            base,
                            p,
                            valuePointer -> JsonValues.literal(file.node(valuePointer), file, valuePointer, budget)));
        }
        return result;
    }

    /** One {@code {"value": …}} or {@code {"reference": …}} entry; {@code value} reads the value at a pointer. */
    static Supplied entry(
            String name,
            JsonNode entry,
            SourceDocument doc,
            String base,
            String p,
            java.util.function.Function<String, Value> value) {
        Position keyAt = Position.ofKey(doc, base, name);
        String valueKey = Json.key(entry, "value");
        if (valueKey != null) {
            String vp = p + "/" + SourceDocument.escape(valueKey);
            return new Supplied(name, keyAt, Position.in(doc, vp), value.apply(vp), null);
        }
        String why = Json.key(entry, "reference") != null
                ? "parameter '" + name + "' is read from Key Vault at deployment"
                : "parameter '" + name + "' is given without a 'value'";
        return new Supplied(name, keyAt, Position.in(doc, p), null, why);
    }

    JsonNode declarations() {
        return declarations;
    }

    TemplateScope scope() {
        return scope;
    }

    /** The declaration of {@code name} (case-insensitive), or null. */
    JsonNode declaration(String name) {
        return Json.field(declarations, name);
    }

    List<String> declaredNames() {
        List<String> names = new ArrayList<>();
        if (declarations != null) {
            declarations.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** The parameter's value, or null when the template does not declare it. */
    Value get(String name) {
        Lazy cell = values.get(Json.lower(name));
        return cell == null ? null : cell.get();
    }

    private Value resolve(String name, String declPointer, String problem) {
        Supplied s = supplied.get(Json.lower(name));
        String symbol = "parameters(" + Symbols.quote(name) + ")";
        if (s != null) {
            if (problem != null) {
                return Unresolved.invalid(s.valueAt(), problem, symbol);
            }
            if (s.value() == null) {
                return Unresolved.unknown(s.valueAt(), s.unknownReason(), symbol);
            }
            if (s.value().isNull() && !ParameterChecks.nullable(this, declaration(name))) {
                return Unresolved.unknown(
                        s.valueAt(),
                        "parameter '" + name + "' is given as null; what ARM does with"
                                + " null for a parameter that is not nullable is not documented",
                        symbol);
            }
            return s.value();
        }
        JsonNode decl = declaration(name);
        String defaultKey = Json.key(decl, "defaultValue");
        if (defaultKey != null) {
            String p = declPointer + "/" + SourceDocument.escape(defaultKey);
            return JsonValues.template(decl.get(defaultKey), scope.rootEnv().place(p), null);
        }
        if (ParameterChecks.nullable(this, decl)) {
            return Scalar.nul(Position.in(scope.doc(), declPointer));
        }
        return Unresolved.unknown(
                Position.in(scope.doc(), declPointer),
                "parameter '" + name + "' has no value: " + scope.noValueText() + " and no defaultValue",
                symbol);
    }
}
