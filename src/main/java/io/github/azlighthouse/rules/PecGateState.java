package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.roles.Role;
import java.util.List;
import java.util.Locale;

/** The PEC gate of a subscription's deployed delegations, as {@code audit.json} names it. */
public enum PecGateState {
    /** The PEC account holds a permanent PEC-eligible, supported role in at least one delegation. */
    OK,
    /** Delegations exist, but the PEC account is in none of them. */
    MISSING,
    /** The PEC account is permanent, but with roles that earn no PEC. */
    NOT_ELIGIBLE,
    /** The PEC account is only eligible (just-in-time). */
    ONLY_ELIGIBLE,
    /** No delegation for our managing tenant is deployed. */
    NO_DELEGATION;

    /** {@code ok}, {@code missing}, {@code not-eligible}, {@code only-eligible}, {@code no-delegation}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static PecGateState of(List<Delegation> deployed, RuleContext context) {
        if (deployed.isEmpty()) {
            return NO_DELEGATION;
        }
        boolean permanent = false;
        boolean eligible = false;
        for (Delegation d : deployed) {
            for (Delegation.Authorization a : Grants.pecPermanent(d)) {
                permanent = true;
                if (context.role(a.roleDefinitionId()).map(Role::earnsPec).orElse(false)) {
                    return OK;
                }
            }
            eligible |= !Grants.pecEligible(d).isEmpty();
        }
        return permanent ? NOT_ELIGIBLE : eligible ? ONLY_ELIGIBLE : MISSING;
    }
}
