package io.github.azlighthouse.audit;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Guids;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.rules.SubscriptionAudit.Match;
import io.github.azlighthouse.source.Located;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs what the customer list plans on a subscription with what is deployed there, by the names {@code generate}
 * and the management groups' policies give registration definitions, then by offer name.
 */
final class DelegationMatcher {

    private DelegationMatcher() {}

    /**
     * Pairs planned and deployed delegations: first by the registration definition's stable name (what
     * {@code generate} names it), then by offer name; then what a management group's policy deployed, by the
     * name it gives its definition (never missing: which subscriptions are under a group is not known here);
     * the rest stand alone.
     */
    static List<Match> match(
            List<Delegation> planned,
            List<Delegation> viaGroups,
            List<List<DeployedAssignment>> definitions,
            String managing,
            String sub,
            String customerId,
            Delegation.PecAccount pec) {
        List<List<DeployedAssignment>> open = new ArrayList<>(definitions);
        List<Match> matches = new ArrayList<>();
        List<Delegation> unmatched = new ArrayList<>();
        for (Delegation p : planned) {
            String name = definitionName(managing, sub, p.subject().offer());
            List<DeployedAssignment> found = open.stream()
                    .filter(d -> d.get(0).definitionName().equalsIgnoreCase(name))
                    .findFirst()
                    .orElse(null);
            if (found == null) {
                unmatched.add(p);
                continue;
            }
            open.remove(found);
            matches.add(new Match(p, DeployedEstate.delegation(found, p.subject(), pec)));
        }
        for (Delegation p : unmatched) {
            List<DeployedAssignment> found = open.stream()
                    .filter(d -> d.get(0).offerName().value() != null
                            && d.get(0)
                                    .offerName()
                                    .value()
                                    .equalsIgnoreCase(p.offerName().value()))
                    .findFirst()
                    .orElse(null);
            if (found != null) {
                open.remove(found);
            }
            matches.add(new Match(p, found == null ? null : DeployedEstate.delegation(found, p.subject(), pec)));
        }
        for (Delegation g : viaGroups) {
            String name = definitionName(managing, g);
            List<DeployedAssignment> found = open.stream()
                    .filter(d -> d.get(0).definitionName().equalsIgnoreCase(name))
                    .findFirst()
                    .orElse(null);
            if (found != null) { // several groups may delegate one offer: the first listed is named
                open.remove(found);
                Subject s = new Subject(
                        customerId,
                        sub,
                        g.subject().offer(),
                        g.managementGroupId().value());
                matches.add(new Match(onSubscription(g, s), DeployedEstate.delegation(found, s, pec)));
            }
        }
        for (List<DeployedAssignment> d : open) {
            matches.add(new Match(
                    null,
                    DeployedEstate.delegation(
                            d, new Subject(customerId, sub, d.get(0).offerName().value()), pec)));
        }
        return matches;
    }

    /** A management group's delegation as the policy deployed it on one subscription under the group. */
    private static Delegation onSubscription(Delegation g, Subject s) {
        return new Delegation(
                s,
                g.customerTenantId(),
                g.managingTenantId(),
                new Located(s.subscriptionId(), g.at()),
                g.offerName(),
                g.description(),
                g.apiVersion(),
                g.resourceGroups(),
                g.authorizations(),
                g.eligibleAuthorizations(),
                g.pec(),
                g.authorizationsAt(),
                g.at(),
                g.managementGroupId());
    }

    /** The name a management group's policy gives the registration definition (TemplateBuilder.definitionName). */
    static String definitionName(String managing, Delegation viaGroup) {
        return managing == null
                ? ""
                : Guids.nameBased(
                        "registrationDefinition",
                        managing,
                        "management-group",
                        String.valueOf(viaGroup.customerTenantId().value()),
                        viaGroup.subject().offer());
    }

    /** The registration definition's name as {@code generate} writes it (TemplateBuilder.definitionName). */
    static String definitionName(String managing, String subscription, String offerKey) {
        return managing == null ? "" : Guids.nameBased("registrationDefinition", managing, subscription, offerKey);
    }
}
