package io.github.azlighthouse.pack;

import io.github.azlighthouse.delegation.Delegation;
import java.util.List;

/**
 * One deployment of a customer's kit: an offer's template on one subscription, or on one management group
 * through Azure Policy, with the stable names its resources get, so scripts can deploy and remove it.
 *
 * @param subscriptionId {@code null} for a management group
 * @param template path inside the customer's folder, e.g. {@code <subscription>/<offer>.json}
 * @param definitionName the registration definition's GUID name (assignments are found through it)
 * @param policy the management group's policy, or {@code null} for a subscription
 */
public record KitDeployment(
        String subscriptionId,
        String offerKey,
        String offerName,
        String template,
        String parameters,
        String definitionName,
        List<String> resourceGroups,
        Delegation delegation,
        Policy policy) {

    /** A management group's Azure Policy resources, by their names in the template. */
    public record Policy(
            String managementGroupId, String definitionName, String assignmentName, String roleAssignmentName) {}

    /** The ARM deployment's name: stable per offer and subscription (or management group), at most 64 characters. */
    public String deploymentName() {
        String key = offerKey.length() > 44 ? offerKey.substring(0, 44) : offerKey;
        return "lighthouse-" + key + "-" + definitionName.substring(0, 8);
    }

    public boolean viaManagementGroup() {
        return policy != null;
    }
}
