package io.github.azlighthouse.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.azlighthouse.source.Position;
import java.math.BigDecimal;
import java.util.List;

/**
 * A value of the ARM template language, with the place it came from. A value is known (string,
 * integer, JSON decimal, boolean, null, array, object), {@linkplain #isUnknown() unknown} (it exists
 * only at deployment time) or {@linkplain #isInvalid() invalid} (ARM itself would reject how it is
 * computed). Arrays and objects may hold unknown or invalid members without being unknown themselves;
 * members of containers read from a template are evaluated on first access.
 *
 * <p>Nothing here throws on odd input: asking a string for a property gives an invalid value, asking an
 * unknown value for anything gives an unknown value. Values of one {@link TemplateScope} are confined
 * to the thread that evaluates them.
 */
public abstract class Value {

    /** What a value is. {@link #NUMBER} is a JSON decimal, kept as written. */
    public enum Kind {
        STRING,
        INTEGER,
        NUMBER,
        BOOLEAN,
        NULL,
        ARRAY,
        OBJECT,
        UNKNOWN,
        INVALID
    }

    private final Position at;

    Value(Position at) {
        this.at = at;
    }

    /** Where the value came from: its JSON place, the parameter file, or the expression that computed it. */
    public final Position at() {
        return at;
    }

    public abstract Kind kind();

    /** The same value reported at {@code where} (for results that are not a selection of an argument). */
    abstract Value at(Position where);

    public final boolean isString() {
        return kind() == Kind.STRING;
    }

    public final boolean isInteger() {
        return kind() == Kind.INTEGER;
    }

    /** A JSON decimal such as {@code 1.5} (integers are {@link #isInteger()}). */
    public final boolean isNumber() {
        return kind() == Kind.NUMBER;
    }

    public final boolean isBoolean() {
        return kind() == Kind.BOOLEAN;
    }

    public final boolean isNull() {
        return kind() == Kind.NULL;
    }

    public final boolean isArray() {
        return kind() == Kind.ARRAY;
    }

    public final boolean isObject() {
        return kind() == Kind.OBJECT;
    }

    public final boolean isUnknown() {
        return kind() == Kind.UNKNOWN;
    }

    public final boolean isInvalid() {
        return kind() == Kind.INVALID;
    }

    /** Neither unknown nor invalid at the top (members of a container may still be). */
    public final boolean isResolved() {
        return !isUnknown() && !isInvalid();
    }

    /** Containers nested deeper than this (only possible through variables that contain themselves) are not walked. */
    static final int MAX_WALK = 200;

    /** Known all the way down: every member of every container evaluated and resolved. */
    public final boolean isFullyKnown() {
        return fullyKnown(0);
    }

    boolean fullyKnown(int depth) {
        return isResolved();
    }

    /**
     * Values a container spells out to, counted with repeats, at which it is no longer walked, written as JSON
     * or compared: variables that each hold the previous one twice describe 2^40 values in a few hundred bytes
     * of template. ARM limits a template to 4 MB, far below this.
     */
    static final int MAX_WEIGHT = 200_000;

    /** How many values this one spells out to (itself, and every element and member, with repeats), at most {@link #MAX_WEIGHT}. */
    int weight(int depth) {
        return 1;
    }

    /** The weight of a container holding {@code cells}: one, and what each cell spells out to, up to the bound. */
    static int weightOf(Iterable<Lazy> cells, int depth) {
        if (depth > MAX_WALK) {
            return MAX_WEIGHT;
        }
        long w = 1;
        for (Lazy c : cells) {
            w += c.get().weight(depth + 1);
            if (w >= MAX_WEIGHT) {
                return MAX_WEIGHT; // the rest need not be evaluated: the container is not walked anyway
            }
        }
        return (int) w;
    }

    /** The text of a string, integer, decimal or boolean; {@code null} for anything else. */
    public String asText() {
        return null;
    }

    /** The integer, or {@code null} when this is not an integer. */
    public Long asLong() {
        return null;
    }

    /** The boolean, or {@code null} when this is not a boolean. */
    public Boolean asBoolean() {
        return null;
    }

    /** The integer or decimal as a number, or {@code null}. */
    public BigDecimal asDecimal() {
        return null;
    }

    /**
     * Property {@code name} of an object, looked up case-insensitively as ARM does. An unknown or invalid
     * value gives an unknown or invalid value; a property missing from a known object, or property access
     * on a string, number or array, gives an invalid value in ARM's words. Use {@link #opt} to read
     * a property that may be absent.
     */
    public Value get(String name) {
        return Unresolved.invalid(
                at,
                "The language expression property '" + name + "' can't be evaluated on a " + describeKind() + ".",
                Symbols.property(this, name));
    }

    /** Element {@code index} of an array; invalid when out of bounds or not an array. */
    public Value get(int index) {
        return Unresolved.invalid(
                at,
                "The language expression property array index '" + index + "' can't be used on a " + describeKind()
                        + ".",
                Symbols.index(this, index));
    }

    /**
     * Property {@code name} when present; {@code null} when this is a known object without it (or not an
     * object at all). Unknown and invalid values give an unknown or invalid value.
     */
    public Value opt(String name) {
        return null;
    }

    /** True when this is an object with property {@code name} (case-insensitive). */
    public boolean has(String name) {
        return false;
    }

    /** Elements of an array or properties of an object; -1 for anything else. */
    public int size() {
        return -1;
    }

    /** Property names of an object in their original case and order; empty for anything else. */
    public List<String> keys() {
        return List.of();
    }

    /** Every element of an array, evaluated; empty for anything else. */
    public List<Value> elements() {
        return List.of();
    }

    /** Why the value is unknown or invalid; {@code null} for a known value. */
    public String reason() {
        return null;
    }

    /**
     * A canonical text of how the value is computed, with known parts substituted: two unknown values with
     * equal symbols are the same deployment-time value. For a known value, its literal form.
     */
    public final String symbol() {
        return symbol(0);
    }

    abstract String symbol(int depth);

    /** The value as JSON when {@linkplain #isFullyKnown() fully known}; {@code null} otherwise. */
    public final JsonNode toJson() {
        return json(0);
    }

    abstract JsonNode json(int depth);

    /**
     * Whether two values are the same: {@code TRUE} or {@code FALSE} when that is certain, {@code null}
     * when it depends on the deployment. Unknown values with equal {@link #symbol()}s are the same.
     *
     * @param ignoreCase compare strings (and symbols) ignoring case, as ARM compares resource IDs
     */
    public final Boolean sameValueAs(Value other, boolean ignoreCase) {
        if (other == null || isInvalid() || other.isInvalid()) {
            return null;
        }
        if (isUnknown() || other.isUnknown()) {
            boolean same = ignoreCase ? symbol().equalsIgnoreCase(other.symbol()) : symbol().equals(other.symbol());
            return same ? Boolean.TRUE : null;
        }
        return Equality.equal(this, other, ignoreCase).asBoolean();
    }

    /** A short description for messages: the kind and, for a scalar, its value. */
    public String describe() {
        return describeKind();
    }

    final String describeKind() {
        return kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return describe() + " at " + at.file();
    }
}
