package io.github.azlighthouse.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.arm.ArmJson;
import io.github.azlighthouse.arm.TemplateBuilder;
import io.github.azlighthouse.arm.TemplateReader;
import io.github.azlighthouse.arm.TemplateSchemas;
import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.customers.CustomerList.Customer;
import io.github.azlighthouse.customers.CustomerListReader;
import io.github.azlighthouse.customers.CustomerStream;
import io.github.azlighthouse.delegation.CustomerCollisions;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.DelegationPlanner;
import io.github.azlighthouse.findings.BuildLog;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.FindingReport;
import io.github.azlighthouse.findings.FindingSink;
import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.parallel.InOrder;
import io.github.azlighthouse.report.AccessReport;
import io.github.azlighthouse.rules.RoleCatalogStaleRule;
import io.github.azlighthouse.rules.RuleContext;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SchemaCheck.Violation;
import io.github.azlighthouse.source.SourceDocument;
import io.github.azlighthouse.source.SourceParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code generate}: customer list to validated templates. Reads and checks everything first;
 * writes only when every customer passed, into a staging directory that is then moved into place.
 * Unchanged input (customer list, catalog, plugin version, configuration) skips the work.
 */
public final class Generator {

    private final SourceParser parser = new SourceParser();
    private final CustomerListReader reader = new CustomerListReader(parser);
    private final TemplateSchemas schemas = new TemplateSchemas();
    private final TemplateBuilder builder = new TemplateBuilder();
    private final ArmJson json = new ArmJson();
    private final TemplateReader templates = new TemplateReader(schemas);

    /** Progress is logged every this many customers (long lists only). */
    static final int PROGRESS_EVERY = 100;

    public GenerateResult run(GenerateRequest request, BuildLog log) throws IOException {
        long started = System.nanoTime();
        String shown = shown(request, request.customers());
        String fingerprint = fingerprint(request);
        Path marker = request.outputDirectory().resolve(".generate-" + request.executionId() + ".sha256");
        if (Files.isRegularFile(marker) && Files.isRegularFile(request.outputDirectory().resolve(Lighthouse.SUMMARY))
                && Files.readString(marker, StandardCharsets.UTF_8).trim().equals(fingerprint)) {
            log.info("Customer list " + shown + " unchanged since the last run; templates in "
                    + shown(request, request.outputDirectory()) + " are up to date (skipped).");
            return new GenerateResult(true, false, List.of(), 0, 0, 0, 0, 0);
        }
        Files.deleteIfExists(marker); // a failed run must never leave a marker that says "up to date"

        GenerateResult result = attempt(request, log, shown, fingerprint, marker, started, false);
        if (result == null) { // top-level keys after the customers: read the header first, then the customers again
            log.debug("Keys follow 'customers' in " + shown + "; reading it again, header first.");
            result = attempt(request, log, shown, fingerprint, marker, started, true);
        }
        return result;
    }

    /** One customer from the stream, with the input problems and collisions found in it (on the reading thread). */
    private record Entry(Customer customer, List<Finding> findings) {
    }

    /**
     * Streams the customer list through the checks and into staging. {@code null} when the stream says
     * the customers were read before the whole header was known (nothing is written then).
     */
    private GenerateResult attempt(GenerateRequest request, BuildLog log, String shown, String fingerprint, Path marker,
            long started, boolean headerFirst) throws IOException {
        try (CustomerStream stream = reader.open(request.customers(), shown, headerFirst)) {
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
                return finish(request, log, findings, customers, 0, null, null, started);
            }
            return generate(request, log, shown, fingerprint, marker, started, stream, list, findings);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private GenerateResult generate(GenerateRequest request, BuildLog log, String shown, String fingerprint,
            Path marker, long started, CustomerStream stream, CustomerList list, List<Finding> findings)
            throws IOException {
        RuleContext context = new RuleContext(request.catalog(), request.today(), request.catalogMaxAgeDays());
        DelegationPlanner planner = new DelegationPlanner(request.catalog());
        CustomerCollisions collisions = new CustomerCollisions(request.rules());
        Finding age = RoleCatalogStaleRule.catalogAge(request.rules(), context, Position.startOf(shown));
        if (age != null) {
            findings.add(age);
        }
        AtomicBoolean failing = new AtomicBoolean(hasErrors(findings));
        // Customers come off the stream on this thread (input checks and collisions need list order),
        // are checked and staged on all cores, and are taken back in list order: the summary, the
        // report and the findings are the same as a single-threaded run's.
        Iterator<Entry> entries = new Iterator<>() {
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
                if (hasErrors(found)) {
                    failing.set(true);
                }
                return new Entry(e.customer(), found);
            }
        };

        OutputDirectory out = new OutputDirectory(request.outputDirectory());
        try (AccessReport report = new AccessReport(out.staging(), request.catalog());
                SummaryWriter customers = new SummaryWriter(out.staging().resolve(Lighthouse.SUMMARY), json.mapper(),
                        summary(request, list, shown), out.staging().getParent())) {
            int[] totals = new int[2]; // delegations, customers done
            InOrder.run(entries, request.threads(), "lighthouse-generate",
                    entry -> entry.customer() == null ? CustomerWork.invalid(entry.findings())
                            : process(request, list, entry, planner, context, out, failing),
                    work -> {
                        work.findings().forEach(f -> f.position().pin()); // the customer's part of the list can go
                        findings.addAll(work.findings());
                        totals[0] += work.delegations().size();
                        totals[1]++;
                        if (work.summary() != null) {
                            customers.customer(work.summary(), work.files());
                            if (!failing.get()) {
                                report.add(work.customerId(), work.customerName(), work.delegations(), work.findings());
                            }
                        }
                        if (totals[1] % PROGRESS_EVERY == 0) {
                            log.info("Checked " + totals[1] + " customers (" + totals[0] + " delegations so far).");
                        }
                    });
            if (stream.mustReadAgain()) {
                return null;
            }
            findings.addAll(stream.endFindings());
            int delegations = totals[0];
            if (failed(request, findings)) {
                return finish(request, log, findings, totals[1], delegations, null, null, started);
            }
            report.finish(list.managingTenantId().value(), request.pluginVersion());
            int files = customers.finish(delegations, FindingReport.count(findings, Severity.WARNING),
                    List.of(AccessReport.HTML, AccessReport.MARKDOWN, Lighthouse.SUMMARY));
            customers.close(); // deletes the spooled file list
            OutputDirectory.Commit commit;
            try (PreviousFiles previous = new PreviousFiles(request.outputDirectory().resolve(Lighthouse.SUMMARY), json.mapper().getFactory())) {
                commit = out.commit(files, previous);
            }
            Files.writeString(marker, fingerprint + "\n", StandardCharsets.UTF_8);
            return finish(request, log, findings, totals[1], delegations, commit, shown, started);
        } finally {
            out.discard();
        }
    }

    /** What one customer contributes: its summary entry, delegations, findings and staged files. */
    private record CustomerWork(String customerId, String customerName, ObjectNode summary,
            List<Delegation> delegations, List<Finding> findings, List<String> files) {

        /** A customer that failed the input checks: its findings only. */
        static CustomerWork invalid(List<Finding> findings) {
            return new CustomerWork(null, null, null, List.of(), findings, List.of());
        }
    }

    /** Plans, checks and (while nothing has failed) stages one customer; runs on a worker thread. */
    private CustomerWork process(GenerateRequest request, CustomerList list, Entry entry,
            DelegationPlanner planner, RuleContext context, OutputDirectory out, AtomicBoolean failing)
            throws IOException {
        Customer customer = entry.customer();
        ObjectNode c = json.mapper().createObjectNode();
        c.put("id", customer.id().value());
        c.put("name", customer.name());
        c.put("tenantId", customer.tenantId().value());
        ArrayNode subscriptions = c.putArray("subscriptions");
        List<Delegation> delegations = new ArrayList<>();
        List<Finding> findings = new ArrayList<>(entry.findings());
        List<String> files = new ArrayList<>();
        List<List<Delegation>> planned = planner.plan(list, customer);
        for (List<Delegation> sameSubscription : planned) {
            findings.addAll(request.rules().check(sameSubscription, context));
        }
        if (hasErrors(findings)) {
            failing.set(true);
        }
        boolean customerFolder = false;
        for (List<Delegation> sameSubscription : planned) {
            boolean subscriptionFolder = false;
            delegations.addAll(sameSubscription);
            ObjectNode s = subscriptions.addObject();
            s.put("subscriptionId", sameSubscription.get(0).subscriptionId().value());
            ArrayNode offers = s.putArray("offers");
            for (Delegation d : sameSubscription) {
                if (failing.get()) {
                    continue; // keep checking, stop building: nothing will be written
                }
                String dir = customer.id().value() + "/" + d.subscriptionId().value() + "/";
                String template = dir + d.subject().offer() + ".json";
                String parameters = dir + d.subject().offer() + ".parameters.json";
                if (!customerFolder) {
                    out.folder(customer.id().value());
                    customerFolder = true;
                }
                if (!subscriptionFolder) {
                    out.folder(dir);
                    subscriptionFolder = true;
                }
                List<Finding> errors = stageChecked(request, out, context, list, d, template, parameters);
                if (!errors.isEmpty()) {
                    failing.set(true);
                    findings.addAll(errors);
                }
                files.add(template);
                files.add(parameters);
                ObjectNode o = offers.addObject();
                o.put("key", d.subject().offer());
                o.put("name", d.offerName().value());
                o.put("registrationDefinitionName", TemplateBuilder.definitionName(d));
                o.put("template", template);
                o.put("parameters", parameters);
                if (!d.resourceGroups().isEmpty()) {
                    ArrayNode groups = o.putArray("resourceGroups");
                    d.resourceGroups().forEach(g -> groups.add(g.value()));
                }
            }
        }
        return new CustomerWork(customer.id().value(), customer.name(), c, delegations, findings, files);
    }

    private static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError);
    }

    private static boolean failed(GenerateRequest request, List<Finding> findings) {
        return hasErrors(findings) || (request.failOnWarning() && !findings.isEmpty());
    }

    /**
     * Checks one generated pair the way {@code validate} checks a template on disk (the same reader,
     * strict schemas and rules, on the exact bytes), then stages it. Checking the bytes in memory
     * instead of reading 2 files per delegation back from disk keeps large lists fast.
     */
    private List<Finding> stageChecked(GenerateRequest request, OutputDirectory out, RuleContext context,
            CustomerList list, Delegation d, String template, String parameters) throws IOException {
        ObjectNode parameterTree = builder.parameters(d);
        ObjectNode templateTree = builder.template(d);
        byte[] templateBytes = json.write(templateTree);
        byte[] parameterBytes = json.write(parameterTree);
        String shownTemplate = shown(request, request.outputDirectory().resolve(template));
        String shownParameters = shown(request, request.outputDirectory().resolve(parameters));
        // the trees serialize to exactly these bytes; positions come from parsing the bytes, if ever needed
        SourceDocument templateDoc = SourceDocument.deferred(shownTemplate, templateTree, templateBytes, parser);
        SourceDocument parameterDoc = SourceDocument.deferred(shownParameters, parameterTree, parameterBytes, parser);
        FindingSink schemaFindings = new FindingSink(request.rules());
        for (Violation v : schemas.checkParameters(parameterTree)) {
            schemaFindings.report(RuleIds.TEMPLATE_STRUCTURE, d.subject(), parameterDoc.position(v.pointer()),
                    "generated file fails the strict Lighthouse schema at " + (v.pointer().isEmpty() ? "/" : v.pointer())
                            + ": " + v.message());
        }
        List<Finding> errors = new ArrayList<>(schemaFindings.findings());
        TemplateReader.Read read = templates.read(templateDoc, parameterDoc, new TemplateReader.Context(
                list.pecAutomationAccount().principal().principalId().value(), d.subject().customerId(),
                d.customerTenantId().value(), d.subscriptionId().value()), request.rules());
        read.findings().stream().filter(Finding::isError).forEach(errors::add);
        // warnings repeat what the customer-list check said, with better positions: only errors count here
        request.rules().check(read.delegations(), context).stream().filter(Finding::isError).forEach(errors::add);
        if (errors.isEmpty()) {
            out.stage(template, templateBytes);
            out.stage(parameters, parameterBytes);
        }
        return errors;
    }

    private GenerateResult finish(GenerateRequest request, BuildLog log, List<Finding> findings, int customers,
            int delegations, OutputDirectory.Commit commit, String shown, long started) {
        FindingReport.log(findings, log);
        boolean failed = commit == null;
        if (!failed) {
            log.info("Generated " + delegations + " delegation" + (delegations == 1 ? "" : "s") + " for " + customers
                    + " customer" + (customers == 1 ? "" : "s") + " from " + shown + " into "
                    + shown(request, request.outputDirectory()) + " (" + commit.written() + " files written, "
                    + commit.unchanged() + " unchanged, " + commit.removed() + " removed).");
        }
        summaryTable(log, findings, customers, delegations, commit, started);
        return new GenerateResult(false, failed, List.copyOf(findings), customers, delegations,
                failed ? 0 : commit.written(), failed ? 0 : commit.unchanged(), failed ? 0 : commit.removed());
    }

    /** The end-of-run table: what was done, findings by rule, time. */
    private static void summaryTable(BuildLog log, List<Finding> findings, int customers, int delegations,
            OutputDirectory.Commit commit, long started) {
        log.info("lighthouse:generate summary");
        log.info(String.format("  %-22s %d", "customers", customers));
        log.info(String.format("  %-22s %d", "delegations", delegations));
        log.info(String.format("  %-22s %s", "templates", commit == null ? "none written"
                : (delegations * 2) + " (" + commit.written() + " files written, " + commit.unchanged() + " unchanged)"));
        log.info(String.format("  %-22s %d", "findings", findings.size()));
        Map<String, Long> byRule = new TreeMap<>();
        findings.forEach(f -> byRule.merge("[" + f.ruleId() + "] " + f.severity().label(), 1L, Long::sum));
        byRule.forEach((rule, n) -> log.info(String.format("    %-40s %d", rule, n)));
        log.info(String.format("  %-22s %.1f s", "time", (System.nanoTime() - started) / 1e9));
    }

    private ObjectNode summary(GenerateRequest request, CustomerList list, String shown) {
        ObjectNode s = json.mapper().createObjectNode();
        s.put("generator", Lighthouse.NAME);
        s.put("pluginVersion", request.pluginVersion());
        s.put("customerList", shown);
        s.put("managingTenantId", list.managingTenantId().value());
        if (list.partnerId() != null) {
            s.put("partnerId", list.partnerId());
        }
        s.put("location", list.location());
        ObjectNode pec = s.putObject("pecAutomationAccount");
        pec.put("principalId", list.pecAutomationAccount().principal().principalId().value());
        pec.put("role", request.catalog().resolve(list.pecAutomationAccount().role().value())
                .map(r -> r.name()).orElse(list.pecAutomationAccount().role().value()));
        ObjectNode catalog = s.putObject("roleCatalog");
        catalog.put("asOf", request.catalog().asOf().toString());
        catalog.put("source", request.catalog().source());
        return s;
    }

    private static String fingerprint(GenerateRequest request) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (java.io.InputStream in = Files.newInputStream(request.customers())) { // streamed: the list can be large
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                }
            }
            for (String part : List.of(request.catalogFingerprint(), request.pluginVersion(), request.configuration(),
                    request.outputDirectory().toAbsolutePath().toString())) {
                sha.update((byte) 0);
                sha.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String shown(GenerateRequest request, Path path) {
        return Position.shownPath(request.basedir(), path);
    }
}
