package io.github.azlighthouse.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.azlighthouse.source.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An object: keys looked up case-insensitively, kept in their original case and order, members
 * evaluated on first access. An <em>open</em> object (what {@code subscription()} or
 * {@code deployment()} return) may have more properties at deployment than are known here, so a
 * missing key there is unknown rather than invalid.
 */
final class ObjectValue extends Value {

    /** A property: its key as written and its lazily computed value. */
    record Member(String key, Lazy cell) {}

    private final Map<String, Member> members; // by lower-case key
    private final String ownSymbol; // for open objects: e.g. subscription()

    ObjectValue(Position at, Map<String, Member> members, String ownSymbol) {
        super(at);
        this.members = Collections.unmodifiableMap(members);
        this.ownSymbol = ownSymbol;
    }

    /** A closed object of ready values, in {@code values}' order. */
    static ObjectValue of(Position at, Map<String, Value> values) {
        Map<String, Member> m = new LinkedHashMap<>();
        for (Map.Entry<String, Value> e : values.entrySet()) {
            put(m, e.getKey(), Lazy.of(e.getValue()));
        }
        return new ObjectValue(at, m, null);
    }

    /** An open object: keys not listed are unknown, named from {@code symbol}. */
    static ObjectValue open(Position at, Map<String, Value> values, String symbol) {
        Map<String, Member> m = new LinkedHashMap<>();
        for (Map.Entry<String, Value> e : values.entrySet()) {
            put(m, e.getKey(), Lazy.of(e.getValue()));
        }
        return new ObjectValue(at, m, symbol);
    }

    /** Adds or replaces {@code key} (case-insensitively); a replaced key keeps its place and takes the new case. */
    static void put(Map<String, Member> into, String key, Lazy cell) {
        into.put(lower(key), new Member(key, cell));
    }

    static String lower(String key) {
        return key == null ? "" : key.toLowerCase(Locale.ROOT);
    }

    Map<String, Member> members() {
        return members;
    }

    boolean isOpen() {
        return ownSymbol != null;
    }

    @Override
    public Kind kind() {
        return Kind.OBJECT;
    }

    @Override
    Value at(Position where) {
        return new ObjectValue(where, members, ownSymbol);
    }

    @Override
    public Value get(String name) {
        Member m = members.get(lower(name));
        if (m != null) {
            return m.cell().get();
        }
        if (ownSymbol != null) {
            return Unresolved.unknown(
                    at(), ownSymbol + "." + name + " is known only at deployment", ownSymbol + "." + name);
        }
        return Unresolved.invalid(
                at(),
                "The language expression property '" + name + "' doesn't exist, available properties are '"
                        + String.join(", ", keys()) + "'.",
                Symbols.property(this, name));
    }

    @Override
    public Value opt(String name) {
        Member m = members.get(lower(name));
        if (m != null) {
            return m.cell().get();
        }
        return ownSymbol == null ? null : get(name);
    }

    @Override
    public boolean has(String name) {
        return members.containsKey(lower(name));
    }

    @Override
    public int size() {
        return members.size();
    }

    @Override
    public List<String> keys() {
        List<String> keys = new ArrayList<>(members.size());
        for (Member m : members.values()) {
            keys.add(m.key());
        }
        return keys;
    }

    /** {@link #weight}, once counted: containers do not change once built. */
    private int weight = -1;

    @Override
    int weight(int depth) {
        if (weight < 0) {
            weight = weightOf(members.values().stream().map(Member::cell).toList(), depth);
        }
        return weight;
    }

    @Override
    boolean fullyKnown(int depth) {
        if (ownSymbol != null || depth > MAX_WALK || weight(depth) >= MAX_WEIGHT) {
            return false; // an open object may have more at deployment
        }
        for (Member m : members.values()) {
            if (!m.cell().get().fullyKnown(depth + 1)) {
                return false;
            }
        }
        return true;
    }

    @Override
    String symbol(int depth) {
        return ownSymbol != null ? ownSymbol : Symbols.object(this, depth);
    }

    @Override
    JsonNode json(int depth) {
        if (ownSymbol != null || depth > MAX_WALK || weight(depth) >= MAX_WEIGHT) {
            return null;
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        for (Member m : members.values()) {
            JsonNode n = m.cell().get().json(depth + 1);
            if (n == null) {
                return null;
            }
            o.set(m.key(), n);
        }
        return o;
    }

    @Override
    public String describe() {
        return "object with " + members.size() + " properties";
    }
}
