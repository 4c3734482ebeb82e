package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Approver;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.findings.Severity;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import io.github.azlighthouse.source.SourceDocument;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer sees principalIdDisplayName; without it they approve access for a bare GUID. A principal
 * is reported where it is defined (in a customer list: under {@code principals}, by its key), so one
 * missing name counts as one problem however many offers and customers use the principal.
 */
public final class DisplayNameMissingRule extends AbstractRule {

    public static final String ID = "display-name-missing";

    /** A principal defined under {@code principals} in a customer list, and the PEC Automation Account. */
    private static final Pattern NAMED = Pattern.compile("^/principals/([^/]+)/displayName$");

    private static final String PEC = "/pecAutomationAccount/displayName";

    public DisplayNameMissingRule() {
        super(
                ID,
                Severity.ERROR,
                "an authorization, eligible authorization or approver without principalIdDisplayName");
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        for (Authorization a : d.authorizations()) {
            missing(d, out, a.principalId(), a.displayName(), a.at());
        }
        for (EligibleAuthorization e : d.eligibleAuthorizations()) {
            missing(d, out, e.principalId(), e.displayName(), e.at());
            for (Approver ap : e.approvers()) {
                missing(d, out, ap.principalId(), ap.displayName(), ap.at());
            }
        }
    }

    private static void missing(Delegation d, Reporter out, Located principal, Located name, Position use) {
        if (principal.value() != null && (name == null || name.isBlank())) {
            // where the name belongs (the principal's definition), not where the principal is used
            Position at = name != null && name.at() != null ? name.at() : use;
            out.report(
                    d,
                    at,
                    who(at, principal.value()) + " has no display name; the customer sees it when"
                            + " approving the delegation: add displayName where the principal is defined (in a template:"
                            + " principalIdDisplayName)");
        }
    }

    /** {@code principal 'tier1' (guid)} for a named principal of a customer list, else by its object ID. */
    private static String who(Position at, String principalId) {
        String pointer = at.pointer();
        if (pointer != null) {
            Matcher named = NAMED.matcher(pointer);
            if (named.matches()) {
                return "principal '" + SourceDocument.unescape(named.group(1)) + "' (" + principalId + ")";
            }
            if (pointer.equals(PEC)) {
                return "the PEC Automation Account (" + principalId + ")";
            }
        }
        return "principal " + principalId;
    }
}
