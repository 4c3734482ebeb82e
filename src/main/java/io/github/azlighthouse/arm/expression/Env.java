package io.github.azlighthouse.arm.expression;

import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceDocument;
import java.util.Locale;
import java.util.Map;

/**
 * Where an expression is evaluated: the template scope (parameters, variables, functions, deployment
 * target), the copy loops around it, the arguments of the user-defined function being evaluated, and
 * the JSON place of the string (for positions). Immutable: a loop or a place gives a new environment.
 */
final class Env {

    /** What kind of copy loop binds an index. */
    enum LoopKind {
        RESOURCE,
        PROPERTY,
        VARIABLE
    }

    /** One copy loop binding, innermost first. {@code index} may be unknown (unknown copy count). */
    record Loop(String name, LoopKind kind, Value index, Loop outer) {}

    final TemplateScope scope;
    final Loop loops;
    final Map<String, Value> functionArgs; // by lower-case name; null outside a user-defined function
    final SourceDocument doc;
    final String pointer;
    final Object owner; // the variable whose value is being evaluated, or null

    Env(TemplateScope scope, Loop loops, Map<String, Value> functionArgs, SourceDocument doc, String pointer) {
        this(scope, loops, functionArgs, doc, pointer, null);
    }

    private Env(
            TemplateScope scope,
            Loop loops,
            Map<String, Value> functionArgs,
            SourceDocument doc,
            String pointer,
            Object owner) {
        this.scope = scope;
        this.loops = loops;
        this.functionArgs = functionArgs;
        this.doc = doc;
        this.pointer = pointer;
        this.owner = owner;
    }

    Budget budget() {
        return scope.budget();
    }

    Position at() {
        return Position.in(doc, pointer);
    }

    Env place(String p) {
        return new Env(scope, loops, functionArgs, doc, p, owner);
    }

    Env withLoop(String name, LoopKind kind, Value index) {
        return new Env(scope, new Loop(name, kind, index, loops), functionArgs, doc, pointer, owner);
    }

    /** This environment evaluating (a part of) variable {@code key}: reading that variable again is a cycle. */
    Env owned(Object key) {
        return new Env(scope, loops, functionArgs, doc, pointer, key);
    }

    /** {@code work} marked as evaluating this environment's variable, so a reference back to it is caught. */
    java.util.function.Supplier<Value> guard(java.util.function.Supplier<Value> work) {
        if (owner == null) {
            return work;
        }
        Budget b = budget();
        return () -> {
            b.enter(owner);
            try {
                return work.get();
            } finally {
                b.exit(owner);
            }
        };
    }

    /** The innermost loop named {@code name} (case-insensitive), or null. */
    Loop loop(String name) {
        for (Loop l = loops; l != null; l = l.outer()) {
            if (l.name() != null && l.name().equalsIgnoreCase(name)) {
                return l;
            }
        }
        return null;
    }

    /**
     * The loop {@code copyIndex()} without a name refers to: the innermost resource loop ("the current
     * resource type iteration"), else the innermost variable loop; null outside any.
     */
    Loop unnamedLoop() {
        Loop variable = null;
        for (Loop l = loops; l != null; l = l.outer()) {
            if (l.kind() == LoopKind.RESOURCE) {
                return l;
            }
            if (l.kind() == LoopKind.VARIABLE && variable == null) {
                variable = l;
            }
        }
        return variable;
    }

    Value functionArg(String name) {
        return functionArgs == null ? null : functionArgs.get(name.toLowerCase(Locale.ROOT));
    }
}
