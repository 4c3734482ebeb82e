package io.github.azlighthouse.arm.expression;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Conversions between text, JSON, base64 and URIs: {@code json}, {@code string}, {@code base64*}, {@code uri*}. */
final class Encodings {

    /** Immutable once built, so safe to share. Reads JSON as leniently as ARM's own reader (comments, single quotes). */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(
                    JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";

    private Encodings() {}

    static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] decode(String s) {
        return Base64.getDecoder().decode(s.replaceAll("\\s", ""));
    }

    static Value base64ToString(Call c) {
        Value problem = StringFunctions.text(c, 0);
        if (problem != null) {
            return problem;
        }
        try {
            return c.string(new String(decode(c.text(0)), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return c.error("the input is not a valid Base-64 string.");
        }
    }

    static Value base64ToJson(Call c) {
        Value problem = StringFunctions.text(c, 0);
        if (problem != null) {
            return problem;
        }
        try {
            return parse(c, new String(decode(c.text(0)), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return c.error("the input is not a valid Base-64 string.");
        }
    }

    static Value json(Call c) {
        Value problem = StringFunctions.text(c, 0);
        return problem != null ? problem : parse(c, c.text(0));
    }

    /** JSON text as a literal value; text Jackson cannot read is unknown (ARM's reader may be more lenient). */
    private static Value parse(Call c, String text) {
        if (text.length() > Budget.MAX_STRING) {
            return c.unknown("the JSON text is too long to read offline");
        }
        JsonNode node;
        try (JsonParser p = JSON.createParser(text)) {
            node = JSON.readTree(p);
        } catch (java.io.IOException | RuntimeException e) {
            return c.unknown("json(): the text is not JSON this evaluator can read");
        }
        if (node == null || node.isMissingNode()) {
            return c.unknown("json(): the text is empty");
        }
        return JsonValues.literal(node, c.at());
    }

    /** {@code string()}: text unchanged, integers in digits, arrays and objects as compact JSON. */
    static Value string(Call c) {
        Value v = c.arg(0);
        if (v.isString() || v.isInteger()) {
            return c.string(v.asText());
        }
        if (v.isArray() || v.isObject()) {
            if (!v.isFullyKnown()) {
                return c.unknown("string() of " + v.describe() + " with members known only at deployment");
            }
            try {
                return c.string(JSON.writeValueAsString(v.toJson()));
            } catch (java.io.IOException e) {
                return c.unknown("string(): the value could not be written as JSON");
            }
        }
        return c.unknown("string() of " + v.describe() + ": how ARM writes it is not documented");
    }

    static Value uri(Call c) {
        Value problem = StringFunctions.texts(c, 2);
        if (problem != null) {
            return problem;
        }
        try {
            URI base = new URI(c.text(0));
            if (!base.isAbsolute()) {
                return c.unknown("uri() with a relative base URI");
            }
            return c.string(base.resolve(new URI(c.text(1))).toString());
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return c.unknown("uri(): .NET's URI rules for this input are not reproduced offline");
        }
    }

    /** .NET {@code Uri.EscapeDataString}: everything but RFC 3986 unreserved characters, percent-encoded in UTF-8. */
    static String escapeData(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char ch = (char) (b & 0xff);
            if (ch < 128 && UNRESERVED.indexOf(ch) >= 0) {
                out.append(ch);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** .NET {@code Uri.UnescapeDataString}: {@code %XX} sequences decoded as UTF-8, anything else kept. */
    static String unescapeData(String s) {
        StringBuilder out = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == '%' && hex(s, i + 1) >= 0) {
                bytes.write(hex(s, i + 1));
                i += 3;
                continue;
            }
            if (bytes.size() > 0) {
                out.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
            out.append(s.charAt(i));
            i++;
        }
        out.append(bytes.toString(StandardCharsets.UTF_8));
        return out.toString();
    }

    private static int hex(String s, int i) {
        if (i + 1 >= s.length()) {
            return -1;
        }
        int hi = Character.digit(s.charAt(i), 16);
        int lo = Character.digit(s.charAt(i + 1), 16);
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    }

    static Value dataUriToString(Call c) {
        Value problem = StringFunctions.text(c, 0);
        if (problem != null) {
            return problem;
        }
        String s = c.text(0);
        int marker = s.indexOf(";base64,");
        if (!s.startsWith("data:") || marker < 0) {
            return c.unknown("dataUriToString() of a data URI that is not base64");
        }
        try {
            return c.string(new String(decode(s.substring(marker + 8)), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return c.error("the data URI does not hold valid Base-64 data.");
        }
    }
}
