package io.github.azlighthouse.generate;

import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.arm.ArmJson;
import io.github.azlighthouse.arm.TemplateSchemas;
import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.customers.CustomerList.Customer;
import io.github.azlighthouse.customers.CustomerListReader;
import io.github.azlighthouse.customers.CustomerStream;
import io.github.azlighthouse.delegation.CustomerCollisions;
import io.github.azlighthouse.findings.BuildLog;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.FindingReport;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.parallel.InOrder;
import io.github.azlighthouse.rules.PecGate;
import io.github.azlighthouse.rules.RoleCatalogStaleRule;
import io.github.azlighthouse.rules.RuleContext;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code generate}: customer list to validated templates. Reads and checks everything first;
 * writes only when every customer passed, into a staging directory that is then moved into place.
 * Unchanged input (customer list, catalog, plugin version, configuration) skips the work.
 *
 * <p>This class runs the steps: the up-to-date check ({@link UpToDate}), one pass (or two) over the
 * streamed customer list, the customers' work on all cores ({@link CustomerTemplates}) taken back in
 * list order into the summary ({@link SummaryWriter}) and the listeners, then the commit
 * ({@link OutputDirectory}) and the end-of-run log ({@link RunLog}).
 */
public final class Generator {

    /** Progress is logged every this many customers (long lists only). */
    static final int PROGRESS_EVERY = 100;

    private final SourceParser parser = new SourceParser();
    private final CustomerListReader reader = new CustomerListReader(parser);
    private final TemplateSchemas schemas = new TemplateSchemas();
    private final ArmJson json = new ArmJson();

    /** A run without listeners: templates and the summary only. */
    public GenerateResult run(GenerateRequest request, BuildLog log) throws IOException {
        return run(request, GenerateListener.NONE, log);
    }

    /**
     * The up-to-date check, logged as a skipped run when {@link UpToDate#current()}: the last successful run had
     * the same input and its output is still there. {@code request} may carry no catalog yet: the check needs
     * only its fingerprint, so an unchanged build never loads the catalog. Give the check to {@link #run(
     * GenerateRequest, GenerateListener, BuildLog, UpToDate)}, which then does not hash the list again.
     */
    public static UpToDate upToDate(GenerateRequest request, BuildLog log) throws IOException {
        UpToDate check = UpToDate.of(request);
        if (check.current()) {
            new RunLog(request, log).upToDate();
        }
        return check;
    }

    /** A run whose checked customers also go to {@code listener} (the access review, say). */
    public GenerateResult run(GenerateRequest request, GenerateListener listener, BuildLog log) throws IOException {
        return run(request, listener, log, null);
    }

    /** As {@link #run(GenerateRequest, GenerateListener, BuildLog)}, after {@code check} (null: none) of this build. */
    public GenerateResult run(GenerateRequest request, GenerateListener listener, BuildLog log, UpToDate check)
            throws IOException {
        RunLog runLog = new RunLog(request, log);
        UpToDate upToDate = UpToDate.of(request, check);
        if (upToDate.current()) {
            runLog.upToDate();
            return new GenerateResult(true, false, List.of(), 0, 0, 0, 0, 0);
        }
        upToDate.invalidate();
        GenerateResult result = attempt(request, listener, runLog, upToDate, false);
        if (result == null) { // top-level keys after the customers: read the header first, then the customers again
            log.debug("Keys follow 'customers' in " + runLog.customerList() + "; reading it again, header first.");
            result = attempt(request, listener, runLog, upToDate, true);
        }
        return result;
    }

    /**
     * Streams the customer list through the checks and into staging. {@code null} when the stream says
     * the customers were read before the whole header was known (nothing is written then).
     */
    private GenerateResult attempt(
            GenerateRequest request, GenerateListener listener, RunLog log, UpToDate upToDate, boolean headerFirst)
            throws IOException {
        try (CustomerStream stream = reader.open(request.customers(), log.customerList(), headerFirst)) {
            List<Finding> findings = new ArrayList<>(stream.headerFindings());
            CustomerList list = stream.header();
            if (list == null) { // no plan without a valid header; still check every customer, to list all problems
                int customers = 0;
                while (stream.hasNext()) {
                    findings.addAll(stream.next().findings());
                    customers++;
                }
                if (stream.mustReadAgain()) {
                    return null;
                }
                findings.addAll(stream.endFindings());
                return log.finish(findings, customers, 0, null);
            }
            return generate(request, listener, log, upToDate, stream, list, findings);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** One customer from the stream, with the input problems and collisions found in it (on the reading thread). */
    private record Entry(Customer customer, List<Finding> findings) {}

    private GenerateResult generate(
            GenerateRequest request,
            GenerateListener listener,
            RunLog log,
            UpToDate upToDate,
            CustomerStream stream,
            CustomerList list,
            List<Finding> findings)
            throws IOException {
        RuleContext context = new RuleContext(request.catalog(), request.today(), request.catalogMaxAgeDays());
        CustomerCollisions collisions = new CustomerCollisions(request.rules());
        Finding age = RoleCatalogStaleRule.catalogAge(request.rules(), context, Position.startOf(log.customerList()));
        if (age != null) {
            findings.add(age);
        }
        AtomicBoolean failing = new AtomicBoolean(findings.stream().anyMatch(Finding::isError));
        Iterator<Entry> entries = entries(stream, collisions, failing);
        RunSummary header = header(request, list, log.customerList(), upToDate.listSha256());
        log.pecGate(header.pecGateDisabled());
        OutputDirectory out = new OutputDirectory(request.outputDirectory());
        CustomerTemplates customers = new CustomerTemplates(request, list, context, out, failing, parser, schemas);
        try (listener;
                SummaryWriter summary = new SummaryWriter(
                        out.staging().resolve(Lighthouse.SUMMARY),
                        json.mapper(),
                        header,
                        out.staging().getParent())) {
            listener.start(out.staging(), header);
            int[] totals = new int[2]; // delegations, customers done
            // Customers come off the stream on this thread (input checks and collisions need list order),
            // are checked and staged on all cores, and are taken back in list order: the summary, the
            // listeners and the findings are the same as a single-threaded run's.
            InOrder.run(
                    entries,
                    request.threads(),
                    "lighthouse-generate",
                    entry -> entry.customer() == null
                            ? CustomerResult.invalid(entry.findings())
                            : customers.make(entry.customer(), entry.findings()),
                    done -> {
                        done.findings().forEach(f -> f.position().pin()); // the customer's part of the list can go
                        findings.addAll(done.findings());
                        totals[0] += done.delegations().size();
                        totals[1]++;
                        if (done.summary() != null) {
                            summary.customer(done.summary(), done.files());
                            if (!failing.get()) {
                                listener.customer(done);
                            }
                        }
                        log.progress(totals[1], totals[0]);
                    });
            if (stream.mustReadAgain()) {
                return null;
            }
            findings.addAll(stream.endFindings());
            if (findings.stream().anyMatch(Finding::isError) || (request.failOnWarning() && !findings.isEmpty())) {
                return log.finish(findings, totals[1], totals[0], null);
            }
            listener.finish();
            List<String> own = new ArrayList<>(listener.files());
            own.add(Lighthouse.SUMMARY);
            int files = summary.finish(totals[0], FindingReport.count(findings, Severity.WARNING), own);
            summary.close(); // deletes the spooled file list
            OutputDirectory.Commit commit;
            try (PreviousFiles previous = new PreviousFiles(
                    request.outputDirectory().resolve(Lighthouse.SUMMARY),
                    json.mapper().getFactory())) {
                commit = out.commit(files, previous);
            }
            upToDate.record();
            return log.finish(findings, totals[1], totals[0], commit);
        } finally {
            out.discard();
        }
    }

    /** Customers off the stream, each with its input findings and the collisions with earlier customers. */
    private static Iterator<Entry> entries(
            CustomerStream stream, CustomerCollisions collisions, AtomicBoolean failing) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return stream.hasNext();
            }

            @Override
            public Entry next() {
                CustomerStream.Entry e = stream.next();
                List<Finding> found = new ArrayList<>(e.findings());
                if (e.customer() != null) {
                    found.addAll(collisions.check(e.customer()));
                }
                if (found.stream().anyMatch(Finding::isError)) {
                    failing.set(true);
                }
                return new Entry(e.customer(), found);
            }
        };
    }

    /** The summary's properties known before the first customer. */
    private static RunSummary header(GenerateRequest request, CustomerList list, String shown, String listSha256) {
        CustomerList.PecAutomationAccount pec = list.pecAutomationAccount();
        String role = request.catalog()
                .resolve(pec.role().value())
                .map(r -> r.name())
                .orElse(pec.role().value());
        return new RunSummary(
                Lighthouse.NAME,
                request.pluginVersion(),
                shown,
                listSha256,
                list.managingTenantId().value(),
                list.partnerId(),
                list.location(),
                new RunSummary.PecAccount(pec.principal().principalId().value(), role),
                PecGate.disabledBy(request.rules(), pec.inject()),
                new RunSummary.Catalog(
                        request.catalog().asOf().toString(), request.catalog().source()),
                null,
                0,
                0,
                null);
    }
}
