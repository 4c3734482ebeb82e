package io.github.azlighthouse.diff;

import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.customers.CustomerListReader;
import io.github.azlighthouse.customers.CustomerStream;
import io.github.azlighthouse.delegation.CustomerCollisions;
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

/**
 * {@code diff}: what a change of the customer list grants and removes, against a baseline. Both sides become
 * resolved delegations (role names as GUIDs, the PEC account injected), never text, so reordering keys or editing
 * comments is no change.
 *
 * <p>Flat memory for lists of any length: the baseline is streamed once into a {@link BaselineIndex} (records on
 * disk, an index of ids and digests in memory), then the current list is streamed and each customer is looked up
 * by id. An unchanged customer costs a digest; a changed one is read back and compared ({@link Comparison});
 * customers the current list no longer names are removed. The changes go to a {@link ChangeLog} on disk.
 */
public final class Differ {

    /** The kinds of baseline {@code lighthouse.baseline} may name. */
    enum Kind {
        CUSTOMER_LIST("customer list"), OUTPUT_DIRECTORY("generate output directory"), ARCHIVE("onboarding archive");

        final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    private final SourceParser parser = new SourceParser();
    private final CustomerListReader reader = new CustomerListReader(parser);

    public DiffResult run(DiffRequest request) throws IOException {
        RuleContext context = new RuleContext(request.catalog(), request.today(), request.catalogMaxAgeDays());
        DelegationPlanner planner = new DelegationPlanner(request.catalog());
        Kind kind = kind(request.baseline());
        String shown = request.baselineShown();
        String current = Position.shownPath(request.basedir(), request.customers());
        ChangeLog log = new ChangeLog(request.scratch());
        try (BaselineIndex base = new BaselineIndex(kind.text, Position.startOf(shown), request.scratch())) {
            switch (kind) {
                case OUTPUT_DIRECTORY -> OutputDirectoryBaseline.read(request.baseline(), shown, base, parser);
                case ARCHIVE -> ArchiveBaseline.read(request.baseline(), shown, base, parser);
                default -> ListBaseline.read(request.baseline(), shown, reader, planner, base);
            }
            if (!base.findings().isEmpty()) {
                log.finish();
                return new DiffResult(base.description(), shown, current, false, base.customers(), 0, base.findings(),
                        List.of(), log);
            }
            Current pass = null;
            for (boolean headerFirst : new boolean[] {false, true}) {
                pass = new Current(request, base, planner, new Comparison(context, request.rules()), log);
                if (pass.read(reader, current, headerFirst)) {
                    break;
                }
                base.unsee(); // keys follow 'customers': read it again, header first
                log.reset();
            }
            log.finish();
            return new DiffResult(base.description(), shown, current, pass.compared, base.customers(), pass.customers,
                    pass.findings, pass.notes, log);
        } catch (IOException | RuntimeException e) {
            log.close();
            throw e;
        }
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
            return n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4 ? Kind.ARCHIVE
                    : Kind.CUSTOMER_LIST;
        }
    }

    /** One pass over the current list. */
    private static final class Current {
        final DiffRequest request;
        final BaselineIndex base;
        final DelegationPlanner planner;
        final Comparison comparison;
        final ChangeLog log;
        final List<Finding> findings = new ArrayList<>();
        final List<Finding> input = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        boolean compared = true;
        int customers;

        Current(DiffRequest request, BaselineIndex base, DelegationPlanner planner, Comparison comparison, ChangeLog log) {
            this.request = request;
            this.base = base;
            this.planner = planner;
            this.comparison = comparison;
            this.log = log;
        }

        /** False when the list must be read again, header first. */
        boolean read(CustomerListReader reader, String shown, boolean headerFirst) throws IOException {
            try (CustomerStream stream = reader.open(request.customers(), shown, headerFirst)) {
                input.addAll(stream.headerFindings());
                CustomerList list = stream.header();
                compared = list != null;
                boolean fast = list != null && header(list);
                CustomerCollisions collisions = new CustomerCollisions(request.rules());
                while (stream.hasNext()) {
                    CustomerStream.Entry e = stream.next();
                    List<Finding> found = new ArrayList<>(e.findings());
                    if (e.customer() != null) {
                        found.addAll(collisions.check(e.customer()));
                    }
                    found.forEach(f -> f.position().pin());
                    input.addAll(found);
                    compared &= found.stream().noneMatch(Finding::isError);
                    customers++;
                    if (compared && e.customer() != null) {
                        customer(list, e.customer(), fast);
                    }
                }
                if (stream.mustReadAgain()) {
                    return false;
                }
                input.addAll(stream.endFindings());
                compared &= stream.endFindings().isEmpty();
                if (compared) {
                    for (Iterator<BaselineIndex.Slot> it = base.unseen(); it.hasNext(); ) {
                        CustomerState removed = base.read(it.next());
                        log.add(new CustomerChanges(removed.id(), removed.name(), comparison.compare(removed, null,
                                findings)));
                    }
                } else {
                    log.reset(); // no changes from a list that cannot be read in full
                    findings.clear();
                }
                findings.addAll(0, input);
                return true;
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        /** Changes of the list as a whole; false when every customer must be compared in full (the PEC account changed). */
        private boolean header(CustomerList list) throws IOException {
            String pec = list.pecAutomationAccount().principal().principalId().value();
            List<Change> changes = new ArrayList<>();
            String tenant = list.managingTenantId().value();
            if (base.managingTenantId() != null && !base.managingTenantId().equalsIgnoreCase(tenant)) {
                changes.add(new Change(ChangeKind.MANAGING_TENANT_CHANGED, null, null, null, null, null, null, null,
                        null, base.managingTenantId(), tenant));
            }
            boolean same = true;
            if (base.pecPrincipalId() == null) {
                base.pecPrincipalId(pec);
                notes.add("The baseline does not name its PEC Automation Account; its delegations are judged with"
                        + " the current list's (" + pec + ").");
            } else if (!base.pecPrincipalId().equalsIgnoreCase(pec)) {
                changes.add(new Change(ChangeKind.PEC_ACCOUNT_CHANGED, null, null, null, null, pec,
                        list.pecAutomationAccount().principal().displayName().value(), null, null,
                        base.pecPrincipalId(), pec));
                same = false;
            }
            log.add(new CustomerChanges(null, null, changes));
            return same;
        }

        private void customer(CustomerList list, CustomerList.Customer c, boolean fast) throws IOException {
            CustomerState now = ListBaseline.state(list, c, planner);
            BaselineIndex.Slot slot = base.take(now.id());
            if (slot != null && fast && BaselineIndex.unchanged(slot, StateCodec.encode(now).digest())) {
                return;
            }
            CustomerState before = slot == null ? null : base.read(slot);
            log.add(new CustomerChanges(now.id(), now.name(), comparison.compare(before, now, findings)));
        }
    }
}
