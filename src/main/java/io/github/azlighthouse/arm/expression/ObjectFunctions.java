package io.github.azlighthouse.arm.expression;

import static io.github.azlighthouse.arm.expression.Functions.add;

import io.github.azlighthouse.arm.expression.Functions.Spec;
import io.github.azlighthouse.arm.expression.Value.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Set operations and object listing: {@code union} (arrays without duplicates; objects merged, nested
 * objects merged recursively, later values winning, as Microsoft documents), {@code intersection},
 * {@code items}, {@code objectKeys}, {@code tryGet}.
 */
final class ObjectFunctions {

    private ObjectFunctions() {}

    static void register(Map<String, Spec> r) {
        add(r, "union", 1, -1, false, c -> combine(c, true));
        add(r, "intersection", 1, -1, false, c -> combine(c, false));
        add(r, "items", 1, 1, false, c -> listing(c, true));
        add(r, "objectKeys", 1, 1, false, c -> listing(c, false));
        add(r, "tryGet", 2, -1, false, ObjectFunctions::tryGet);
    }

    private static Value combine(Call c, boolean union) {
        boolean objects = c.arg(0).isObject();
        for (int i = 0; i < c.count(); i++) {
            Value problem = c.expect(i, objects ? Kind.OBJECT : Kind.ARRAY);
            if (problem != null) {
                return problem;
            }
            if (objects && ((ObjectValue) c.arg(i)).isOpen()) {
                return c.unknown("the object has more properties at deployment");
            }
        }
        if (objects) {
            return union ? mergeAll(c) : intersectObjects(c);
        }
        List<Value> result = new ArrayList<>();
        List<Value> first = c.arg(0).elements();
        for (int i = 0; i < c.count(); i++) {
            List<Value> items = i == 0 ? first : c.arg(i).elements();
            for (Value v : items) {
                if (!v.isResolved()) {
                    return Unresolved.unknown(c.at(), v.reason(), c.symbol());
                }
                if (union && Equality.contains(result, v) == Equality.FALSE) {
                    result.add(v);
                }
            }
        }
        if (!union) {
            for (Value v : first) {
                boolean everywhere = Equality.contains(result, v) == Equality.FALSE;
                for (int i = 1; i < c.count() && everywhere; i++) {
                    everywhere = Equality.contains(c.arg(i).elements(), v) == Equality.TRUE;
                }
                if (everywhere) {
                    result.add(v);
                }
            }
        }
        return c.array(result);
    }

    private static Value mergeAll(Call c) {
        Value merged = c.arg(0);
        for (int i = 1; i < c.count(); i++) {
            merged = merge((ObjectValue) merged, (ObjectValue) c.arg(i), c);
        }
        return merged.at(c.at());
    }

    /** {@code b}'s properties over {@code a}'s; where both hold objects, those are merged in turn. */
    private static ObjectValue merge(ObjectValue a, ObjectValue b, Call c) {
        Map<String, ObjectValue.Member> members = new LinkedHashMap<>(a.members());
        for (Map.Entry<String, ObjectValue.Member> e : b.members().entrySet()) {
            ObjectValue.Member earlier = members.get(e.getKey());
            ObjectValue.Member later = e.getValue();
            if (earlier == null) {
                members.put(e.getKey(), later);
                continue;
            }
            Lazy cell = Lazy.defer(c.env.budget(), c.at(), null, () -> {
                Value x = earlier.cell().get();
                Value y = later.cell().get();
                if (y.isInvalid() || x.isInvalid()) {
                    return y.isInvalid() ? y : x;
                }
                if (y.isUnknown() || !y.isObject()) {
                    return y; // the later value wins, unless both are objects
                }
                if (!x.isObject()) {
                    return x.isUnknown()
                            ? Unresolved.unknown(c.at(), x.reason(), Symbols.call("union", List.of(x, y)))
                            : y;
                }
                if (((ObjectValue) x).isOpen() || ((ObjectValue) y).isOpen()) {
                    return Unresolved.unknown(
                            c.at(),
                            "union(): a merged object has more properties at deployment",
                            Symbols.call("union", List.of(x, y)));
                }
                return merge((ObjectValue) x, (ObjectValue) y, c);
            });
            members.put(e.getKey(), new ObjectValue.Member(later.key(), cell));
        }
        return new ObjectValue(c.at(), members, null);
    }

    private static Value intersectObjects(Call c) {
        Map<String, Value> result = new LinkedHashMap<>();
        ObjectValue first = (ObjectValue) c.arg(0);
        for (ObjectValue.Member m : first.members().values()) {
            Value v = m.cell().get();
            boolean everywhere = true;
            for (int i = 1; i < c.count() && everywhere; i++) {
                Value other = c.arg(i).opt(m.key());
                Equality e = other == null ? Equality.FALSE : Equality.equal(v, other, false);
                if (e == Equality.UNKNOWN) {
                    return c.unknown("intersection(): a property is known only at deployment");
                }
                everywhere = e == Equality.TRUE;
            }
            if (everywhere) {
                result.put(m.key(), v);
            }
        }
        return c.object(result);
    }

    /**
     * {@code items} (key/value objects) or {@code objectKeys}. Microsoft's example lists items sorted by
     * key; where sorting with and without case would disagree, the order is not documented: unknown.
     */
    private static Value listing(Call c, boolean items) {
        Value problem = c.expect(0, Kind.OBJECT);
        if (problem != null) {
            return problem;
        }
        ObjectValue o = (ObjectValue) c.arg(0);
        if (o.isOpen()) {
            return c.unknown("the object has more properties at deployment");
        }
        List<ObjectValue.Member> sorted = new ArrayList<>(o.members().values());
        sorted.sort((x, y) -> x.key().compareTo(y.key()));
        List<ObjectValue.Member> folded = new ArrayList<>(sorted);
        folded.sort((x, y) -> x.key().compareToIgnoreCase(y.key()));
        if (!folded.equals(sorted)) {
            return c.unknown(c.name + "(): the order of keys that differ in case is not documented");
        }
        List<Value> result = new ArrayList<>();
        for (ObjectValue.Member m : sorted) {
            Value key = Scalar.string(c.at(), m.key());
            if (!items) {
                result.add(key);
                continue;
            }
            Map<String, ObjectValue.Member> pair = new LinkedHashMap<>();
            ObjectValue.put(pair, "key", Lazy.of(key));
            ObjectValue.put(pair, "value", m.cell());
            result.add(new ObjectValue(c.at(), pair, null));
        }
        return c.array(result);
    }

    /** {@code tryGet(value, key or index, …)}: null where a property or element is missing. */
    private static Value tryGet(Call c) {
        Value v = c.arg(0);
        for (int i = 1; i < c.count(); i++) {
            Value k = c.arg(i);
            if (v.isNull()) {
                return c.nul();
            }
            if (!v.isResolved()) {
                return Unresolved.unknown(c.at(), v.reason(), c.symbol());
            }
            if (v.isObject() && k.isString()) {
                Value next = v.opt(k.asText());
                if (next == null) {
                    return c.nul();
                }
                v = next;
            } else if (v.isArray() && k.isInteger()) {
                long idx = k.asLong();
                if (idx < 0 || idx >= v.size()) {
                    return c.nul();
                }
                v = v.get((int) idx);
            } else {
                return c.unknown("tryGet() of " + v.describe() + " with " + k.describe());
            }
        }
        return v;
    }
}
