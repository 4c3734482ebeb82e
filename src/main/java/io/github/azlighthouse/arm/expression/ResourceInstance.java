package io.github.azlighthouse.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceDocument;
import java.util.HashMap;
import java.util.Map;

/**
 * One instance of a template resource: one per iteration of its copy loop. Its {@code type} and
 * {@code apiVersion} are the literal JSON; every other member is evaluated on first use with this
 * instance's {@code copyIndex()}. A nested deployment's {@code properties.template} is returned as
 * written: read the inner template through {@link #nested()}.
 */
public final class ResourceInstance {

    static final String DEPLOYMENTS = "Microsoft.Resources/deployments";

    private final TemplateScope scope;
    private final JsonNode node;
    private final String pointer;
    private final String type;
    private final String symbolicName;
    private final Env env;
    private final String copyName;
    private final Value copyIndex;
    private final boolean copyUnknown;
    private final ResourceInstance parent;
    private final Value condition;
    private final boolean existing;
    private final Map<String, Value> members = new HashMap<>();
    private TemplateScope nested;
    private boolean nestedMade;

    ResourceInstance(
            TemplateScope scope,
            JsonNode node,
            String pointer,
            String type,
            String symbolicName,
            Env env,
            String copyName,
            Value copyIndex,
            boolean copyUnknown,
            ResourceInstance parent) {
        this.scope = scope;
        this.node = node;
        this.pointer = pointer;
        this.type = type;
        this.symbolicName = symbolicName;
        this.env = env;
        this.copyName = copyName;
        this.copyIndex = copyIndex;
        this.copyUnknown = copyUnknown;
        this.parent = parent;
        JsonNode existingNode = Json.field(node, "existing");
        this.existing = existingNode != null && existingNode.isBoolean() && existingNode.asBoolean();
        this.condition = member("condition");
    }

    /** The resource type as written (a nested resource's short type is prefixed with its parent's). */
    public String type() {
        return type;
    }

    /** The {@code apiVersion} as written, or null. */
    public String apiVersion() {
        return Json.text(node, "apiVersion");
    }

    /** The JSON Pointer of the resource's definition (shared by every instance of a copy loop). */
    public String pointer() {
        return pointer;
    }

    public Position at() {
        return Position.in(scope.doc(), pointer);
    }

    /** The symbolic name (languageVersion 2.0 {@code resources} object key), or null. */
    public String symbolicName() {
        return symbolicName;
    }

    /** The copy loop's name, or null when the resource has no copy loop. */
    public String copyName() {
        return copyName;
    }

    /** This instance's {@code copyIndex()}: known, unknown (count unknown) or invalid (count invalid); null without a loop. */
    public Value copyIndex() {
        return copyIndex;
    }

    /** True when the copy count is not known: this single instance stands for all of them. */
    public boolean copyUnknown() {
        return copyUnknown;
    }

    /** The evaluated {@code condition}, or null when there is none. */
    public Value condition() {
        return condition;
    }

    /** True when the condition is present and not a known boolean (the instance is still counted as deployed). */
    public boolean conditionUnknown() {
        return condition != null && !condition.isBoolean();
    }

    /** A reference to a resource that exists already ({@code "existing": true}): not deployed. */
    public boolean existing() {
        return existing;
    }

    /** False for existing resources and resources whose condition is known to be false. */
    public boolean deployed() {
        return !existing && !(condition != null && Boolean.FALSE.equals(condition.asBoolean()));
    }

    /** The parent resource for a resource nested in another's {@code resources}, or null. */
    public ResourceInstance parent() {
        return parent;
    }

    public TemplateScope scope() {
        return scope;
    }

    /** True when the resource has member {@code name} (case-insensitive). */
    public boolean has(String name) {
        return Json.key(node, name) != null;
    }

    /**
     * Member {@code name} ({@code name}, {@code properties}, {@code plan}, {@code resourceGroup}, …)
     * evaluated for this instance; null when the resource has no such member.
     */
    public Value member(String name) {
        String key = Json.key(node, name);
        if (key == null) {
            return null;
        }
        Value v = members.get(key);
        if (v == null) {
            Env at = env.place(pointer + "/" + SourceDocument.escape(key));
            v = env.budget().run(() -> JsonValues.template(node.get(key), at, literalPointer()), at.at());
            members.put(key, v);
        }
        return v;
    }

    /** The evaluated {@code resourceGroup} a deployment targets, or null. */
    public Value targetResourceGroup() {
        return member("resourceGroup");
    }

    /** The evaluated {@code subscriptionId} a deployment targets, or null. */
    public Value targetSubscription() {
        return member("subscriptionId");
    }

    public boolean isDeployment() {
        return DEPLOYMENTS.equalsIgnoreCase(type);
    }

    /** A deployment of a linked template ({@code properties.templateLink}): not read here. */
    public boolean linkedTemplate() {
        return isDeployment() && Json.field(Json.field(node, "properties"), "templateLink") != null;
    }

    /** The scope of a nested deployment's inline template; null for other resources and linked templates. */
    public TemplateScope nested() {
        if (!nestedMade) {
            nestedMade = true;
            JsonNode template = Json.field(Json.field(node, "properties"), "template");
            if (isDeployment() && template != null && template.isObject()) {
                nested = env.budget().guarded(() -> NestedScopes.of(this), () -> null);
            }
        }
        return nested;
    }

    /** The pointer of a deployment's inline template, kept literal when {@code properties} is read. */
    private String literalPointer() {
        if (!isDeployment()) {
            return null;
        }
        String props = Json.key(node, "properties");
        String template = Json.key(Json.field(node, "properties"), "template");
        return props == null || template == null
                ? null
                : pointer + "/" + SourceDocument.escape(props) + "/" + SourceDocument.escape(template);
    }

    JsonNode node() {
        return node;
    }

    Env env() {
        return env;
    }

    @Override
    public String toString() {
        return type + (copyIndex != null && copyIndex.isInteger() ? "[" + copyIndex.asLong() + "]" : "") + " at "
                + pointer;
    }
}
