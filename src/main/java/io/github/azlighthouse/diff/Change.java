package io.github.azlighthouse.diff;

/**
 * One change a pull request makes to who may touch which customer, as {@code diff.json} lists it. Fields that
 * do not apply are null.
 *
 * @param customer the customer's id (null for a change of the whole list: the managing tenant)
 * @param scope {@code subscription}, {@code resource groups rg-web, rg-data}, or {@code resource group rg-web}
 * @param offer the offer's key
 * @param principal the principal's display name
 * @param role the role's name (from the role catalog; as written when the catalog does not know it)
 * @param before what the baseline had, in words (a name, a duration, a PEC gate state); null when added
 * @param after what the change makes of it; null when removed
 */
public record Change(
        ChangeKind kind,
        String customer,
        String subscription,
        String scope,
        String offer,
        String principalId,
        String principal,
        String roleId,
        String role,
        String before,
        String after) {}
