package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What {@code audit} knows about one subscription, for the audit-level rules ({@link AuditRule}): each
 * offer the customer list plans here paired with the definition deployed for it (either side may be
 * missing), and the billed usage.
 *
 * @param subject the list's customer id (or null) and the subscription
 * @param at where the subscription is declared: the customer list, else the first export that shows it
 * @param listKnown a customer list was given, so drift, missing and unexpected delegations are judged
 * @param matches planned and deployed delegations, paired by definition name or offer name
 * @param usage the settled billed usage, or null when no billing file covers the subscription
 */
public record SubscriptionAudit(Subject subject, Position at, boolean listKnown, List<Match> matches, Usage usage) {

    /**
     * A deployed registration definition with its assignments' scopes (in its delegation) and state.
     *
     * @param definitionName the registration definition's resource name (a GUID)
     * @param provisioningState the worst state of the definition and its assignments; null when not exported
     * @param eligibleKnown false for exports that cannot show eligible authorizations (api 2019-06-01)
     */
    public record Deployed(
            Delegation delegation, String definitionName, Located provisioningState, boolean eligibleKnown) {}

    /** A planned delegation and the deployed one that corresponds to it; either may be null. */
    public record Match(Delegation planned, Deployed deployed) {}

    /**
     * The subscription's usage after the settling window (older than 48 hours past its day), in billing
     * currency. Lines that never carry PEC (reservations, savings plans, Spot, third-party) are left out.
     *
     * @param eligibleCost cost of lines that could carry PEC
     * @param missedCost the part of it billed without PEC
     * @param daysWithoutPec settled days with cost billed without PEC
     * @param settledDays settled days with eligible cost
     * @param firstMissed first settled day without PEC (null when none)
     * @param lastMissed last settled day without PEC (null when none)
     * @param unsettledDays days with usage still inside the settling window, not judged
     * @param firstMissedAt the billing line of the first cost without PEC (or the file's start)
     */
    public record Usage(
            double eligibleCost,
            double missedCost,
            int daysWithoutPec,
            int settledDays,
            LocalDate firstMissed,
            LocalDate lastMissed,
            int unsettledDays,
            Position firstMissedAt) {

        /** {@code yes}, {@code no}, {@code partly}, or {@code unknown} when nothing settled could carry PEC. */
        public String applied() {
            if (eligibleCost <= 0) {
                return "unknown";
            }
            if (missedCost <= 0) {
                return "yes";
            }
            return missedCost >= eligibleCost ? "no" : "partly";
        }
    }

    public SubscriptionAudit {
        Objects.requireNonNull(subject);
        matches = List.copyOf(matches);
    }

    /** The deployed definitions for our managing tenant on this subscription. */
    public List<Deployed> deployed() {
        return matches.stream().map(Match::deployed).filter(Objects::nonNull).toList();
    }

    public List<Delegation> deployedDelegations() {
        return deployed().stream().map(Deployed::delegation).toList();
    }
}
