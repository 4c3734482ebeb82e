package io.github.azlighthouse.diff;

import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.customers.CustomerListReader;
import io.github.azlighthouse.delegation.DelegationPlanner;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.rules.RuleContext;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * {@code diff}: what a change of the customer list grants and removes, against a baseline. Both sides become
 * resolved delegations (role names as GUIDs, the PEC account injected), never text, so reordering keys or editing
 * comments is no change.
 *
 * <p>Flat memory for lists of any length, in two steps. First both sides are streamed, each on its own thread, into
 * a {@link Spool}: customer states on disk; in memory only the baseline's index of ids, offsets and digests. Then the
 * current records are read back in list order and each customer looked up in that index, whatever the order of
 * either list: equal digests mean no change and the baseline's record is not read; a changed customer is compared
 * ({@link Comparison}); baseline customers never looked up are the removed ones. The changes go to a
 * {@link ChangeLog} on disk.
 */
public final class Differ {

    /** The kinds of baseline {@code lighthouse.baseline} may name. */
    enum Kind {
        CUSTOMER_LIST("customer list"),
        OUTPUT_DIRECTORY("generate output directory"),
        ARCHIVE("onboarding archive");

        final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    public DiffResult run(DiffRequest request) throws IOException {
        RuleContext context = new RuleContext(request.catalog(), request.today(), request.catalogMaxAgeDays());
        DelegationPlanner planner = new DelegationPlanner(request.catalog());
        Kind kind = kind(request.baseline());
        String shown = request.baselineShown();
        String current = Position.shownPath(request.basedir(), request.customers());
        ChangeLog log = new ChangeLog(request.scratch());
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "lighthouse-diff-baseline");
            t.setDaemon(true);
            return t;
        });
        Spool base = null;
        Spool now = null;
        try {
            base = new Spool(kind.text, Position.startOf(shown), false, request.scratch());
            now = new Spool("customer list", Position.startOf(current), true, request.scratch());
            Spool baseline = base;
            Future<?> read = thread.submit(() -> {
                readBaseline(kind, request.baseline(), shown, baseline, planner);
                return null;
            });
            CustomerList list = ListSpool.read(
                    request.customers(), current, new CustomerListReader(new SourceParser()), planner, now);
            await(read);
            DiffResult result = compare(list, base, now, new Comparison(context, request.rules()), log, shown, current);
            log.finish();
            return result;
        } catch (UncheckedIOException e) {
            log.close();
            throw e.getCause();
        } catch (IOException | RuntimeException e) {
            log.close();
            throw e;
        } finally {
            thread.shutdownNow();
            awaitQuietly(thread);
            if (base != null) {
                base.close();
            }
            if (now != null) {
                now.close();
            }
        }
    }

    private static void readBaseline(Kind kind, Path file, String shown, Spool base, DelegationPlanner planner)
            throws IOException {
        SourceParser parser = new SourceParser();
        switch (kind) {
            case OUTPUT_DIRECTORY -> OutputDirectoryBaseline.read(file, shown, base, parser);
            case ARCHIVE -> ArchiveBaseline.read(file, shown, base, parser);
            default -> ListSpool.read(file, shown, new CustomerListReader(parser), planner, base);
        }
    }

    /** The second step: index against index, in the current list's order. */
    private static DiffResult compare(
            CustomerList list,
            Spool base,
            Spool now,
            Comparison comparison,
            ChangeLog log,
            String shown,
            String current)
            throws IOException {
        if (!base.findings().isEmpty()) {
            return new DiffResult(
                    base.description(),
                    shown,
                    current,
                    false,
                    base.customers(),
                    now.customers(),
                    base.findings(),
                    List.of(),
                    log);
        }
        if (list == null || now.findings().stream().anyMatch(Finding::isError)) {
            return new DiffResult(
                    base.description(),
                    shown,
                    current,
                    false,
                    base.customers(),
                    now.customers(),
                    now.findings(),
                    List.of(),
                    log);
        }
        List<Finding> findings = new ArrayList<>(now.findings()); // none but errors come from reading a list
        List<String> notes = new ArrayList<>();
        boolean fast = header(list, base, log, notes);
        for (Iterator<Spool.Slot> it = now.sequence(); it.hasNext(); ) {
            Spool.Slot n = it.next();
            Spool.Slot b = base.take(n.id);
            if (b != null && fast && Spool.unchanged(b, n)) {
                continue;
            }
            CustomerState after = now.read(n);
            log.add(new CustomerChanges(
                    after.id(), after.name(), comparison.compare(b == null ? null : base.read(b), after, findings)));
        }
        for (Iterator<Spool.Slot> it = base.unseen(); it.hasNext(); ) {
            CustomerState removed = base.read(it.next());
            log.add(new CustomerChanges(removed.id(), removed.name(), comparison.compare(removed, null, findings)));
        }
        return new DiffResult(
                base.description(), shown, current, true, base.customers(), now.customers(), findings, notes, log);
    }

    /** Changes of the list as a whole; false when every customer must be compared in full (the PEC account changed). */
    private static boolean header(CustomerList list, Spool base, ChangeLog log, List<String> notes) throws IOException {
        String pec = list.pecAutomationAccount().principal().principalId().value();
        List<Change> changes = new ArrayList<>();
        String tenant = list.managingTenantId().value();
        if (base.managingTenantId() != null && !base.managingTenantId().equalsIgnoreCase(tenant)) {
            changes.add(new Change(
                    ChangeKind.MANAGING_TENANT_CHANGED,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    base.managingTenantId(),
                    tenant));
        }
        boolean same = true;
        if (base.pecPrincipalId() == null) {
            base.pecPrincipalId(pec);
            notes.add("The baseline does not name its PEC Automation Account; its delegations are judged with the"
                    + " current list's (" + pec + ").");
        } else if (!base.pecPrincipalId().equalsIgnoreCase(pec)) {
            changes.add(new Change(
                    ChangeKind.PEC_ACCOUNT_CHANGED,
                    null,
                    null,
                    null,
                    null,
                    pec,
                    list.pecAutomationAccount().principal().displayName().value(),
                    null,
                    null,
                    base.pecPrincipalId(),
                    pec));
            same = false;
        }
        log.add(new CustomerChanges(null, null, changes));
        return same;
    }

    /** A folder is a generate output directory; a ZIP an onboarding archive; anything else a customer list. */
    static Kind kind(Path baseline) throws IOException {
        if (Files.isDirectory(baseline)) {
            return Kind.OUTPUT_DIRECTORY;
        }
        if (baseline.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return Kind.ARCHIVE;
        }
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(baseline)) {
            int n = in.readNBytes(head, 0, 4);
            return n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4
                    ? Kind.ARCHIVE
                    : Kind.CUSTOMER_LIST;
        }
    }

    /** The baseline's reading, with its I/O problems and bugs thrown here, on the caller's thread. */
    private static void await(Future<?> read) throws IOException {
        try {
            read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the baseline", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("reading the baseline failed: " + cause, cause);
        }
    }

    private static void awaitQuietly(ExecutorService thread) {
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
