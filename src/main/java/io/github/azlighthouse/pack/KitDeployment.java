package io.github.azlighthouse.pack;

import io.github.azlighthouse.delegation.Delegation;
import java.util.List;

/**
 * One deployment of a customer's kit: an offer's template on one subscription, with the stable
 * names its resources get, so scripts can deploy and remove it.
 *
 * @param template path inside the customer's folder, e.g. {@code <subscription>/<offer>.json}
 * @param definitionName the registration definition's GUID name (assignments are found through it)
 */
public record KitDeployment(String subscriptionId, String offerKey, String offerName, String template,
        String parameters, String definitionName, List<String> resourceGroups,
        Delegation delegation) {

    /** The ARM deployment's name: stable per offer and subscription, at most 64 characters. */
    public String deploymentName() {
        String key = offerKey.length() > 44 ? offerKey.substring(0, 44) : offerKey;
        return "lighthouse-" + key + "-" + definitionName.substring(0, 8);
    }
}
