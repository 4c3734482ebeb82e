package io.github.azlighthouse.pack;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.azlighthouse.arm.ArmJson;
import io.github.azlighthouse.arm.TemplateReader;
import io.github.azlighthouse.arm.TemplateSchemas;
import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.customers.CustomerList.Principal;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.generate.RunSummary;
import io.github.azlighthouse.pack.ReproducibleZip.Entry;
import io.github.azlighthouse.source.SourceDocument;
import io.github.azlighthouse.source.SourceParser;
import io.github.azlighthouse.source.SyntaxError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One customer's kit, under {@code <customer-id>/}: its templates and parameter files, the deploy and offboard
 * scripts (bash and PowerShell), the administrator's README and its own manifest. Everything in it comes from
 * that customer's part of {@code generate}'s output and the list's shared parts (managing tenant, PEC account,
 * offers as that customer receives them), so it names no other customer.
 */
final class CustomerKit {

    private final SourceParser parser = new SourceParser();
    private final TemplateReader reader;
    private final ArmJson json;
    private final Scripts scripts;
    private final KitReadme readme;

    CustomerKit(TemplateSchemas schemas, ArmJson json, KitTemplates templates) {
        this.reader = new TemplateReader(schemas);
        this.json = json;
        this.scripts = new Scripts(templates);
        this.readme = new KitReadme(templates);
    }

    /** The kit's files (without its manifest), by their paths in the archive. */
    SortedMap<String, Entry> entries(
            PackageRequest request, RunSummary summary, RunSummary.Customer c, Map<String, String> types)
            throws IOException {
        Path generated = request.generated();
        String id = c.id();
        String pec = summary.pecAutomationAccount().principalId();
        SortedMap<String, Entry> entries = new TreeMap<>();
        List<KitDeployment> deployments = new ArrayList<>();
        List<RunSummary.Offer> offers = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        c.subscriptions()
                .forEach(s -> s.offers().forEach(o -> {
                    offers.add(o);
                    groups.add(null);
                }));
        if (c.managementGroups() != null) {
            c.managementGroups()
                    .forEach(g -> g.offers().forEach(o -> {
                        offers.add(o);
                        groups.add(g.managementGroupId());
                    }));
        }
        for (int i = 0; i < offers.size(); i++) {
            RunSummary.Offer o = offers.get(i);
            byte[] templateBytes = Files.readAllBytes(generated.resolve(o.template()));
            entries.put(o.template(), new Entry(templateBytes, false));
            entries.put(o.parameters(), new Entry(Files.readAllBytes(generated.resolve(o.parameters())), false));
            Delegation d = delegation(generated, o.template(), o.parameters(), pec, request);
            String subscription = groups.get(i) == null ? subscriptionOf(o.template(), id) : null;
            deployments.add(new KitDeployment(
                    subscription,
                    o.key(),
                    o.name(),
                    o.template().substring(id.length() + 1),
                    o.parameters().substring(id.length() + 1),
                    o.registrationDefinitionName(),
                    o.resourceGroups() == null ? List.of() : o.resourceGroups(),
                    d,
                    groups.get(i) == null ? null : policy(groups.get(i), templateBytes)));
        }
        String name = c.name() == null ? id : c.name();
        String tenant = c.tenantId();
        String location = summary.location() == null ? CustomerList.DEFAULT_LOCATION : summary.location();
        entries.put(id + "/deploy.sh", text(scripts.deploySh(name, tenant, location, deployments), true));
        entries.put(id + "/deploy.ps1", text(scripts.deployPs1(name, tenant, location, deployments), false));
        entries.put(id + "/offboard.sh", text(scripts.offboardSh(name, tenant, deployments), true));
        entries.put(id + "/offboard.ps1", text(scripts.offboardPs1(name, tenant, deployments), false));
        entries.put(
                id + "/README.md",
                text(
                        readme.write(
                                new KitReadme.Customer(id, name, tenant),
                                summary.managingTenantId(),
                                pec,
                                deployments,
                                request.catalog(),
                                p -> types.getOrDefault(
                                        p.toLowerCase(Locale.ROOT),
                                        p.equalsIgnoreCase(pec) ? "ServicePrincipal" : "unknown"),
                                request.pluginVersion(),
                                summary.pecGateHeld() ? List.of() : summary.pecGateDisabled(),
                                location),
                        false));
        return entries;
    }

    /** The subscription of a subscription template: its folder, {@code <customer>/<subscription>/<offer>.json}. */
    private static String subscriptionOf(String template, String customerId) {
        String rest = template.substring(customerId.length() + 1);
        return rest.substring(0, rest.indexOf('/'));
    }

    /** A management group's policy names, as its template has them. */
    private KitDeployment.Policy policy(String group, byte[] template) throws IOException {
        JsonNode vars = json.mapper().readTree(template).path("variables");
        return new KitDeployment.Policy(
                group,
                vars.path("policyDefinitionName").asText(),
                vars.path("policyAssignmentName").asText(),
                vars.path("roleAssignmentName").asText());
    }

    private Delegation delegation(
            Path generated, String template, String parameters, String pec, PackageRequest request) throws IOException {
        try {
            SourceDocument t = parser.parse(generated.resolve(template), template);
            SourceDocument p = parser.parse(generated.resolve(parameters), parameters);
            return reader.read(t, p, new TemplateReader.Context(pec, null, null, null), request.rules())
                    .delegations()
                    .get(0);
        } catch (SyntaxError e) {
            throw new IOException("generated file no longer parses: " + e.getMessage(), e); // checked before
        }
    }

    /**
     * Every principal's type as the customer list gives it (templates do not say): the shared principals',
     * then {@code customer}'s own (null: none) over them.
     */
    static Map<String, String> principalTypes(CustomerList list, CustomerList.Customer customer) {
        Map<String, String> types = new HashMap<>();
        if (list == null) {
            return types;
        }
        List<Principal> all = new ArrayList<>(list.principals().values());
        list.offers().values().forEach(o -> all.addAll(o.principals()));
        if (customer != null) {
            all.addAll(customer.principals().values());
        }
        for (Principal p : all) {
            if (p.principalId().value() != null && p.type() != null) {
                types.put(p.principalId().value().toLowerCase(Locale.ROOT), p.type());
            }
        }
        types.put(
                list.pecAutomationAccount().principal().principalId().value().toLowerCase(Locale.ROOT),
                "ServicePrincipal");
        return types;
    }

    static Entry text(String content, boolean executable) {
        return new Entry(content.getBytes(StandardCharsets.UTF_8), executable);
    }
}
