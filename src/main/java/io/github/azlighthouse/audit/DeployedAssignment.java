package io.github.azlighthouse.audit;

import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import java.util.List;

/**
 * One registration assignment from an export, with its expanded registration definition; every value
 * keeps its place in the export file.
 *
 * @param subscriptionId from the assignment's resource ID (lower case)
 * @param resourceGroup the assigned resource group, or null for the whole subscription
 * @param definitionName the registration definition's resource name (a GUID)
 * @param state the assignment's provisioningState, or the definition's when that one is not Succeeded
 * @param eligibleKnown whether the export can show eligible authorizations (false for api 2019-06-01)
 * @param at the assignment in the export
 */
record DeployedAssignment(
        String subscriptionId,
        Located resourceGroup,
        String definitionName,
        Located managedByTenantId,
        Located manageeTenantId,
        String manageeTenantName,
        Located offerName,
        Located description,
        Located state,
        List<Authorization> authorizations,
        List<EligibleAuthorization> eligibleAuthorizations,
        boolean eligibleKnown,
        Position authorizationsAt,
        Position at) {}
