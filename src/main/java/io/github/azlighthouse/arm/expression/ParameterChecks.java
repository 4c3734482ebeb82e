package io.github.azlighthouse.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.azlighthouse.findings.FindingSink;
import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks ARM applies to supplied parameter values before it deploys, reported as
 * {@link RuleIds#PARAMETER_MISMATCH} at the supplied key or value: a parameter the template does not
 * declare, a value of another JSON type than the declared {@code type}, a value outside
 * {@code allowedValues}, {@code minValue}/{@code maxValue}, {@code minLength}/{@code maxLength}. Only
 * what is certain is reported: unknown values, null, untyped ({@code $ref} to something without a plain
 * type) and case-only differences from allowed values are left alone.
 */
final class ParameterChecks {

    private final FindingSink sink;
    private final Subject subject;
    private final String origin; // "the parameters file", or the nested deployment's parameters

    ParameterChecks(FindingSink sink, Subject subject, String origin) {
        this.sink = sink;
        this.subject = subject;
        this.origin = origin;
    }

    /** Reports findings; returns the problem of each declared parameter that fails, by lower-case name. */
    Map<String, String> check(Parameters params, Map<String, Parameters.Supplied> supplied) {
        Map<String, String> problems = new HashMap<>();
        for (Parameters.Supplied s : supplied.values()) {
            JsonNode decl = params.declaration(s.name());
            if (decl == null) {
                report(
                        s.keyAt(),
                        "The template parameters '" + s.name() + "' in " + origin + " are not valid; they are"
                                + " not present in the original template and can therefore not be provided at deployment time."
                                + " The only supported parameters for this template are '"
                                + String.join(", ", params.declaredNames()) + "'.");
                continue;
            }
            String problem = problem(params, s, decl);
            if (problem != null) {
                report(s.valueAt(), "parameter '" + s.name() + "': " + problem);
                problems.put(Json.lower(s.name()), problem);
            }
        }
        return problems;
    }

    private void report(Position at, String message) {
        if (sink != null) {
            sink.report(RuleIds.PARAMETER_MISMATCH, subject, at, message);
        }
    }

    private static String problem(Parameters params, Parameters.Supplied s, JsonNode decl) {
        Value v = s.value();
        if (v == null || !v.isResolved() || v.isNull()) {
            return null;
        }
        String type = type(params, decl);
        String expected = type == null
                ? null
                : switch (type) {
                    case "string", "securestring" -> "String";
                    case "int" -> "Integer";
                    case "bool" -> "Boolean";
                    case "object", "secureobject" -> "Object";
                    case "array" -> "Array";
                    default -> null;
                };
        String actual = Call.typeName(v.kind());
        if (expected == null) {
            return null;
        }
        if (!expected.equals(actual)) {
            return "Template parameter JToken type is not valid. Expected '" + expected + "'. Actual '" + actual + "'.";
        }
        String prefix = "The provided value for the template parameter '" + s.name() + "' is not valid. ";
        String allowed = allowed(decl, v, expected);
        if (allowed != null) {
            return prefix + allowed;
        }
        Long min = integer(decl, "minValue");
        Long max = integer(decl, "maxValue");
        if (v.isInteger() && min != null && v.asLong() < min) {
            return prefix + "The value " + v.asLong() + " is less than the minValue " + min + ".";
        }
        if (v.isInteger() && max != null && v.asLong() > max) {
            return prefix + "The value " + v.asLong() + " is greater than the maxValue " + max + ".";
        }
        long length = v.isString() ? v.asText().length() : v.isArray() ? v.size() : -1;
        Long minLength = integer(decl, "minLength");
        Long maxLength = integer(decl, "maxLength");
        if (length >= 0 && minLength != null && length < minLength) {
            return prefix + "The length of the value, " + length + ", is less than the minLength " + minLength + ".";
        }
        if (length >= 0 && maxLength != null && length > maxLength) {
            return prefix + "The length of the value, " + length + ", is greater than the maxLength " + maxLength + ".";
        }
        return null;
    }

    /** Why {@code v} is outside {@code allowedValues} (each element, for an array parameter), or null. */
    private static String allowed(JsonNode decl, Value v, String expected) {
        JsonNode list = Json.field(decl, "allowedValues");
        if (list == null || !list.isArray()) {
            return null;
        }
        List<Value> allowed = new ArrayList<>();
        for (JsonNode n : list) {
            allowed.add(JsonValues.literal(n, v.at()));
        }
        List<Value> candidates =
                expected.equals("Array") && Equality.contains(allowed, v) != Equality.TRUE ? v.elements() : List.of(v);
        for (Value c : candidates) {
            if (Equality.contains(allowed, c) != Equality.FALSE || (c.isString() && matchesIgnoringCase(allowed, c))) {
                continue; // allowed, unknown, or different only in case (ARM's comparison there is not documented)
            }
            List<String> shown = new ArrayList<>();
            list.forEach(n -> shown.add(n.isTextual() ? n.asText() : n.toString()));
            return "The parameter value " + c.describe() + " is not part of the allowed value(s): '"
                    + String.join(",", shown) + "'.";
        }
        return null;
    }

    private static boolean matchesIgnoringCase(List<Value> allowed, Value c) {
        for (Value a : allowed) {
            if (a.isString() && a.asText().equalsIgnoreCase(c.asText())) {
                return true;
            }
        }
        return false;
    }

    private static Long integer(JsonNode decl, String key) {
        JsonNode n = Json.field(decl, key);
        return n != null && n.isIntegralNumber() && n.canConvertToLong() ? n.asLong() : null;
    }

    /** The declared type in lower case, following languageVersion 2.0 {@code $ref}s to definitions; null if none. */
    static String type(Parameters params, JsonNode decl) {
        JsonNode d = resolve(params, decl);
        String type = Json.text(d, "type");
        return type == null ? null : type.toLowerCase(Locale.ROOT);
    }

    /** True when the declaration (or its {@code $ref} definition) says {@code "nullable": true}. */
    static boolean nullable(Parameters params, JsonNode decl) {
        JsonNode n = Json.field(decl, "nullable");
        if (n != null) {
            return n.isBoolean() && n.asBoolean();
        }
        JsonNode d = resolve(params, decl);
        JsonNode m = Json.field(d, "nullable");
        return m != null && m.isBoolean() && m.asBoolean();
    }

    private static JsonNode resolve(Parameters params, JsonNode decl) {
        JsonNode d = decl;
        for (int hops = 0; hops < 10 && d != null && Json.text(d, "type") == null; hops++) {
            String ref = Json.text(d, "$ref");
            if (ref == null || !ref.startsWith("#/definitions/")) {
                return d;
            }
            d = Json.field(Json.field(params.scope().node(), "definitions"), ref.substring("#/definitions/".length()));
        }
        return d;
    }
}
