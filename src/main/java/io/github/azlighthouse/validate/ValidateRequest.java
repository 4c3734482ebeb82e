package io.github.azlighthouse.validate;

import io.github.azlighthouse.roles.RoleCatalog;
import io.github.azlighthouse.rules.RuleSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one {@code validate} run needs.
 *
 * @param directories folders to search (those that do not exist are ignored)
 * @param includes glob patterns relative to each folder ({@code **}/*.json)
 * @param pairings explicit template / parameter-file pairings, checked before the pairing by name
 * @param customers what the customer list says (PEC account, customer tenants), when the project has one, else null
 * @param pecPrincipalId the PEC Automation Account when there is no customer list
 */
public record ValidateRequest(
        List<Path> directories,
        List<String> includes,
        List<String> excludes,
        List<Pairing.Explicit> pairings,
        Path basedir,
        CustomerIndex customers,
        String pecPrincipalId,
        RoleCatalog catalog,
        RuleSet rules,
        LocalDate today,
        int catalogMaxAgeDays) {

    /** A request without explicit pairings. */
    public ValidateRequest(
            List<Path> directories,
            List<String> includes,
            List<String> excludes,
            Path basedir,
            CustomerIndex customers,
            String pecPrincipalId,
            RoleCatalog catalog,
            RuleSet rules,
            LocalDate today,
            int catalogMaxAgeDays) {
        this(
                directories,
                includes,
                excludes,
                List.of(),
                basedir,
                customers,
                pecPrincipalId,
                catalog,
                rules,
                today,
                catalogMaxAgeDays);
    }

    /** The PEC account's object ID: the customer list's, else the configured one. */
    public String pec() {
        if (customers != null) {
            return customers.pecPrincipalId();
        }
        return pecPrincipalId;
    }
}
