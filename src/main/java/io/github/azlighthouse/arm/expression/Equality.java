package io.github.azlighthouse.arm.expression;

import java.util.List;
import java.util.Locale;

/**
 * ARM's {@code equals} on values that may be partly unknown: deep, type-strict ({@code 1} is not
 * {@code '1'}), strings compared case-sensitively (Bicep's {@code ==}, which compiles to
 * {@code equals}, is the case-sensitive operator beside {@code =~}), arrays in order, objects regardless
 * of property order. The answer is {@link #UNKNOWN} when it depends on an unknown member.
 */
enum Equality {
    TRUE,
    FALSE,
    UNKNOWN;

    Boolean asBoolean() {
        return this == UNKNOWN ? null : this == TRUE;
    }

    static Equality of(boolean b) {
        return b ? TRUE : FALSE;
    }

    static Equality equal(Value a, Value b, boolean ignoreCase) {
        return equal(a, b, ignoreCase, 0);
    }

    private static Equality equal(Value a, Value b, boolean ignoreCase, int depth) {
        if (!a.isResolved()
                || !b.isResolved()
                || depth > Value.MAX_WALK
                || a.weight(depth) >= Value.MAX_WEIGHT
                || b.weight(depth) >= Value.MAX_WEIGHT) {
            return UNKNOWN;
        }
        Value.Kind ka = a.kind();
        Value.Kind kb = b.kind();
        if (isNumeric(ka) && isNumeric(kb)) {
            if (ka == kb) {
                return of(a.asDecimal().compareTo(b.asDecimal()) == 0);
            }
            // 1 against 1.0: whether ARM's token comparison calls these equal is not documented
            return a.asDecimal().compareTo(b.asDecimal()) == 0 ? UNKNOWN : FALSE;
        }
        if (ka != kb) {
            return FALSE;
        }
        return switch (ka) {
            case STRING ->
                of(
                        ignoreCase
                                ? a.asText().equalsIgnoreCase(b.asText())
                                : a.asText().equals(b.asText()));
            case BOOLEAN -> of(a.asBoolean().equals(b.asBoolean()));
            case NULL -> TRUE;
            case ARRAY -> arrays(a, b, ignoreCase, depth);
            case OBJECT -> objects((ObjectValue) a, (ObjectValue) b, ignoreCase, depth);
            default -> UNKNOWN;
        };
    }

    private static boolean isNumeric(Value.Kind k) {
        return k == Value.Kind.INTEGER || k == Value.Kind.NUMBER;
    }

    private static Equality arrays(Value a, Value b, boolean ignoreCase, int depth) {
        if (a.size() != b.size()) {
            return FALSE;
        }
        Equality result = TRUE;
        for (int i = 0; i < a.size(); i++) {
            Equality e = equal(a.get(i), b.get(i), ignoreCase, depth + 1);
            if (e == FALSE) {
                return FALSE;
            }
            if (e == UNKNOWN) {
                result = UNKNOWN;
            }
        }
        return result;
    }

    private static Equality objects(ObjectValue a, ObjectValue b, boolean ignoreCase, int depth) {
        if (a.isOpen() || b.isOpen()) {
            return UNKNOWN;
        }
        if (a.size() != b.size()) {
            return FALSE;
        }
        Equality result = TRUE;
        for (ObjectValue.Member m : a.members().values()) {
            ObjectValue.Member other = b.members().get(m.key().toLowerCase(Locale.ROOT));
            if (other == null) {
                return FALSE;
            }
            if (!other.key().equals(m.key())) {
                result = UNKNOWN; // keys that differ only in case: ARM's deep comparison is not documented
            }
            Equality e = equal(m.cell().get(), other.cell().get(), ignoreCase, depth + 1);
            if (e == FALSE) {
                return FALSE;
            }
            if (e == UNKNOWN) {
                result = UNKNOWN;
            }
        }
        return result;
    }

    /** Whether {@code item} equals one of {@code values}: TRUE on a known match, UNKNOWN if only unknowns remain. */
    static Equality contains(List<Value> values, Value item) {
        Equality result = FALSE;
        for (Value v : values) {
            Equality e = equal(v, item, false);
            if (e == TRUE) {
                return TRUE;
            }
            if (e == UNKNOWN) {
                result = UNKNOWN;
            }
        }
        return result;
    }
}
