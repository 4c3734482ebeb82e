package io.github.azlighthouse.arm.expression;

import static io.github.azlighthouse.arm.expression.Functions.add;

import io.github.azlighthouse.arm.expression.Functions.Spec;
import io.github.azlighthouse.source.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scope and deployment functions ({@code subscription()}, {@code tenant()}, {@code resourceGroup()},
 * {@code deployment()}) and the resource-ID functions. Their objects are open: properties not listed in
 * Microsoft's reference are unknown, not missing. {@code environment()} and {@code managementGroup()}
 * are unknown (see {@link Functions}).
 */
final class ScopeFunctions {

    private ScopeFunctions() {}

    static void register(Map<String, Spec> r) {
        add(r, "subscription", 0, 0, false, ScopeFunctions::subscription);
        add(r, "tenant", 0, 0, false, ScopeFunctions::tenant);
        add(r, "resourceGroup", 0, 0, false, ScopeFunctions::resourceGroup);
        add(r, "deployment", 0, 0, false, c -> {
            Map<String, Value> m = new LinkedHashMap<>();
            m.put("name", c.env.scope.target().deploymentName());
            return ObjectValue.open(c.at(), m, "deployment()");
        });
        add(r, "resourceId", 2, -1, true, ScopeFunctions::resourceId);
        add(r, "subscriptionResourceId", 2, -1, true, c -> prefixed(c, "subscriptionResourceId"));
        add(r, "managementGroupResourceId", 2, -1, true, c -> prefixed(c, "managementGroupResourceId"));
        add(r, "tenantResourceId", 2, -1, true, c -> withPrefix(c, new ArrayList<>(), 0));
        add(r, "extensionResourceId", 3, -1, true, c -> withPrefix(c, new ArrayList<>(List.of(c.arg(0))), 1));
    }

    private static Value subscription(Call c) {
        Target t = c.env.scope.target();
        Map<String, Value> m = new LinkedHashMap<>();
        m.put("id", ResourceIds.join(c.at(), List.of(ResourceIds.text(c.at(), "/subscriptions/"), t.subscriptionId())));
        m.put("subscriptionId", t.subscriptionId());
        m.put("tenantId", t.tenantId());
        m.put(
                "displayName",
                Unresolved.unknown(
                        c.at(),
                        "subscription().displayName is known only at deployment",
                        "subscription().displayName"));
        return ObjectValue.open(c.at(), m, "subscription()");
    }

    private static Value tenant(Call c) {
        Target t = c.env.scope.target();
        Map<String, Value> m = new LinkedHashMap<>();
        m.put("id", ResourceIds.join(c.at(), List.of(ResourceIds.text(c.at(), "/tenants/"), t.tenantId())));
        m.put("tenantId", t.tenantId());
        return ObjectValue.open(c.at(), m, "tenant()");
    }

    private static Value resourceGroup(Call c) {
        Target t = c.env.scope.target();
        if (t.level() != Target.Level.RESOURCE_GROUP) {
            return c.unknown("resourceGroup() is available only in deployments to a resource group; this template's"
                    + " deployment scope is "
                    + t.level().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        Map<String, Value> m = new LinkedHashMap<>();
        m.put("id", ResourceIds.join(c.at(), ResourceIds.scope(t, c.at())));
        m.put("name", t.resourceGroup());
        m.put("type", ResourceIds.text(c.at(), "Microsoft.Resources/resourceGroups"));
        m.put(
                "location",
                Unresolved.unknown(
                        c.at(), "resourceGroup().location is known only at deployment", "resourceGroup().location"));
        return ObjectValue.open(c.at(), m, "resourceGroup()");
    }

    /**
     * {@code resourceId([subscriptionId], [resourceGroupName], type, name…)}: the type is the first argument
     * with a '/'; before it, a resource group, or a subscription and a resource group.
     */
    private static Value resourceId(Call c) {
        int typeAt = -1;
        boolean unknownBefore = false;
        for (int i = 0; i < Math.min(3, c.count()) && typeAt < 0; i++) {
            Value a = c.arg(i);
            if (a.isInvalid()) {
                return a;
            }
            if (a.isString() && a.asText().contains("/")) {
                typeAt = i;
            } else if (!a.isString()) {
                unknownBefore |= a.isUnknown();
            }
        }
        if (typeAt < 0) {
            return unknownBefore
                    ? c.unknown("resourceId(): which argument is the resource type is known only at deployment")
                    : c.error("none of the first arguments is a resource type ('Namespace/type').");
        }
        Target t = c.env.scope.target();
        List<Value> prefix = switch (typeAt) {
            case 0 -> ResourceIds.scope(t, c.at());
            case 1 ->
                new ArrayList<>(List.of(
                        ResourceIds.text(c.at(), "/subscriptions/"),
                        t.subscriptionId(),
                        ResourceIds.text(c.at(), "/resourceGroups/"),
                        c.arg(0)));
            default ->
                new ArrayList<>(List.of(
                        ResourceIds.text(c.at(), "/subscriptions/"),
                        c.arg(0),
                        ResourceIds.text(c.at(), "/resourceGroups/"),
                        c.arg(1)));
        };
        return withPrefix(c, prefix, typeAt);
    }

    /** {@code subscriptionResourceId} or {@code managementGroupResourceId}, with or without their first argument. */
    private static Value prefixed(Call c, String which) {
        Value first = c.arg(0);
        if (first.isInvalid()) {
            return first;
        }
        boolean explicit = !(first.isString() && first.asText().contains("/"));
        Position at = c.at();
        boolean subscription = which.equals("subscriptionResourceId");
        Value id = explicit
                ? first
                : subscription
                        ? c.env.scope.target().subscriptionId()
                        : Unresolved.unknown(
                                at, "managementGroup().name is known only at deployment", "managementGroup().name");
        List<Value> prefix = new ArrayList<>(List.of(
                ResourceIds.text(
                        at, subscription ? "/subscriptions/" : "/providers/Microsoft.Management/managementGroups/"),
                id));
        return withPrefix(c, prefix, explicit ? 1 : 0);
    }

    /** The ID from {@code prefix}, the type at argument {@code typeAt} and the names after it. */
    private static Value withPrefix(Call c, List<Value> prefix, int typeAt) {
        if (typeAt >= c.count() - 1) {
            return c.error("a resource type and at least one resource name are required.");
        }
        Value type = c.arg(typeAt);
        if (!type.isString()) {
            return type.isInvalid()
                    ? type
                    : type.isUnknown()
                            ? c.unknown("the resource type is known only at deployment")
                            : c.expect(typeAt, Value.Kind.STRING);
        }
        List<Value> names = c.args().subList(typeAt + 1, c.count());
        Value[] problem = new Value[1];
        List<Value> providers = ResourceIds.providers(type.asText(), names, c.at(), problem);
        if (providers == null) {
            return problem[0].isInvalid() ? c.error(problem[0].reason()) : c.unknown(problem[0].reason());
        }
        List<Value> pieces = new ArrayList<>(prefix);
        pieces.addAll(providers);
        return ResourceIds.join(c.at(), pieces);
    }
}
