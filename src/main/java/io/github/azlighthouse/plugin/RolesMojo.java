package io.github.azlighthouse.plugin;

import io.github.azlighthouse.roles.Role;
import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.roles.RoleTable;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lists the built-in role catalog: each role's GUID, whether Azure Lighthouse accepts it (and why not),
 * and whether it is PEC-eligible, so you can pick the PEC Automation Account's role. Runs without a
 * project: {@code mvn io.github.azlighthouse:lighthouse-maven-plugin:<version>:roles -Dlighthouse.roles.filter=pec}.
 *
 * @since 0.1.0
 */
@Mojo(name = "roles", requiresProject = false, threadSafe = true)
public class RolesMojo extends AbstractLighthouseMojo {

    /**
     * Which roles to list: {@code pec} (PEC-eligible and Lighthouse-supported: what the PEC account may
     * hold), {@code supported} (Lighthouse-supported), or any part of a role name; empty lists all.
     *
     * @since 0.1.0
     */
    @Parameter(property = UserProperties.ROLES_FILTER)
    private String filter;

    public RolesMojo() {
        super("roles");
    }

    @Override
    protected void run() throws MojoFailureException {
        RoleCatalog catalog = catalog().catalog();
        long shown = catalog.roles().stream().filter(RoleTable.filter(filter)).count();
        RoleTable.lines(catalog, filter).forEach(getLog()::info);
        getLog().info(shown + " of " + catalog.roles().size() + " roles"
                + (filter == null || filter.isBlank() ? "" : " match '" + filter + "'") + "; "
                + catalog.roles().stream().filter(Role::earnsPec).count()
                + " can hold the PEC Automation Account's role (filter pec).");
        getLog().info("Role catalog as of " + catalog.asOf() + " (" + catalog.source() + ").");
        getLog().info("Built-in roles change without notice. To use a fresh list: az role definition list"
                + " --query \"[?roleType=='BuiltInRole']\" > roles.json, then -Dlighthouse.roleCatalog=roles.json"
                + " (README: The role catalog).");
    }
}
