package io.github.azlighthouse.diff;

import io.github.azlighthouse.findings.Finding;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one {@code diff}: what was compared, the counts of changes by kind, the findings, and the
 * changes themselves customer by customer, read back from a scratch file ({@link #each}) until {@link #close()}.
 */
public final class DiffResult implements AutoCloseable {

    /** What a report does with each customer's changes. */
    @FunctionalInterface
    public interface Visitor {
        void visit(CustomerChanges customer) throws IOException;
    }

    private final String baselineKind;
    private final String baselineShown;
    private final String current;
    private final boolean compared;
    private final int baselineCustomers;
    private final int currentCustomers;
    private final List<Finding> findings;
    private final List<String> notes;
    private final ChangeLog log;

    DiffResult(
            String baselineKind,
            String baselineShown,
            String current,
            boolean compared,
            int baselineCustomers,
            int currentCustomers,
            List<Finding> findings,
            List<String> notes,
            ChangeLog log) {
        this.baselineKind = baselineKind;
        this.baselineShown = baselineShown;
        this.current = current;
        this.compared = compared;
        this.baselineCustomers = baselineCustomers;
        this.currentCustomers = currentCustomers;
        this.findings = List.copyOf(findings);
        this.notes = List.copyOf(notes);
        this.log = log;
    }

    /** What the baseline was, e.g. {@code customer list target/baseline.yaml}. */
    public String baseline() {
        return baselineKind + " " + baselineShown;
    }

    /** {@code customer list}, {@code generate output directory} or {@code onboarding archive}. */
    public String baselineKind() {
        return baselineKind;
    }

    /** The baseline as given: a path relative to the project, or Maven coordinates. */
    public String baselineShown() {
        return baselineShown;
    }

    /** The current customer list as findings name it. */
    public String current() {
        return current;
    }

    /** False when either side could not be read (its findings say why): then there are no changes. */
    public boolean compared() {
        return compared;
    }

    public int baselineCustomers() {
        return baselineCustomers;
    }

    public int currentCustomers() {
        return currentCustomers;
    }

    /** Customers with at least one change. */
    public int changedCustomers() {
        return log.customers();
    }

    /** Changes by kind, in the kinds' order; kinds without changes are absent. */
    public Map<ChangeKind, Integer> counts() {
        return log.counts();
    }

    public int changes() {
        return log.counts().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The findings of the diff rules, and the input problems of either side. */
    public List<Finding> findings() {
        return findings;
    }

    /** What the reader should know about the comparison (e.g. the baseline does not name its PEC account). */
    public List<String> notes() {
        return notes;
    }

    /** Every customer's changes: the list as a whole first, then in current-list order, then removed customers. */
    public void each(Visitor visitor) throws IOException {
        log.each(visitor);
    }

    @Override
    public void close() throws IOException {
        log.close();
    }
}
