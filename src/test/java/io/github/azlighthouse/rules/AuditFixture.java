package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.findings.Finding;
import io.github.azlighthouse.findings.Subject;
import io.github.azlighthouse.rules.SubscriptionAudit.Deployed;
import io.github.azlighthouse.rules.SubscriptionAudit.Match;
import io.github.azlighthouse.rules.SubscriptionAudit.Usage;
import io.github.azlighthouse.source.Located;
import io.github.azlighthouse.source.Position;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Subscriptions for the audit-level rule tests, built from {@link Fixture}'s delegations. */
final class AuditFixture {

    static final AuditContext CONTEXT =
            new AuditContext(Fixture.CONTEXT, Fixture.MANAGING, Fixture.PEC, "1234567", LocalDate.of(2026, 11, 24));
    static final Position EXPORT = new Position("delegations/8e9f0a1b.json", 14, 9);
    static final Position BILLING = new Position("billing/daily.csv", 7, 1);

    private AuditFixture() {}

    static Deployed deployed(Delegation d) {
        return deployed(d, "Succeeded", true);
    }

    static Deployed deployed(Delegation d, String state, boolean eligibleKnown) {
        return new Deployed(
                d,
                "5b1c2d3e-0000-4000-8000-000000000001",
                state == null ? null : new Located(state, EXPORT),
                eligibleKnown);
    }

    static SubscriptionAudit audit(boolean listKnown, Usage usage, Match... matches) {
        return new SubscriptionAudit(
                new Subject("fabrikam", Fixture.SUBSCRIPTION, null),
                Fixture.at(20),
                listKnown,
                List.of(matches),
                usage);
    }

    static Match pair(Delegation planned, Deployed deployed) {
        return new Match(planned, deployed);
    }

    /** Settled usage: {@code eligible} of cost that could carry PEC, {@code missed} of it without PEC. */
    static Usage usage(double eligible, double missed) {
        boolean any = missed > 0;
        return new Usage(
                eligible,
                missed,
                any ? 3 : 0,
                20,
                any ? LocalDate.of(2026, 11, 1) : null,
                any ? LocalDate.of(2026, 11, 3) : null,
                3,
                BILLING);
    }

    static List<Finding> run(AuditRule rule, SubscriptionAudit s) {
        List<Finding> out = new ArrayList<>();
        rule.checkAudit(
                s,
                CONTEXT,
                (about, at, message) -> out.add(new Finding(rule.id(), rule.defaultSeverity(), at, about, message)));
        return out;
    }
}
