package io.github.azlighthouse.arm.expression;

import io.github.azlighthouse.source.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Resource IDs: {@code resourceId}, {@code subscriptionResourceId}, {@code tenantResourceId},
 * {@code managementGroupResourceId}, {@code extensionResourceId}, and the ID of a resource a template
 * deploys. Unknown parts (a subscription not given) make the ID unknown with a symbol that spells the
 * path with those parts in it, so the same resource named two ways gets one symbol.
 */
final class ResourceIds {

    private ResourceIds() {}

    /** The ID prefix of a deployment target: {@code /subscriptions/…[/resourceGroups/…]}, or empty for a tenant. */
    static List<Value> scope(Target t, Position at) {
        List<Value> pieces = new ArrayList<>();
        switch (t.level()) {
            case RESOURCE_GROUP -> {
                pieces.add(text(at, "/subscriptions/"));
                pieces.add(t.subscriptionId());
                pieces.add(text(at, "/resourceGroups/"));
                pieces.add(t.resourceGroup());
            }
            case SUBSCRIPTION -> {
                pieces.add(text(at, "/subscriptions/"));
                pieces.add(t.subscriptionId());
            }
            case MANAGEMENT_GROUP -> {
                pieces.add(text(at, "/providers/Microsoft.Management/managementGroups/"));
                pieces.add(Unresolved.unknown(
                        at, "managementGroup().name is known only at deployment", "managementGroup().name"));
            }
            case TENANT -> {}
            default ->
                pieces.add(Unresolved.unknown(
                        at,
                        "the deployment scope is not known: the template's $schema"
                                + " names no resource-group, subscription, management-group or tenant template",
                        "<deployment scope>"));
        }
        return pieces;
    }

    static Value text(Position at, String s) {
        return Scalar.string(at, s);
    }

    /**
     * {@code /providers/{namespace}/{type}/{name}[/{type}/{name}…]} for {@code type} and {@code names}, or
     * null with the problem in {@code problem[0]}. Names are one argument per type segment, or split at '/'.
     */
    static List<Value> providers(String type, List<Value> names, Position at, Value[] problem) {
        List<String> segments = new ArrayList<>();
        for (String s : type.split("/", -1)) {
            if (!s.isEmpty()) {
                segments.add(s); // a trailing '/', as in Microsoft's Lighthouse samples, is tolerated
            }
        }
        int needed = segments.size() - 1;
        List<Value> direct = new ArrayList<>(); // one name per argument
        List<Value> split = new ArrayList<>(); // names split at '/'
        boolean unknown = false;
        for (Value n : names) {
            if (n.isInvalid()) {
                problem[0] = n;
                return null;
            }
            if (n.isString() || n.isInteger()) {
                direct.add(Scalar.string(n.at(), n.asText()));
                for (String s : n.asText().split("/", -1)) {
                    if (!s.isEmpty()) {
                        split.add(Scalar.string(n.at(), s));
                    }
                }
            } else {
                unknown |= n.isUnknown();
                Value u = n.isUnknown()
                        ? n
                        : Unresolved.unknown(at, "a resource name that is " + n.describe(), n.symbol());
                direct.add(u);
                split.add(u);
            }
        }
        List<Value> chosen = names.size() == needed ? direct : split;
        if (needed < 1 || chosen.size() != needed) {
            String why = "the type '" + type + "' requires " + Math.max(needed, 1) + " resource name argument(s); "
                    + names.size() + " were given.";
            problem[0] = unknown
                    ? Unresolved.unknown(
                            at, "resource names known only at deployment may hold '/': " + why, "<resource id>")
                    : Unresolved.invalid(at, why, "<resource id>");
            return null;
        }
        List<Value> pieces = new ArrayList<>();
        pieces.add(text(at, "/providers/" + segments.get(0)));
        for (int i = 0; i < needed; i++) {
            pieces.add(text(at, "/" + segments.get(i + 1) + "/"));
            pieces.add(chosen.get(i));
        }
        return pieces;
    }

    /** The pieces joined into one string; unknown (with a canonical {@code concat} symbol) if one is. */
    static Value join(Position at, List<Value> pieces) {
        StringBuilder s = new StringBuilder();
        Value unknown = null;
        for (Value p : pieces) {
            if (p.isInvalid()) {
                return p;
            }
            if (p.isString()) {
                s.append(p.asText());
            } else if (unknown == null) {
                unknown = p.isUnknown()
                        ? p
                        : Unresolved.unknown(at, "a resource ID part that is " + p.describe(), p.symbol());
            }
        }
        return unknown == null
                ? Scalar.string(at, s.toString())
                : Unresolved.unknown(at, unknown.reason(), Symbols.concat(pieces));
    }

    /** The ID of a resource the template deploys, at its deployment target (or its {@code scope} property). */
    static Value of(ResourceInstance r) {
        Position at = r.at();
        Value name = r.member("name");
        if (name == null) {
            return Unresolved.invalid(at, "The resource has no name.", "<resource id>");
        }
        Value scopeProperty = r.member("scope");
        List<Value> pieces = scopeProperty != null
                ? new ArrayList<>(List.of(scopeProperty))
                : scope(r.scope().deployTarget(), at);
        Value[] problem = new Value[1];
        List<Value> providers = providers(r.type() == null ? "" : r.type(), List.of(name), at, problem);
        if (providers == null) {
            return problem[0];
        }
        pieces.addAll(providers);
        return join(at, pieces);
    }
}
