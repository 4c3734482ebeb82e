package io.github.azlighthouse.generate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code lighthouse-summary.json}: what one successful {@code lighthouse:generate} run made, written and read with
 * Jackson. {@code package} builds its kits from it; the next run reads {@link #files()} to remove what is
 * no longer generated. {@link SummaryWriter} writes it as customers are done, so a long list is never
 * held as one object; the JSON is the same as writing the whole record would give.
 *
 * @param customerListSha256 the SHA-256 of the customer list's bytes: {@code package} refuses kits made from
 *     another version of the list
 * @param partnerId absent when the customer list has none
 * @param pecGateDisabled why the PEC gate (the rules that refuse delegations losing Partner Earned Credit) did
 *     not hold in this run, e.g. {@code rule pec-role-not-eligible is off}; absent when it held
 * @param warnings findings at warning severity (the run had no errors, or it would have written nothing)
 * @param files every file the run owns in the output directory: the customers' in list order, then its own
 */
@JsonPropertyOrder({
    "generator",
    "pluginVersion",
    "customerList",
    "customerListSha256",
    "managingTenantId",
    "partnerId",
    "location",
    "pecAutomationAccount",
    "pecGateDisabled",
    "roleCatalog",
    "customers",
    "delegations",
    "warnings",
    "files"
})
public record RunSummary(
        String generator,
        String pluginVersion,
        String customerList,
        String customerListSha256,
        String managingTenantId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String partnerId,
        String location,
        PecAccount pecAutomationAccount,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> pecGateDisabled,
        Catalog roleCatalog,
        List<Customer> customers,
        int delegations,
        long warnings,
        List<String> files) {

    /** The list of files, read as a stream by the next run ({@link PreviousFiles}). */
    static final String FILES = "files";

    /** The properties {@link SummaryWriter} writes itself, after the header: everything from the customers on. */
    static final List<String> STREAMED = List.of("customers", "delegations", "warnings", FILES);

    /**
     * The service principal that earns Partner Earned Credit, and its role.
     *
     * @param role the role's name when the catalog knows it, else as written
     */
    @JsonPropertyOrder({"principalId", "role"})
    public record PecAccount(String principalId, String role) {}

    @JsonPropertyOrder({"asOf", "source"})
    public record Catalog(String asOf, String source) {}

    /**
     * One customer of the run, with what was generated for it.
     *
     * @param managementGroups absent when the customer delegates none through Azure Policy
     */
    @JsonPropertyOrder({"id", "name", "tenantId", "subscriptions", "managementGroups"})
    public record Customer(
            String id,
            String name,
            String tenantId,
            List<Subscription> subscriptions,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ManagementGroup> managementGroups) {

        /** Every offer pair of the customer: its subscriptions', then its management groups'. */
        public List<Offer> offers() {
            List<Offer> all = new java.util.ArrayList<>();
            subscriptions.forEach(s -> all.addAll(s.offers()));
            if (managementGroups != null) {
                managementGroups.forEach(g -> all.addAll(g.offers()));
            }
            return all;
        }
    }

    @JsonPropertyOrder({"subscriptionId", "offers"})
    public record Subscription(String subscriptionId, List<Offer> offers) {}

    /** A management group whose subscriptions are delegated through Azure Policy, one template per offer. */
    @JsonPropertyOrder({"managementGroupId", "offers"})
    public record ManagementGroup(String managementGroupId, List<Offer> offers) {}

    /**
     * One generated pair. {@code template} and {@code parameters} are relative to the output directory.
     *
     * @param registrationDefinitionName for a management group, the name the policy gives the definition on every
     *     subscription it delegates
     * @param resourceGroups absent when the whole subscription is delegated
     * @param policyAssignmentName a management group's policy assignment (its remediation is started by name);
     *     absent for a subscription
     */
    @JsonPropertyOrder({
        "key",
        "name",
        "registrationDefinitionName",
        "template",
        "parameters",
        "resourceGroups",
        "policyAssignmentName"
    })
    public record Offer(
            String key,
            String name,
            String registrationDefinitionName,
            String template,
            String parameters,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> resourceGroups,
            @JsonInclude(JsonInclude.Include.NON_NULL) String policyAssignmentName) {

        public Offer(
                String key,
                String name,
                String registrationDefinitionName,
                String template,
                String parameters,
                List<String> resourceGroups) {
            this(key, name, registrationDefinitionName, template, parameters, resourceGroups, null);
        }
    }

    /** True when the PEC gate held: every delegation was checked for Partner Earned Credit. */
    public boolean pecGateHeld() {
        return pecGateDisabled == null || pecGateDisabled.isEmpty();
    }

    /** Reads a summary; properties it does not know (from a newer plugin) are ignored. */
    public static RunSummary read(Path file) throws IOException {
        return new ObjectMapper()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(file.toFile(), RunSummary.class);
    }
}
