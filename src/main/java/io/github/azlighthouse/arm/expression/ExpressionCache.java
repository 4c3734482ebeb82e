package io.github.azlighthouse.arm.expression;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed expressions shared by every template one reader evaluates: the same short expressions
 * ({@code [parameters('authorizations')]}, {@code [variables('mspRegistrationName')]}) recur in every file of
 * a repository and of {@code generate}'s output. A parsed expression holds offsets within its own string,
 * never a file's position, so one parse serves every file. Thread-safe; bounded in entries and length, so
 * hostile input cannot grow it.
 */
public final class ExpressionCache {

    private static final int MAX_ENTRIES = 2048;
    private static final int MAX_LENGTH = 200;

    private final ConcurrentHashMap<String, Expressions.Parsed> parsed = new ConcurrentHashMap<>();

    Expressions.Parsed parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Expressions.parse(text);
        }
        Expressions.Parsed p = parsed.get(text);
        if (p == null) {
            p = Expressions.parse(text);
            if (parsed.size() < MAX_ENTRIES) {
                parsed.putIfAbsent(text, p);
            }
        }
        return p;
    }

    /** How many parsed expressions are kept. */
    int size() {
        return parsed.size();
    }
}
