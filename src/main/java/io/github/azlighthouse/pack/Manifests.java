package io.github.azlighthouse.pack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.arm.ArmJson;
import io.github.azlighthouse.generate.RunSummary;
import io.github.azlighthouse.pack.ReproducibleZip.Entry;
import java.util.Map;
import java.util.SortedMap;

/**
 * The manifests. A customer's kit has its own ({@code <customer-id>/manifest.json}: its files with their sizes
 * and SHA-256, and nothing about any other customer). The partner's archive has the full one: the partner's
 * files, the customer list's SHA-256, and per customer its tenant, subscriptions, management groups, archive
 * (classifier, size and SHA-256 of the zip: not its file name, which depends on where it was written) and files.
 */
final class Manifests {

    private final ArmJson json;
    private final ObjectNode full;
    private final ArrayNode customers;

    Manifests(ArmJson json, String pluginVersion, RunSummary summary, String listSha256) {
        this.json = json;
        this.full = header(json, pluginVersion, summary.managingTenantId());
        ObjectNode input = json.mapper().createObjectNode();
        input.put("file", summary.customerList());
        input.put("sha256", listSha256);
        full.set("customerList", input);
        this.customers = json.mapper().createArrayNode();
    }

    private static ObjectNode header(ArmJson json, String pluginVersion, String managingTenantId) {
        ObjectNode m = json.mapper().createObjectNode();
        m.put("generator", Lighthouse.NAME);
        m.put("pluginVersion", pluginVersion);
        m.put("managingTenantId", managingTenantId);
        return m;
    }

    /** A customer's own manifest: {@code files} are its kit's, relative to the kit's folder ({@code prefix}). */
    byte[] customer(
            String pluginVersion,
            String managingTenantId,
            RunSummary.Customer c,
            String prefix,
            SortedMap<String, Entry> kit) {
        ObjectNode m = header(json, pluginVersion, managingTenantId);
        ObjectNode customer = m.putObject("customer");
        customer.put("id", c.id());
        customer.put("name", c.name());
        customer.put("tenantId", c.tenantId());
        files(m.putArray("files"), kit, prefix);
        return json.write(m);
    }

    /** Records a customer's archive in the full manifest. */
    void archived(RunSummary.Customer c, String classifier, byte[] zip, SortedMap<String, Entry> kit) {
        ObjectNode o = customers.addObject();
        o.put("id", c.id());
        o.put("name", c.name());
        o.put("tenantId", c.tenantId());
        ArrayNode subscriptions = o.putArray("subscriptions");
        c.subscriptions().forEach(s -> subscriptions.add(s.subscriptionId()));
        ArrayNode groups = o.putArray("managementGroups");
        if (c.managementGroups() != null) {
            c.managementGroups().forEach(g -> groups.add(g.managementGroupId()));
        }
        ObjectNode archive = o.putObject("archive");
        archive.put("classifier", classifier);
        archive.put("size", zip.length);
        archive.put("sha256", Packager.sha256(zip));
        files(o.putArray("files"), kit, "");
    }

    /** The full manifest, with the partner archive's other files. */
    byte[] full(SortedMap<String, Entry> partner) {
        files(full.putArray("files"), partner, "");
        full.set("customers", customers);
        return json.write(full);
    }

    private static void files(ArrayNode files, SortedMap<String, Entry> entries, String prefix) {
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            ObjectNode f = files.addObject();
            f.put("path", e.getKey().substring(prefix.length()));
            f.put("size", e.getValue().bytes().length);
            f.put("sha256", Packager.sha256(e.getValue().bytes()));
        }
    }
}
