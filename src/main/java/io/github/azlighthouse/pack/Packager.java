package io.github.azlighthouse.pack;

import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.arm.ArmJson;
import io.github.azlighthouse.arm.TemplateSchemas;
import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.generate.RunSummary;
import io.github.azlighthouse.pack.ReproducibleZip.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code package}: turns {@code generate}'s validated output into one archive per customer (its kit: templates,
 * deploy and offboard scripts, an administrator's README, its own manifest; nothing about any other customer)
 * and one archive for the partner (the partner-ID linking and delegation-collecting scripts, the access review,
 * and the full manifest of every archive). It checks the output first ({@link GeneratedOutput}) and refuses
 * anything stale or no longer passing, so an edited template or an outdated kit never ships.
 */
public final class Packager {

    private final TemplateSchemas schemas = new TemplateSchemas();
    private final GeneratedOutput output = new GeneratedOutput(schemas);
    private final ArmJson json = new ArmJson();
    private final KitTemplates templates = new KitTemplates();
    private final CustomerKit kits = new CustomerKit(schemas, json, templates);
    private final Scripts scripts = new Scripts(templates);

    public PackageResult run(PackageRequest request) throws IOException {
        GeneratedOutput.Checked checked = output.check(request);
        if (checked.refusal() != null) {
            return checked.refusal();
        }
        RunSummary summary = checked.summary();
        Path generated = request.generated();
        Manifests manifests = new Manifests(json, request.pluginVersion(), summary, checked.listSha256());
        List<PackageResult.Archive> archives = new ArrayList<>();
        Map<String, CustomerList.Customer> listed = new HashMap<>();
        if (request.customers() != null) {
            request.customers().customers().forEach(c -> listed.putIfAbsent(c.id().value(), c));
        }
        int files = 0;
        for (RunSummary.Customer c : summary.customers()) { // one customer's kit in memory at a time
            SortedMap<String, Entry> kit = kits.entries(
                    request, summary, c, CustomerKit.principalTypes(request.customers(), listed.get(c.id())));
            String prefix = c.id() + "/";
            byte[] manifest = manifests.customer(request.pluginVersion(), summary.managingTenantId(), c, prefix, kit);
            kit.put(prefix + "manifest.json", new Entry(manifest, false));
            Path file = request.customerArchive(c.id());
            ReproducibleZip.write(file, kit, request.timestamp());
            String classifier = Lighthouse.customerClassifier(c.id());
            manifests.archived(c, classifier, Files.readAllBytes(file), kit);
            archives.add(new PackageResult.Archive(classifier, c.id(), file, kit.size()));
            files += kit.size();
        }
        SortedMap<String, Entry> partner = new TreeMap<>();
        String managing = summary.managingTenantId();
        String pec = summary.pecAutomationAccount().principalId();
        partner.put(
                "link-partner-id.sh",
                CustomerKit.text(scripts.linkPartnerIdSh(summary.partnerId(), managing, pec), true));
        partner.put(
                "link-partner-id.ps1",
                CustomerKit.text(scripts.linkPartnerIdPs1(summary.partnerId(), managing, pec), false));
        CollectScripts.render(managing)
                .forEach((name, script) -> partner.put(name, CustomerKit.text(script, name.endsWith(".sh"))));
        java.util.Set<String> customerFolders = new java.util.HashSet<>();
        summary.customers().forEach(c -> customerFolders.add(c.id() + "/"));
        for (String own : summary.files()) { // the run's own files (the access review, for approvers), not the index
            if ((!own.contains("/") && !own.equals(Lighthouse.SUMMARY))
                    || (own.contains("/") && !customerFolders.contains(own.substring(0, own.indexOf('/') + 1)))) {
                partner.put(own, new Entry(Files.readAllBytes(generated.resolve(own)), false));
            }
        }
        partner.put("manifest.json", new Entry(manifests.full(partner), false));
        ReproducibleZip.write(request.archive(), partner, request.timestamp());
        archives.add(new PackageResult.Archive(Lighthouse.ONBOARDING, null, request.archive(), partner.size()));
        return new PackageResult(
                null, List.of(), summary.customers().size(), files + partner.size(), List.copyOf(archives));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
