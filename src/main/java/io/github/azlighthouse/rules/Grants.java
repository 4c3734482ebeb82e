package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.Authorization;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.source.Located;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Small queries over a delegation's authorizations that several rules share. */
final class Grants {

    private Grants() {}

    /** Role ids of permanent and eligible authorizations, in order. */
    static Stream<Located> roles(Delegation d) {
        return Stream.concat(
                d.authorizations().stream().map(Authorization::roleDefinitionId),
                d.eligibleAuthorizations().stream().map(EligibleAuthorization::roleDefinitionId));
    }

    static boolean same(Located a, Located b) {
        return a != null
                && b != null
                && a.value() != null
                && b.value() != null
                && a.value().equalsIgnoreCase(b.value()); // GUIDs: no lower-case copies on this hot path
    }

    static boolean isPec(Delegation d, Located principalId) {
        return d.pec() != null && same(d.pec().principalId(), principalId);
    }

    static List<Authorization> pecPermanent(Delegation d) {
        return d.authorizations().stream()
                .filter(a -> isPec(d, a.principalId()))
                .toList();
    }

    static List<EligibleAuthorization> pecEligible(Delegation d) {
        return d.eligibleAuthorizations().stream()
                .filter(a -> isPec(d, a.principalId()))
                .toList();
    }

    /** True when a value is written as an expression known only at deployment: it could be anything. */
    static boolean unknown(Located l) {
        return l != null && l.isUnknown();
    }

    /** A permanent authorization whose principal is unknown: it could be the PEC account. */
    static boolean anyUnknownPermanentPrincipal(Delegation d) {
        return d.authorizations().stream().anyMatch(a -> unknown(a.principalId()));
    }

    static boolean hasPec(Delegation d) {
        return d.pec() != null
                && d.pec().principalId() != null
                && !d.pec().principalId().isBlank();
    }

    static String key(Located l) {
        return l == null || l.value() == null ? "" : l.value().toLowerCase(Locale.ROOT);
    }
}
