package io.github.azlighthouse.arm.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.azlighthouse.findings.FindingSink;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceDocument;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One template (or a nested deployment's inline template) ready to be evaluated: its parameters (from
 * the parameter file or the deployment, else defaults), variables, user-defined functions, resources
 * expanded from copy loops, and where it deploys. Everything is evaluated on first use; findings ARM
 * would report about supplied parameters ({@code parameter-mismatch}) are reported when the scope is
 * made. No method throws on odd input; the scope and its values are confined to one thread.
 */
public final class TemplateScope {

    /** Nested deployments deeper than this are not evaluated. */
    public static final int MAX_NESTING = 10;

    /** How a nested template evaluates its expressions. */
    public enum Mode {
        ROOT,
        INNER,
        OUTER
    }

    private final SourceDocument doc;
    private final String pointer;
    private final JsonNode node;
    private final TemplateScope parent;
    private final Mode mode;
    private final Budget budget;
    private final int depth;
    private final Env.Loop outerLoops;
    private final Target exprTarget;
    private final Target deployTarget;
    private final ResourceInstance deployment;
    private final Value problem;
    private final String noValueText;
    private FindingSink sink;
    private Subject subject = Subject.NONE;
    private Parameters parameters;
    private Variables variables;
    private UserFunctions functions;
    private List<ResourceInstance> resources;

    TemplateScope(
            SourceDocument doc,
            String pointer,
            TemplateScope parent,
            Mode mode,
            Budget budget,
            int depth,
            Env.Loop outerLoops,
            Target exprTarget,
            Target deployTarget,
            ResourceInstance deployment,
            Value problem,
            String noValueText) {
        JsonNode n = doc.node(pointer);
        this.doc = doc;
        this.pointer = pointer;
        this.node = n != null && n.isObject() && problem == null ? n : JsonNodeFactory.instance.objectNode();
        this.parent = parent;
        this.mode = mode;
        this.budget = budget;
        this.depth = depth;
        this.outerLoops = outerLoops;
        this.exprTarget = exprTarget;
        this.deployTarget = deployTarget;
        this.deployment = deployment;
        this.problem = problem != null
                ? problem
                : n != null && n.isObject()
                        ? null
                        : Unresolved.invalid(
                                Position.in(doc, pointer), "The template is not a JSON object.", "<template>");
        this.noValueText = noValueText;
        if (parent != null) {
            this.sink = parent.sink;
            this.subject = parent.subject;
        }
    }

    /**
     * A template with its parameter file (or {@code null}), the known deployment target, and where to report
     * parameter findings.
     */
    public static TemplateScope of(
            SourceDocument template,
            SourceDocument parametersOrNull,
            DeploymentContext context,
            FindingSink sink,
            Subject subject) {
        return of(template, parametersOrNull, context, sink, subject, new ExpressionCache());
    }

    /** As {@link #of(SourceDocument, SourceDocument, DeploymentContext, FindingSink, Subject)}, parsing through {@code expressions}. */
    public static TemplateScope of(
            SourceDocument template,
            SourceDocument parametersOrNull,
            DeploymentContext context,
            FindingSink sink,
            Subject subject,
            ExpressionCache expressions) {
        Objects.requireNonNull(template, "template");
        DeploymentContext ctx = context == null ? DeploymentContext.NONE : context;
        Position at = Position.in(template, "");
        Target target = new Target(
                Target.Level.fromSchema(Json.text(template.root(), "$schema")),
                known(at, ctx.subscriptionId(), "subscription().subscriptionId", "no subscription was given"),
                Unresolved.unknown(at, "resourceGroup().name is known only at deployment", "resourceGroup().name"),
                known(at, ctx.tenantId(), "tenant().tenantId", "no tenant was given"),
                Unresolved.unknown(at, "deployment().name is known only at deployment", "deployment().name"));
        Budget budget = new Budget(expressions);
        TemplateScope scope = new TemplateScope(
                template, "", null, Mode.ROOT, budget, 0, null, target, target, null, null, "no parameter file value");
        scope.sink = sink;
        scope.subject = subject == null ? Subject.NONE : subject;
        try {
            scope.parameters(
                    Parameters.fromFile(parametersOrNull, budget),
                    new ParameterChecks(scope.sink, scope.subject, "the parameters file"));
        } catch (RuntimeException | StackOverflowError e) { // a bug must not stop the run: parameters stay unread
            scope.parameters = null;
        }
        return scope;
    }

    private static Value known(Position at, String value, String symbol, String why) {
        return value != null
                ? Scalar.string(at, value)
                : Unresolved.unknown(at, symbol + " is known only at deployment (" + why + ")", symbol);
    }

    /** The template JSON at {@code pointer} (a pointer into the whole document), evaluated here; null if absent. */
    public Value evaluate(String pointer) {
        JsonNode n;
        try {
            n = doc.node(pointer);
        } catch (IllegalArgumentException e) { // not a JSON Pointer
            return null;
        }
        if (n == null || n.isMissingNode()) {
            return null;
        }
        return JsonValues.template(n, rootEnv().place(pointer), null);
    }

    /** Evaluates one JSON string (an expression or literal text) in this scope, reported at the template's place. */
    public Value evaluateExpression(String text) {
        return Evaluator.string(text, rootEnv());
    }

    /** The value of parameter {@code name} (case-insensitive); invalid when the template does not declare it. */
    public Value parameter(String name) {
        Value v = parameterValue(name);
        return v != null
                ? v
                : Unresolved.invalid(
                        Position.in(doc, pointer),
                        "The template parameter '" + name + "' is not found.",
                        "parameters(" + Symbols.quote(name) + ")");
    }

    /** The value of variable {@code name} (case-insensitive); invalid when the template does not define it. */
    public Value variable(String name) {
        Value v = variableValue(name);
        return v != null
                ? v
                : Unresolved.invalid(
                        Position.in(doc, pointer),
                        "The template variable '" + name + "' is not found.",
                        "variables(" + Symbols.quote(name) + ")");
    }

    /** Every resource instance in template order: copy loops expanded, nested resources after their parent. */
    public List<ResourceInstance> resources() {
        if (resources == null) {
            List<ResourceInstance> expanded = new java.util.ArrayList<>();
            try {
                Resources.expand(this, expanded);
            } catch (RuntimeException | StackOverflowError e) {
                // a bug must not stop the run: keep the instances expanded so far
            }
            resources = List.copyOf(expanded);
        }
        return resources;
    }

    /** The full resource ID of an instance at its deployment target; unknown where the target is. */
    public Value resourceIdOf(ResourceInstance r) {
        return budget.run(() -> ResourceIds.of(r), r.at());
    }

    /** The evaluated {@code resourceGroup} of the deployment this nested template belongs to; null if not set. */
    public Value targetResourceGroup() {
        return deployment == null ? null : deployment.targetResourceGroup();
    }

    /** The evaluated {@code subscriptionId} of the deployment this nested template belongs to; null if not set. */
    public Value targetSubscription() {
        return deployment == null ? null : deployment.targetSubscription();
    }

    /** Why this scope cannot be evaluated (not an object, nested too deeply), or null. */
    public Value problem() {
        return problem;
    }

    public Mode mode() {
        return mode;
    }

    /** The scope of the template this one is nested in, or null. */
    public TemplateScope parent() {
        return parent;
    }

    /** The nested deployment this template belongs to, or null at the top. */
    public ResourceInstance deployment() {
        return deployment;
    }

    /** The JSON Pointer of this template in its document ({@code ""} at the top). */
    public String pointer() {
        return pointer;
    }

    public SourceDocument document() {
        return doc;
    }

    /** How many nested deployments enclose this template (0 at the top). */
    public int depth() {
        return depth;
    }

    Value parameterValue(String name) {
        if (mode == Mode.OUTER) {
            return parent.parameterValue(name);
        }
        return parameters == null || name == null ? null : parameters.get(name);
    }

    Value variableValue(String name) {
        if (mode == Mode.OUTER) {
            return parent.variableValue(name);
        }
        if (variables == null) {
            variables = budget.guarded(() -> new Variables(this), Variables::empty);
        }
        return name == null ? null : variables.get(name);
    }

    UserFunctions userFunctions() {
        if (mode == Mode.OUTER) {
            return parent.userFunctions();
        }
        if (functions == null) {
            functions = new UserFunctions(this);
        }
        return functions;
    }

    void parameters(Map<String, Parameters.Supplied> supplied, ParameterChecks checks) {
        this.parameters = new Parameters(this, supplied, checks);
    }

    /** Where scope functions point: for an outer-scope nested template, its parent's deployment. */
    Target target() {
        return exprTarget;
    }

    /** Where this template's resources are deployed. */
    Target deployTarget() {
        return deployTarget;
    }

    Env rootEnv() {
        return new Env(this, outerLoops, null, doc, pointer);
    }

    /**
     * True when every function this template (and its nested templates) evaluated so far is one that tells
     * GUIDs apart only by equality (see {@code Functions.VALUE_BLIND}).
     */
    public boolean valueBlind() {
        return budget.valueBlind();
    }

    Budget budget() {
        return budget;
    }

    SourceDocument doc() {
        return doc;
    }

    JsonNode node() {
        return node;
    }

    String noValueText() {
        return noValueText;
    }

    FindingSink sink() {
        return sink;
    }

    Subject subject() {
        return subject;
    }
}
