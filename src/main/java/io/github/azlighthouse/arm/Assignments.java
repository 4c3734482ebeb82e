package io.github.azlighthouse.arm;

import io.github.azlighthouse.arm.ArmSchema.Level;
import io.github.azlighthouse.arm.expression.ResourceInstance;
import io.github.azlighthouse.arm.expression.TemplateScope;
import io.github.azlighthouse.arm.expression.Value;
import io.github.azlighthouse.source.Located;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which registration definition each assignment assigns, so a definition knows its resource groups:
 * by the evaluated {@code registrationDefinitionId} (equal to the definition's resource ID, or ending
 * in its name), else, with a single definition in the template, that one. An assignment that matches
 * no definition assigns one deployed elsewhere.
 */
final class Assignments {

    private Assignments() {}

    /** Every definition, in template order, with the resource groups its assignments target (empty: the subscription). */
    static Map<ResourceInstance, List<Located>> link(
            Map<ResourceInstance, Level> definitions, Map<ResourceInstance, Value> assignments, TemplateScope scope) {
        Map<ResourceInstance, List<Located>> groups = new LinkedHashMap<>();
        definitions.keySet().forEach(d -> groups.put(d, new ArrayList<>()));
        for (Map.Entry<ResourceInstance, Value> a : assignments.entrySet()) {
            Value props = a.getKey().member("properties");
            Value id = props == null || (props.isResolved() && !props.isObject())
                    ? null
                    : props.opt("registrationDefinitionId");
            ResourceInstance target = match(id, definitions.keySet());
            if (target == null && definitions.size() == 1) {
                target = definitions.keySet().iterator().next();
            }
            Value group = a.getValue();
            if (target != null && group != null) {
                groups.get(target)
                        .add(group.isString() ? new Located(group.asText(), group.at()) : Located.unknown(group.at()));
            }
        }
        return groups;
    }

    private static ResourceInstance match(Value id, Iterable<ResourceInstance> definitions) {
        if (id == null) {
            return null;
        }
        List<ResourceInstance> byName = new ArrayList<>();
        for (ResourceInstance d : definitions) {
            if (Boolean.TRUE.equals(id.sameValueAs(d.scope().resourceIdOf(d), true))) {
                return d;
            }
            Value name = d.member("name");
            if (name != null
                    && name.isString()
                    && id.isString()
                    && id.asText()
                            .toLowerCase(java.util.Locale.ROOT)
                            .endsWith("/" + name.asText().toLowerCase(java.util.Locale.ROOT))) {
                byName.add(d);
            } else if (name != null
                    && !name.isResolved()
                    && !id.isResolved()
                    && id.symbol().contains(name.symbol())) {
                byName.add(d); // both known only at deployment, one computed from the other
            }
        }
        return byName.size() == 1 ? byName.get(0) : null;
    }
}
