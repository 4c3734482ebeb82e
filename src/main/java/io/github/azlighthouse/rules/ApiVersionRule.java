package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Severity;
import java.util.List;
import java.util.Set;

/** Only published Microsoft.ManagedServices apiVersions; eligible authorizations need 2020-02-01-preview+. */
public final class ApiVersionRule extends AbstractRule {

    public static final String ID = "api-version";
    public static final List<String> KNOWN = List.of(
            "2018-06-01-preview",
            "2019-04-01-preview",
            "2019-06-01",
            "2019-09-01",
            "2020-02-01-preview",
            "2022-01-01-preview",
            "2022-10-01");
    static final Set<String> WITHOUT_ELIGIBLE =
            Set.of("2018-06-01-preview", "2019-04-01-preview", "2019-06-01", "2019-09-01");

    public ApiVersionRule() {
        super(
                ID,
                Severity.ERROR,
                "unknown Microsoft.ManagedServices apiVersion, or eligibleAuthorizations below 2020-02-01-preview");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        String version = d.apiVersion() == null ? null : d.apiVersion().value();
        if (version == null) {
            return;
        }
        if (!KNOWN.contains(version)) {
            out.report(
                    d,
                    d.apiVersion().at(),
                    "Microsoft.ManagedServices apiVersion '" + version + "' does not exist;"
                            + " use 2022-10-01 (published: " + String.join(", ", KNOWN) + ")");
        } else if (WITHOUT_ELIGIBLE.contains(version)
                && !d.eligibleAuthorizations().isEmpty()) {
            out.report(
                    d,
                    d.apiVersion().at(),
                    "eligibleAuthorizations need apiVersion 2020-02-01-preview or later," + " but the definition uses "
                            + version + "; use 2022-10-01");
        }
    }
}
