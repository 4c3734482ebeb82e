package io.github.azlighthouse.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** Case-insensitive reading of template JSON: ARM matches section and property names ignoring case. */
final class Json {

    private Json() {}

    /** The key of {@code object} that equals {@code name} ignoring case (an exact match first), or null. */
    static String key(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        if (object.has(name)) {
            return name;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            String k = it.next().getKey();
            if (k.equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }

    /** The member {@code name} of {@code object} (case-insensitive), or null. */
    static JsonNode field(JsonNode object, String name) {
        String k = key(object, name);
        return k == null ? null : object.get(k);
    }

    /** The member as literal text when it is a JSON string, else null. */
    static String text(JsonNode object, String name) {
        JsonNode n = field(object, name);
        return n != null && n.isTextual() ? n.asText() : null;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
