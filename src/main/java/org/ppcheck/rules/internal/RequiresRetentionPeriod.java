package org.ppcheck.rules.internal;

import java.util.List;
import java.util.Set;
import org.ppcheck.facts.Evidence;
import org.ppcheck.facts.Facts.RetentionFact;
import org.ppcheck.facts.Names;

/** {@code requires-retention-period}: passes when a concrete retention period is stated; it has no keys. */
record RequiresRetentionPeriod() implements Check {
    static final RuleType TYPE = new RuleType("requires-retention-period", Set.of(), p -> new RequiresRetentionPeriod());

    @Override
    public Outcome evaluate(Context c) {
        List<RetentionFact> concrete = concrete(c);
        if (!concrete.isEmpty()) {
            String periods = Names.sentenceList(concrete.stream().map(r -> r.length().words()).distinct().toList());
            return Outcome.pass("The policy states retention periods: " + periods + ".",
                    Outcomes.evidence(concrete.stream().map(RetentionFact::evidence).toList()));
        }
        return noPeriod(c);
    }

    @Override
    public String describe() {
        return "Passes when the policy states at least one concrete retention period (such as \"30 days\"); vague criteria fail.";
    }

    /** The retention facts that state a period. */
    static List<RetentionFact> concrete(Context c) {
        return c.facts().retention().stream().filter(r -> r.length() != null).toList();
    }

    /** The failure when no period is stated: quoting the vague criteria, if any, else saying where ppcheck looked. */
    static Outcome noPeriod(Context c) {
        List<Evidence> vague = Outcomes.evidence(c.facts().retention().stream().map(RetentionFact::evidence).toList());
        if (!vague.isEmpty()) {
            return Outcome.fail("The policy gives only vague criteria for how long data is kept, no period.", vague);
        }
        return Outcome.fail("The policy does not say how long data is kept (" + c.searched() + ").", List.of());
    }
}
