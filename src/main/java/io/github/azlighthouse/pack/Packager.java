package io.github.azlighthouse.pack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.arm.ArmJson;
import io.github.azlighthouse.arm.TemplateReader;
import io.github.azlighthouse.arm.TemplateSchemas;
import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.customers.CustomerList.EligibleGrant;
import io.github.azlighthouse.customers.CustomerList.Grant;
import io.github.azlighthouse.customers.CustomerList.Offer;
import io.github.azlighthouse.customers.CustomerList.Principal;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.generate.RunSummary;
import io.github.azlighthouse.pack.ReproducibleZip.Entry;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceDocument;
import io.github.azlighthouse.source.SourceParser;
import io.github.azlighthouse.source.SyntaxError;
import io.github.azlighthouse.validate.CustomerIndex;
import io.github.azlighthouse.validate.TemplateResult;
import io.github.azlighthouse.validate.ValidateRequest;
import io.github.azlighthouse.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code package}: turns {@code generate}'s validated output into one release archive with a kit per
 * customer (templates, deploy and offboard scripts, an administrator's README) and, at the root, the
 * manifest and the partner-ID linking scripts. It re-checks the output first and refuses to package
 * anything that no longer passes, so an edited template never ships.
 */
public final class Packager {

    private final SourceParser parser = new SourceParser();
    private final TemplateSchemas schemas = new TemplateSchemas();
    private final TemplateReader reader = new TemplateReader(schemas);
    private final Validator validator = new Validator(schemas);
    private final ArmJson json = new ArmJson();
    private final KitTemplates templates = new KitTemplates();
    private final Scripts scripts = new Scripts(templates);
    private final KitReadme readme = new KitReadme(templates);

    public PackageResult run(PackageRequest request) throws IOException {
        Path generated = request.generated();
        Path summaryFile = generated.resolve(Lighthouse.SUMMARY);
        if (!Files.isRegularFile(summaryFile) || !hasMarker(generated)) {
            return refused("no successful lighthouse:generate output in " + generated + " (" + Lighthouse.SUMMARY
                    + " or its up-to-date marker is missing): run lighthouse:generate first, and fix what it reports");
        }
        ValidateRequest check = new ValidateRequest(List.of(), List.of(), List.of(), request.basedir(),
                request.customers() == null ? null : CustomerIndex.of(request.customers()), null, request.catalog(), request.rules(), request.today(), request.catalogMaxAgeDays());
        List<Finding> errors = new ArrayList<>();
        for (TemplateResult t : validator.checkTree(generated, Position.shownPath(request.basedir(), generated), check)) {
            t.findings().stream().filter(Finding::isError).forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            return new PackageResult("the generated templates in " + generated + " no longer pass the rules (edited"
                    + " after lighthouse:generate?); refusing to package them", errors, 0, 0);
        }
        RunSummary summary = RunSummary.read(summaryFile);
        for (String f : summary.files()) {
            if (!Files.isRegularFile(generated.resolve(f))) {
                return refused("generated file " + f + " listed in " + Lighthouse.SUMMARY
                        + " is missing: run lighthouse:generate again");
            }
        }

        SortedMap<String, Entry> entries = new TreeMap<>();
        Map<String, String> types = principalTypes(request.customers());
        String managing = summary.managingTenantId();
        String pec = summary.pecAutomationAccount().principalId();
        String location = summary.location() == null ? CustomerList.DEFAULT_LOCATION : summary.location();
        Set<String> customerFolders = new HashSet<>();
        for (RunSummary.Customer c : summary.customers()) {
            String id = c.id();
            customerFolders.add(id + "/");
            List<KitDeployment> deployments = new ArrayList<>();
            for (RunSummary.Subscription s : c.subscriptions()) {
                for (RunSummary.Offer o : s.offers()) {
                    byte[] templateBytes = Files.readAllBytes(generated.resolve(o.template()));
                    byte[] parameterBytes = Files.readAllBytes(generated.resolve(o.parameters()));
                    entries.put(o.template(), new Entry(templateBytes, false));
                    entries.put(o.parameters(), new Entry(parameterBytes, false));
                    Delegation d = delegation(generated, o.template(), o.parameters(), pec, request);
                    deployments.add(new KitDeployment(s.subscriptionId(), o.key(), o.name(),
                            o.template().substring(id.length() + 1), o.parameters().substring(id.length() + 1),
                            o.registrationDefinitionName(), o.resourceGroups() == null ? List.of() : o.resourceGroups(), d));
                }
            }
            String name = c.name() == null ? id : c.name();
            String tenant = c.tenantId();
            entries.put(id + "/deploy.sh", text(scripts.deploySh(name, tenant, location, deployments), true));
            entries.put(id + "/deploy.ps1", text(scripts.deployPs1(name, tenant, location, deployments), false));
            entries.put(id + "/offboard.sh", text(scripts.offboardSh(name, tenant, deployments), true));
            entries.put(id + "/README.md", text(readme.write(new KitReadme.Customer(id, name, tenant), managing, pec,
                    deployments, request.catalog(), p -> types.getOrDefault(p.toLowerCase(Locale.ROOT),
                            p.equalsIgnoreCase(pec) ? "ServicePrincipal" : "unknown"),
                    request.pluginVersion(), summary.pecGateHeld() ? List.of() : summary.pecGateDisabled()), false));
        }
        String partnerId = summary.partnerId();
        entries.put("link-partner-id.sh", text(scripts.linkPartnerIdSh(partnerId, managing, pec), true));
        entries.put("link-partner-id.ps1", text(scripts.linkPartnerIdPs1(partnerId, managing, pec), false));
        CollectScripts.render(managing).forEach((name, script) -> entries.put(name, text(script, name.endsWith(".sh"))));
        for (String own : summary.files()) { // the run's own files (the access review, for approvers), not the index
            if (customerFolders.stream().noneMatch(own::startsWith) && !own.equals(Lighthouse.SUMMARY)) {
                entries.put(own, new Entry(Files.readAllBytes(generated.resolve(own)), false));
            }
        }
        entries.put("manifest.json", new Entry(manifest(request, summary, entries), false));
        ReproducibleZip.write(request.archive(), entries, request.timestamp());
        return new PackageResult(null, List.of(), summary.customers().size(), entries.size());
    }

    private Delegation delegation(Path generated, String template, String parameters, String pec,
            PackageRequest request) throws IOException {
        try {
            SourceDocument t = parser.parse(generated.resolve(template), template);
            SourceDocument p = parser.parse(generated.resolve(parameters), parameters);
            TemplateReader.Read read = reader.read(t, p, new TemplateReader.Context(pec, null, null, null),
                    request.rules());
            return read.delegations().get(0);
        } catch (SyntaxError e) {
            throw new IOException("generated file no longer parses: " + e.getMessage(), e); // validated above
        }
    }

    /** Every principal's type as the customer list gives it (templates do not say). */
    private static Map<String, String> principalTypes(CustomerList list) {
        Map<String, String> types = new HashMap<>();
        if (list == null) {
            return types;
        }
        List<Principal> all = new ArrayList<>();
        for (Offer o : list.offers().values()) {
            o.authorizations().stream().map(Grant::principal).forEach(all::add);
            for (EligibleGrant e : o.eligibleAuthorizations()) {
                all.add(e.principal());
                all.addAll(e.approvers());
            }
        }
        for (Principal p : all) {
            if (p.principalId().value() != null && p.type() != null) {
                types.put(p.principalId().value().toLowerCase(Locale.ROOT), p.type());
            }
        }
        types.put(list.pecAutomationAccount().principal().principalId().value().toLowerCase(Locale.ROOT), "ServicePrincipal");
        return types;
    }

    private byte[] manifest(PackageRequest request, RunSummary summary, SortedMap<String, Entry> entries) {
        ObjectNode m = json.mapper().createObjectNode();
        m.put("generator", Lighthouse.NAME);
        m.put("pluginVersion", request.pluginVersion());
        ObjectNode input = m.putObject("customerList");
        input.put("file", summary.customerList());
        input.put("sha256", request.customerListSha256());
        m.put("managingTenantId", summary.managingTenantId());
        ArrayNode files = m.putArray("files");
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            ObjectNode f = files.addObject();
            f.put("path", e.getKey());
            f.put("size", e.getValue().bytes().length);
            f.put("sha256", sha256(e.getValue().bytes()));
        }
        return json.write(m);
    }

    private static boolean hasMarker(Path generated) throws IOException {
        try (DirectoryStream<Path> markers = Files.newDirectoryStream(generated, ".generate-*.sha256")) {
            return markers.iterator().hasNext();
        }
    }

    private static Entry text(String content, boolean executable) {
        return new Entry(content.getBytes(StandardCharsets.UTF_8), executable);
    }

    private static PackageResult refused(String why) {
        return new PackageResult(why, List.of(), 0, 0);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

}
