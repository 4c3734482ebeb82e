package io.github.azlighthouse.roles;

import java.util.List;
import java.util.Locale;

/**
 * One Azure built-in role as the rules see it: identity plus the facts that decide whether Azure
 * Lighthouse accepts it and whether it earns Partner Earned Credit.
 *
 * @param id bare role-definition GUID, lower case
 * @param name display name as Azure shows it
 * @param hasDataActions some permissions block has non-empty dataActions
 * @param hasNotDataActions some permissions block has non-empty notDataActions
 * @param restrictedActions the role's actions that equal one of Lighthouse's restricted actions
 * @param includesReader the role grants read on everything (needed to elevate eligible access in the portal)
 * @param pecEligible a "Yes" row of Microsoft's PEC role table
 * @param dataActionsChangedRecently the role gained or lost DataActions shortly before the catalog date
 * @param allActions its actions include {@code *}: every action on every resource (Owner, Contributor)
 */
public record Role(
        String id,
        String name,
        boolean hasDataActions,
        boolean hasNotDataActions,
        List<String> restrictedActions,
        boolean includesReader,
        boolean pecEligible,
        boolean dataActionsChangedRecently,
        boolean allActions) {

    public static final String OWNER = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
    public static final String USER_ACCESS_ADMINISTRATOR = "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9";
    public static final String REGISTRATION_DELETE = "91c1777a-f3dc-4fae-b103-61d183457e46";
    public static final String READER = "acdd72a7-3385-48ef-bd42-f606fba81ae7";

    public Role {
        id = id.toLowerCase(Locale.ROOT);
        restrictedActions = List.copyOf(restrictedActions);
    }

    /** Why Lighthouse accepts this role, or why it does not. */
    public enum Support {
        SUPPORTED("yes"),
        LIMITED("limited: only with delegatedRoleDefinitionIds"),
        OWNER("no: Owner is never delegable"),
        DATA_ACTIONS("no: has DataActions or NotDataActions"),
        RESTRICTED_ACTIONS("no: has restricted Microsoft.Authorization actions");

        private final String text;

        Support(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public Support support() {
        if (isOwner()) {
            return Support.OWNER;
        }
        if (isUserAccessAdministrator()) {
            return Support.LIMITED;
        }
        if (hasDataActions || hasNotDataActions) {
            return Support.DATA_ACTIONS;
        }
        if (!restrictedActions.isEmpty()) {
            return Support.RESTRICTED_ACTIONS;
        }
        return Support.SUPPORTED;
    }

    public boolean isSupported() {
        return support() == Support.SUPPORTED;
    }

    /** Counts for the PEC gate: PEC-eligible and fully supported (UAA's limited form does not count). */
    public boolean earnsPec() {
        return pecEligible && isSupported();
    }

    public boolean isOwner() {
        return OWNER.equals(id);
    }

    public boolean isUserAccessAdministrator() {
        return USER_ACCESS_ADMINISTRATOR.equals(id);
    }

    public boolean isDeprecated() {
        return name.toLowerCase(Locale.ROOT).contains("(deprecated)");
    }
}
