package org.ppcheck.rules.internal;

import java.util.List;
import java.util.Set;
import org.ppcheck.facts.Facts.RetentionFact;
import org.ppcheck.facts.Names;
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
            // no period to compare: whether one is stated at all is retention-period's question, not this rule's
            return Outcome.notApplicable("The policy states no concrete retention period to compare with " + max.words() + ".");
        }
        List<RetentionFact> tooLong = concrete.stream().filter(r -> r.length().longerThan(max)).toList();
        if (tooLong.isEmpty()) {
            RetentionPeriod longest = concrete.stream().map(RetentionFact::length).max(RetentionPeriod.BY_LENGTH).orElseThrow();
            return Outcome.pass("The longest stated retention period, " + longest.words() + ", is within " + max.words() + ".",
                    Outcomes.evidence(concrete.stream().map(RetentionFact::evidence).toList()));
        }
        String periods = Names.sentenceList(tooLong.stream().map(r -> r.length().words()).distinct().toList());
        return Outcome.fail("The policy keeps data longer than " + max.words() + ": " + periods + ".",
                Outcomes.evidence(tooLong.stream().map(RetentionFact::evidence).toList()), periods);
    }

    @Override
    public String describe() {
        return "Passes when every retention period the policy states is at most " + max.words()
                + "; fails when one is longer; does not apply when the policy states no concrete period (retention-period checks that).";
    }
}
