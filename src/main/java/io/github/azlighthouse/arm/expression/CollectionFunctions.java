package io.github.azlighthouse.arm.expression;

import static io.github.azlighthouse.arm.expression.Functions.add;

import io.github.azlighthouse.arm.expression.Functions.Spec;
import io.github.azlighthouse.arm.expression.Value.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Array and object functions that work on whole containers: building, measuring, slicing and
 * searching. Set operations ({@code union}, {@code intersection}) and object listing are in
 * {@link ObjectFunctions}. Containers keep unknown members where the result does not depend on them.
 */
final class CollectionFunctions {

    private CollectionFunctions() {}

    static void register(Map<String, Spec> r) {
        add(r, "createArray", 0, -1, true, CollectionFunctions::createArray);
        add(r, "createObject", 0, -1, true, CollectionFunctions::createObject);
        add(
                r,
                "array",
                1,
                1,
                false,
                c -> c.arg(0).isArray()
                        ? c.arg(0)
                        : c.arg(0).isNull() ? c.unknown("array(null) is not documented") : c.array(List.of(c.arg(0))));
        add(r, "length", 1, 1, false, c -> measure(c, false));
        add(r, "empty", 1, 1, false, c -> measure(c, true));
        add(r, "contains", 2, 2, false, CollectionFunctions::contains);
        add(r, "first", 1, 1, false, c -> end(c, true));
        add(r, "last", 1, 1, false, c -> end(c, false));
        add(r, "skip", 2, 2, false, c -> slice(c, true));
        add(r, "take", 2, 2, false, c -> slice(c, false));
        add(r, "indexOf", 2, 2, false, c -> find(c, true));
        add(r, "lastIndexOf", 2, 2, false, c -> find(c, false));
        add(r, "range", 2, 2, false, CollectionFunctions::range);
        add(r, "join", 2, 2, false, CollectionFunctions::join);
        ObjectFunctions.register(r);
    }

    private static Value createArray(Call c) {
        List<Value> items = c.args();
        for (Value v : items) {
            if (v.isInvalid()) {
                return v;
            }
        }
        return c.array(items);
    }

    private static Value createObject(Call c) {
        if (c.count() % 2 != 0) {
            return c.error("the function only accepts an even number of arguments (" + c.count() + " were provided).");
        }
        Map<String, Value> members = new LinkedHashMap<>();
        for (int i = 0; i < c.count(); i += 2) {
            Value key = c.arg(i);
            Value value = c.arg(i + 1);
            if (key.isInvalid() || value.isInvalid()) {
                return key.isInvalid() ? key : value;
            }
            if (!key.isString()) {
                return key.isUnknown()
                        ? Unresolved.unknown(c.at(), key.reason(), c.symbol())
                        : c.expect(i, Kind.STRING);
            }
            members.put(key.asText(), value);
        }
        return c.object(members);
    }

    /** {@code length} or {@code empty} of a string, array or object (null counts as empty). */
    private static Value measure(Call c, boolean empty) {
        Value v = c.arg(0);
        if (empty && v.isNull()) {
            return c.bool(true);
        }
        int n;
        if (v.isString()) {
            n = v.asText().length();
        } else if (v.isObject() && ((ObjectValue) v).isOpen()) {
            return empty && v.size() > 0 ? c.bool(false) : c.unknown("the object has more properties at deployment");
        } else if (v.isArray() || v.isObject()) {
            n = v.size();
        } else {
            Value problem = c.expect(0, Kind.STRING, Kind.ARRAY, Kind.OBJECT);
            return problem != null ? problem : c.unknown("unexpected argument");
        }
        return empty ? c.bool(n == 0) : c.integer(n);
    }

    private static Value contains(Call c) {
        Value container = c.arg(0);
        Value item = c.arg(1);
        if (container.isString()) {
            return item.isString()
                    ? c.bool(container.asText().contains(item.asText()))
                    : c.unknown("contains() of a string and " + item.describe());
        }
        if (container.isObject()) {
            if (!item.isString()) {
                return c.unknown("contains() of an object and " + item.describe());
            }
            return container.has(item.asText())
                    ? c.bool(true)
                    : ((ObjectValue) container).isOpen()
                            ? c.unknown("the object has more properties at deployment")
                            : c.bool(false);
        }
        if (container.isArray()) {
            Boolean found = Equality.contains(container.elements(), item).asBoolean();
            return found == null ? c.unknown("the array has members known only at deployment") : c.bool(found);
        }
        return c.expect(0, Kind.STRING, Kind.ARRAY, Kind.OBJECT);
    }

    private static Value end(Call c, boolean first) {
        Value v = c.arg(0);
        if (v.isArray()) {
            return v.size() == 0
                    ? c.unknown(c.name + "() of an empty array is not documented")
                    : v.get(first ? 0 : v.size() - 1);
        }
        if (v.isString()) {
            String s = v.asText();
            return s.isEmpty()
                    ? c.unknown(c.name + "() of an empty string is not documented")
                    : c.string(first ? s.substring(0, 1) : s.substring(s.length() - 1));
        }
        return c.expect(0, Kind.ARRAY, Kind.STRING);
    }

    /** {@code skip} or {@code take}: counts below 0 act as 0, above the length as the length. */
    private static Value slice(Call c, boolean skip) {
        Value problem = c.expect(1, Kind.INTEGER);
        if (problem != null) {
            return problem;
        }
        Value v = c.arg(0);
        long n = c.arg(1).asLong();
        if (v.isString()) {
            String s = v.asText();
            int k = (int) Math.max(0, Math.min(n, s.length()));
            return c.string(skip ? s.substring(k) : s.substring(0, k));
        }
        if (v.isArray()) {
            List<Lazy> cells = ((ArrayValue) v).cells();
            int k = (int) Math.max(0, Math.min(n, cells.size()));
            return new ArrayValue(c.at(), skip ? cells.subList(k, cells.size()) : cells.subList(0, k));
        }
        return c.expect(0, Kind.ARRAY, Kind.STRING);
    }

    /** {@code indexOf}/{@code lastIndexOf}: in a string ignoring case, in an array by case-sensitive equality. */
    private static Value find(Call c, boolean firstMatch) {
        Value v = c.arg(0);
        Value item = c.arg(1);
        if (v.isString()) {
            if (!item.isString()) {
                return c.expect(1, Kind.STRING);
            }
            if (item.asText().isEmpty()) {
                return c.unknown(c.name + "() of an empty string is not documented");
            }
            String s = v.asText().toLowerCase(java.util.Locale.ROOT);
            String f = item.asText().toLowerCase(java.util.Locale.ROOT);
            if (s.length() != v.asText().length() || f.length() != item.asText().length()) {
                return c.unknown(c.name + "() ignoring case of text whose case mapping changes its length");
            }
            return c.integer(firstMatch ? s.indexOf(f) : s.lastIndexOf(f));
        }
        if (v.isArray()) {
            List<Value> items = v.elements();
            for (int k = 0; k < items.size(); k++) {
                int i = firstMatch ? k : items.size() - 1 - k;
                Equality e = Equality.equal(items.get(i), item, false);
                if (e == Equality.TRUE) {
                    return c.integer(i);
                }
                if (e == Equality.UNKNOWN) {
                    return c.unknown("an element before the match is known only at deployment");
                }
            }
            return c.integer(-1);
        }
        return c.expect(0, Kind.STRING, Kind.ARRAY);
    }

    private static Value range(Call c) {
        Value problem = c.expect(0, Kind.INTEGER);
        if (problem == null) {
            problem = c.expect(1, Kind.INTEGER);
        }
        if (problem != null) {
            return problem;
        }
        long start = c.arg(0).asLong();
        long count = c.arg(1).asLong();
        if (count < 0 || count > 10_000) {
            return c.error("the count must be a non-negative integer up to 10000; it is " + count + ".");
        }
        if (start + count > Integer.MAX_VALUE || start < Integer.MIN_VALUE) {
            return c.error("the sum of startIndex and count must be no greater than 2147483647.");
        }
        List<Value> items = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            items.add(Scalar.integer(c.at(), start + i));
        }
        return c.array(items);
    }

    private static Value join(Call c) {
        Value problem = c.expect(0, Kind.ARRAY);
        if (problem == null) {
            problem = c.expect(1, Kind.STRING);
        }
        if (problem != null) {
            return problem;
        }
        List<String> parts = new ArrayList<>();
        for (Value e : c.arg(0).elements()) {
            if (!e.isString()) {
                return e.isResolved()
                        ? c.unknown("join() of " + e.describe() + ": how ARM writes it is not documented")
                        : Unresolved.unknown(c.at(), e.reason(), c.symbol());
            }
            parts.add(e.asText());
        }
        return c.string(String.join(c.text(1), parts));
    }
}
