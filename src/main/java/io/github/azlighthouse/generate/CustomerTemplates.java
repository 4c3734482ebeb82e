package io.github.azlighthouse.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.azlighthouse.arm.ArmJson;
import io.github.azlighthouse.arm.PolicyTemplateBuilder;
import io.github.azlighthouse.arm.TemplateBuilder;
import io.github.azlighthouse.arm.TemplateReader;
import io.github.azlighthouse.arm.TemplateSchemas;
import io.github.azlighthouse.check.CleanPairs;
import io.github.azlighthouse.check.TemplateCheck;
import io.github.azlighthouse.customers.CustomerList;
import io.github.azlighthouse.customers.CustomerList.Customer;
import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.DelegationPlanner;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.FindingSink;
import io.github.azlighthouse.findings.RuleIds;
import io.github.azlighthouse.rules.RuleContext;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SchemaCheck.Violation;
import io.github.azlighthouse.source.SourceDocument;
import io.github.azlighthouse.source.SourceParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One customer's part of a run: plan its delegations (subscriptions, then management groups), check them,
 * build each template pair, check the pair as {@code validate} would, and stage it. Runs on worker threads; one instance serves them all
 * (its tools are thread-safe, and it keeps nothing per customer).
 */
final class CustomerTemplates {

    private final GenerateRequest request;
    private final CustomerList list;
    private final DelegationPlanner planner;
    private final RuleContext context;
    private final OutputDirectory out;
    private final AtomicBoolean failing;
    private final SourceParser parser;
    private final TemplateSchemas schemas;
    private final TemplateCheck templates;
    private final CleanPairs cleanPairs;
    /** The folder of a customer's management-group templates: {@code <customer>/management-groups/<group>/}. */
    static final String MANAGEMENT_GROUPS = "management-groups";

    private final TemplateBuilder builder = new TemplateBuilder();
    private final PolicyTemplateBuilder policies = new PolicyTemplateBuilder();
    private final ArmJson json = new ArmJson();

    /**
     * @param failing set as soon as anything fails: customers are still checked, but nothing more is
     *     built or staged, since nothing will be written
     */
    CustomerTemplates(
            GenerateRequest request,
            CustomerList list,
            RuleContext context,
            OutputDirectory out,
            AtomicBoolean failing,
            SourceParser parser,
            TemplateSchemas schemas) {
        this.request = request;
        this.list = list;
        this.planner = new DelegationPlanner(request.catalog());
        this.context = context;
        this.out = out;
        this.failing = failing;
        this.parser = parser;
        this.schemas = schemas;
        this.templates = new TemplateCheck(schemas);
        this.cleanPairs = new CleanPairs(request.catalog());
    }

    /** Plans, checks and (while nothing has failed) stages one customer; {@code input} are its input findings. */
    CustomerResult make(Customer customer, List<Finding> input) throws IOException {
        List<Delegation> delegations = new ArrayList<>();
        List<Finding> findings = new ArrayList<>(input);
        List<String> files = new ArrayList<>();
        List<List<Delegation>> planned = planner.plan(list, customer);
        for (List<Delegation> sameSubscription : planned) {
            findings.addAll(request.rules().check(sameSubscription, context));
        }
        if (findings.stream().anyMatch(Finding::isError)) {
            failing.set(true);
        }
        List<RunSummary.Subscription> subscriptions = new ArrayList<>();
        boolean customerFolder = false;
        for (List<Delegation> sameSubscription : planned) {
            boolean subscriptionFolder = false;
            delegations.addAll(sameSubscription);
            List<RunSummary.Offer> offers = new ArrayList<>();
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
                List<Finding> errors =
                        stageChecked(d, template, parameters, builder.template(d), builder.parameters(d));
                if (!errors.isEmpty()) {
                    failing.set(true);
                    findings.addAll(errors);
                }
                files.add(template);
                files.add(parameters);
                offers.add(new RunSummary.Offer(
                        d.subject().offer(),
                        d.offerName().value(),
                        TemplateBuilder.definitionName(d),
                        template,
                        parameters,
                        d.resourceGroups().stream().map(Located::value).toList()));
            }
            subscriptions.add(new RunSummary.Subscription(
                    sameSubscription.get(0).subscriptionId().value(), offers));
        }
        List<RunSummary.ManagementGroup> groups = managementGroups(customer, delegations, findings, files);
        RunSummary.Customer summary = new RunSummary.Customer(
                customer.id().value(), customer.name(), customer.tenantId().value(), subscriptions, groups);
        return new CustomerResult(customer.id().value(), customer.name(), summary, delegations, findings, files);
    }

    /**
     * The customer's management groups: per group and offer, an Azure Policy template whose deployment is the
     * offer's subscription delegation, checked like every other template (the rules on the plan, then the
     * built pair through the template reader, which reads the delegation embedded in the policy).
     */
    private List<RunSummary.ManagementGroup> managementGroups(
            Customer customer, List<Delegation> delegations, List<Finding> findings, List<String> files)
            throws IOException {
        List<List<Delegation>> planned = planner.planManagementGroups(list, customer);
        for (List<Delegation> sameGroup : planned) {
            List<Finding> found = request.rules().check(sameGroup, context);
            findings.addAll(found);
            if (found.stream().anyMatch(Finding::isError)) {
                failing.set(true);
            }
        }
        List<RunSummary.ManagementGroup> groups = new ArrayList<>();
        for (List<Delegation> sameGroup : planned) {
            delegations.addAll(sameGroup);
            String group = sameGroup.get(0).managementGroupId().value();
            List<RunSummary.Offer> offers = new ArrayList<>();
            for (Delegation d : sameGroup) {
                if (failing.get()) {
                    continue;
                }
                String dir = customer.id().value() + "/" + MANAGEMENT_GROUPS + "/" + group + "/";
                if (offers.isEmpty()) {
                    if (groups.isEmpty()) {
                        out.folder(customer.id().value()); // already there when it has subscriptions
                        out.folder(customer.id().value() + "/" + MANAGEMENT_GROUPS);
                    }
                    out.folder(dir);
                }
                String template = dir + d.subject().offer() + ".json";
                String parameters = dir + d.subject().offer() + ".parameters.json";
                List<Finding> errors = stageChecked(
                        d, template, parameters, policies.template(d, list.location()), policies.parameters(d));
                if (!errors.isEmpty()) {
                    failing.set(true);
                    findings.addAll(errors);
                }
                files.add(template);
                files.add(parameters);
                offers.add(new RunSummary.Offer(
                        d.subject().offer(),
                        d.offerName().value(),
                        TemplateBuilder.definitionName(d),
                        template,
                        parameters,
                        List.of(),
                        PolicyTemplateBuilder.policyAssignmentName(d)));
            }
            groups.add(new RunSummary.ManagementGroup(group, offers));
        }
        return groups;
    }

    /**
     * Checks one generated pair the way {@code validate} checks a template on disk (the same reader,
     * strict schemas and rules, on the exact bytes), then stages it. Checking the bytes in memory
     * instead of reading 2 files per delegation back from disk keeps large lists fast.
     */
    private List<Finding> stageChecked(
            Delegation d, String template, String parameters, ObjectNode templateTree, ObjectNode parameterTree)
            throws IOException {
        byte[] templateBytes = json.write(templateTree);
        byte[] parameterBytes = json.write(parameterTree);
        String pec = list.pecAutomationAccount().principal().principalId().value();
        String group = d.viaManagementGroup() ? d.managementGroupId().value() : null;
        CleanPairs.Key key = cleanPairs.key(
                templateBytes,
                parameterBytes,
                pec,
                d.customerTenantId().value(),
                d.subscriptionId().value(),
                group,
                context.managingTenantId());
        if (cleanPairs.isClean(key)) { // the same pair but for its GUIDs was checked in full: see CleanPairs
            out.stage(template, templateBytes);
            out.stage(parameters, parameterBytes);
            return List.of();
        }
        String shownTemplate =
                Position.shownPath(request.basedir(), request.outputDirectory().resolve(template));
        String shownParameters =
                Position.shownPath(request.basedir(), request.outputDirectory().resolve(parameters));
        // the trees serialize to exactly these bytes; positions come from parsing the bytes, if ever needed
        SourceDocument templateDoc = SourceDocument.deferred(shownTemplate, templateTree, templateBytes, parser);
        SourceDocument parameterDoc = SourceDocument.deferred(shownParameters, parameterTree, parameterBytes, parser);
        FindingSink schemaFindings = new FindingSink(request.rules());
        for (Violation v : schemas.checkParameters(parameterTree)) {
            schemaFindings.report(
                    RuleIds.TEMPLATE_STRUCTURE,
                    d.subject(),
                    parameterDoc.position(v.pointer()),
                    "generated file fails the strict Lighthouse schema at "
                            + (v.pointer().isEmpty() ? "/" : v.pointer()) + ": " + v.message());
        }
        List<Finding> errors = new ArrayList<>(schemaFindings.findings());
        TemplateCheck.Result checked = templates.check(
                templateDoc,
                parameterDoc,
                new TemplateReader.Context(
                        pec,
                        d.subject().customerId(),
                        d.customerTenantId().value(),
                        d.subscriptionId().value(),
                        group),
                request.rules(),
                context,
                true);
        // warnings repeat what the customer-list check said, with better positions: only errors count here
        checked.findings().stream().filter(Finding::isError).forEach(errors::add);
        if (errors.isEmpty() && checked.valueBlind() && !checked.skipped()) {
            cleanPairs.add(key);
        }
        if (errors.isEmpty()) {
            out.stage(template, templateBytes);
            out.stage(parameters, parameterBytes);
        }
        return errors;
    }
}
