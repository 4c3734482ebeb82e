package io.github.azlighthouse.generate;

import io.github.azlighthouse.findings.Finding;
import java.util.List;

/**
 * The outcome of one run.
 *
 * @param skipped the input was unchanged since the last successful run, so nothing was done
 * @param failed errors (or warnings with failOnWarning) were found; nothing was written
 * @param written files whose bytes changed; {@code unchanged} kept their bytes (and timestamps)
 */
public record GenerateResult(
        boolean skipped,
        boolean failed,
        List<Finding> findings,
        int customers,
        int delegations,
        int written,
        int unchanged,
        int removed) {}
