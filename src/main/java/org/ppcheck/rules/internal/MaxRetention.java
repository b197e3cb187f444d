package org.ppcheck.rules.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ppcheck.facts.Facts.RetentionFact;
import org.ppcheck.facts.RetentionPeriod;

/**
 * {@code max-retention}: passes when every period the policy states is at most {@code max}, an
 * ISO-8601 period ({@code P1Y6M}, {@code P30D}, {@code PT48H}); vague or no retention fails.
 * Periods compare by {@link RetentionPeriod#BY_LENGTH}, the order the facts use too.
 */
record MaxRetention(RetentionPeriod max) implements Check {
    static final RuleType TYPE = new RuleType("max-retention", Set.of("max"), MaxRetention::read);

    private static Check read(Params p) {
        String text = p.text("max");
        if (text == null) {
            return null;
        }
        try {
            return new MaxRetention(RetentionPeriod.parse(text));
        } catch (IllegalArgumentException e) {
            p.problem("max", "must be an ISO-8601 period such as P30D, P6M, P1Y6M, P2Y or PT48H (not '" + text + "')");
            return null;
        }
    }

    @Override
    public Outcome evaluate(Context c) {
        List<RetentionFact> concrete = RequiresRetentionPeriod.concrete(c);
        if (concrete.isEmpty()) {
            return RequiresRetentionPeriod.noPeriod(c);
        }
        List<RetentionFact> tooLong = concrete.stream().filter(r -> r.length().longerThan(max)).toList();
        if (tooLong.isEmpty()) {
            RetentionPeriod longest = concrete.stream().map(RetentionFact::length).max(RetentionPeriod.BY_LENGTH).orElseThrow();
            return Outcome.pass("The longest stated retention period, " + longest.text() + ", is within " + max.text() + ".",
                    Outcomes.evidence(concrete.stream().map(RetentionFact::evidence).toList()));
        }
        String periods = tooLong.stream().map(RetentionFact::period).collect(Collectors.joining(", "));
        return Outcome.fail("The policy keeps data longer than " + max.text() + ": " + periods + ".",
                Outcomes.evidence(tooLong.stream().map(RetentionFact::evidence).toList()));
    }

    @Override
    public String describe() {
        return "Passes when every retention period the policy states is at most " + max.text()
                + "; fails when one is longer, or when the policy states no concrete period.";
    }
}
