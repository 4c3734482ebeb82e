package io.github.azlighthouse.rules;

import io.github.azlighthouse.delegation.Delegation;
import io.github.azlighthouse.delegation.Delegation.EligibleAuthorization;
import io.github.azlighthouse.findings.Severity;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/** maximumActivationDuration: ISO 8601, from PT30M to PT8H inclusive. */
public final class EligibleDurationRule extends AbstractRule {

    public static final String ID = "eligible-duration";
    static final Duration MIN = Duration.ofMinutes(30);
    static final Duration MAX = Duration.ofHours(8);

    public EligibleDurationRule() {
        super(ID, Severity.ERROR, "maximumActivationDuration not ISO 8601 or outside PT30M..PT8H");
    }

    /** The parsed duration, PT8H when absent, {@code null} when unparsable. */
    static Duration parse(String text) {
        if (text == null) {
            return MAX;
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public void check(Delegation d, RuleContext context, Reporter out) {
        for (EligibleAuthorization e : d.eligibleAuthorizations()) {
            if (e.maximumActivationDuration() == null
                    || e.maximumActivationDuration().value() == null) {
                continue;
            }
            String text = e.maximumActivationDuration().value();
            Duration duration = parse(text);
            if (duration == null) {
                out.report(
                        d,
                        e.maximumActivationDuration().at(),
                        "maximumActivationDuration '" + text
                                + "' is not an ISO 8601 duration; write e.g. PT4H or PT6H30M");
            } else if (duration.compareTo(MIN) < 0 || duration.compareTo(MAX) > 0) {
                out.report(
                        d,
                        e.maximumActivationDuration().at(),
                        "maximumActivationDuration '" + text
                                + "' is outside PT30M..PT8H; choose a value in that range (half-hour steps are recommended)");
            }
        }
    }
}
