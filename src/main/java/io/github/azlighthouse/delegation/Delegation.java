package io.github.azlighthouse.delegation;

import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import java.util.List;

/**
 * One registration definition on one subscription: the view every rule checks. {@code generate}
 * builds it from the customer list, {@code validate} from a template and its parameter file; each
 * value carries the position it came from.
 *
 * @param subject customer, subscription and offer, for messages
 * @param customerTenantId the customer's tenant, when known (only from a customer list)
 * @param pec the PEC Automation Account the delegation must include
 * @param description mspOfferDescription; may be blank
 * @param apiVersion Microsoft.ManagedServices apiVersion of the definition
 * @param resourceGroups the delegated resource groups; empty = the whole subscription
 * @param at where the delegation as a whole is declared (the offer, or the definition resource)
 * @param managementGroupId for a delegation of every subscription under a management group through Azure
 *     Policy: the group (then {@code subscriptionId} has no value); {@code null} for a subscription's delegation
 */
public record Delegation(
        Subject subject,
        Located customerTenantId,
        Located managingTenantId,
        Located subscriptionId,
        Located offerName,
        Located description,
        Located apiVersion,
        List<Located> resourceGroups,
        List<Authorization> authorizations,
        List<EligibleAuthorization> eligibleAuthorizations,
        PecAccount pec,
        Position authorizationsAt,
        Position at,
        Located managementGroupId) {

    public Delegation(
            Subject subject,
            Located customerTenantId,
            Located managingTenantId,
            Located subscriptionId,
            Located offerName,
            Located description,
            Located apiVersion,
            List<Located> resourceGroups,
            List<Authorization> authorizations,
            List<EligibleAuthorization> eligibleAuthorizations,
            PecAccount pec,
            Position authorizationsAt,
            Position at) {
        this(
                subject,
                customerTenantId,
                managingTenantId,
                subscriptionId,
                offerName,
                description,
                apiVersion,
                resourceGroups,
                authorizations,
                eligibleAuthorizations,
                pec,
                authorizationsAt,
                at,
                null);
    }

    /** True for a delegation through Azure Policy on a management group. */
    public boolean viaManagementGroup() {
        return managementGroupId != null;
    }

    /** The PEC Automation Account as configured; {@code role} is only known from a customer list. */
    public record PecAccount(Located principalId, Located role) {}

    /** A permanent authorization. {@code delegatedRoleDefinitionIds} is null when absent. */
    public record Authorization(
            Located principalId,
            Located displayName,
            String principalType,
            Located roleDefinitionId,
            List<Located> delegatedRoleDefinitionIds,
            Position at) {}

    /** A just-in-time authorization with its policy. */
    public record EligibleAuthorization(
            Located principalId,
            Located displayName,
            String principalType,
            Located roleDefinitionId,
            Located multiFactorAuthProvider,
            Located maximumActivationDuration,
            List<Approver> approvers,
            Position at) {}

    public record Approver(Located principalId, Located displayName, String principalType, Position at) {}
}
