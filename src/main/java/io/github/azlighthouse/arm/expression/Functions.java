package io.github.azlighthouse.arm.expression;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The function library: names (case-insensitive) to implementations, grouped by family in
 * {@link StringFunctions}, {@link CollectionFunctions}, {@link LogicFunctions}, {@link ScopeFunctions}
 * and {@link TemplateFunctions}. A strict function gets only resolved arguments: an invalid argument makes
 * the call invalid (ARM evaluates every argument), an unknown one makes it unknown. Lenient functions see
 * unknown arguments and decide themselves ({@code if}, {@code and}, {@code coalesce}, {@code createArray} …).
 * The registry is built once and never changes.
 */
final class Functions {

    /** One function's implementation. */
    @FunctionalInterface
    interface Fn {
        Value apply(Call c);
    }

    /** A function: canonical name, argument count range ({@code max} -1 for any), and whether it is lenient. */
    record Spec(String name, int min, int max, boolean lenient, Fn fn) {}

    /** Functions that exist only at deployment: always unknown, whatever their arguments. */
    private static final Set<String> DEPLOYMENT_TIME = Set.of(
            "reference",
            "references",
            "utcnow",
            "newguid",
            "pickzones",
            "providers",
            "deployer",
            "datetimeadd",
            "datetimefromepoch",
            "datetimetoepoch",
            "environment",
            "managementgroup",
            "loadjsoncontent",
            "loadtextcontent");

    /**
     * Functions whose result tells two different GUIDs apart only by equality: they pass values on, join them,
     * hash them ({@code guid()}) or compare them for equality, never look at their characters or order. A
     * template that evaluates only these gives the same verdict whatever its GUIDs are, as long as equal ones
     * stay equal ({@code check.CleanPairs} relies on it).
     */
    private static final Set<String> VALUE_BLIND = Set.of(
            "parameters",
            "variables",
            "concat",
            "resourceid",
            "subscriptionresourceid",
            "tenantresourceid",
            "extensionresourceid",
            "guid",
            "copyindex",
            "length", // a GUID always has 36 characters
            "if",
            "equals",
            "not",
            "and",
            "or",
            "coalesce",
            "empty",
            "createarray",
            "createobject",
            "subscription",
            "tenant",
            "resourcegroup",
            "deployment");

    private static final Map<String, Spec> REGISTRY = build();

    private Functions() {}

    private static Map<String, Spec> build() {
        Map<String, Spec> r = new HashMap<>();
        StringFunctions.register(r);
        CollectionFunctions.register(r);
        LogicFunctions.register(r);
        ScopeFunctions.register(r);
        TemplateFunctions.register(r);
        return Map.copyOf(r);
    }

    static void add(Map<String, Spec> into, String name, int min, int max, boolean lenient, Fn fn) {
        into.put(name.toLowerCase(Locale.ROOT), new Spec(name, min, max, lenient, fn));
    }

    /** Names of every function implemented here, as spelled in Microsoft's reference. */
    static List<String> names() {
        return REGISTRY.values().stream()
                .map(Spec::name)
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }

    static Value call(Expr.Call node, Env env) {
        if (node.namespace() != null) {
            env.budget().inspectedValues();
            return env.scope.userFunctions().call(node, env);
        }
        String key = node.name().toLowerCase(Locale.ROOT);
        if (!VALUE_BLIND.contains(key)) {
            env.budget().inspectedValues();
        }
        Spec spec = REGISTRY.get(key);
        if (spec == null) {
            Call c = new Call(node, env, node.name());
            if (DEPLOYMENT_TIME.contains(key) || key.startsWith("list")) {
                return c.unknown(node.name() + "() is known only at deployment");
            }
            return c.unknown("the function '" + node.name() + "' is not evaluated offline");
        }
        Call c = new Call(node, env, spec.name());
        int n = c.count();
        if (n < spec.min() || (spec.max() >= 0 && n > spec.max())) {
            return c.invalid("The template language function '" + spec.name() + "' expects " + arity(spec) + " but " + n
                    + " were provided.");
        }
        if (!spec.lenient()) {
            Value unknown = null;
            for (int i = 0; i < n; i++) {
                Value a = c.arg(i);
                if (a.isInvalid()) {
                    return a;
                }
                if (a.isUnknown() && unknown == null) {
                    unknown = a;
                }
            }
            if (unknown != null) {
                return Unresolved.unknown(c.at(), unknown.reason(), c.symbol());
            }
        }
        return spec.fn().apply(c);
    }

    private static String arity(Spec s) {
        if (s.min() == s.max()) {
            return s.min() + " argument(s)";
        }
        return s.max() < 0 ? "at least " + s.min() + " argument(s)" : s.min() + " to " + s.max() + " argument(s)";
    }
}
