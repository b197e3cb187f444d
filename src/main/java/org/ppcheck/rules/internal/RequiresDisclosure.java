package org.ppcheck.rules.internal;

import java.util.List;
import java.util.Set;
import org.ppcheck.facts.Facts;
import org.ppcheck.facts.Vocabulary;

/**
 * {@code requires-disclosure}: passes when the policy gives the item of information named by
 * {@code disclosure}; {@code describe} (else the rule's title) names it in messages.
 */
record RequiresDisclosure(String disclosure, String description) implements Check {
    static final RuleType TYPE = new RuleType("requires-disclosure", Set.of("disclosure", "describe"), RequiresDisclosure::read);

    private static Check read(Params p) {
        String id = p.text("disclosure");
        String description = p.description();
        if (id != null && !Vocabulary.disclosures().contains(id)) {
            p.problem("disclosure", "unknown disclosure id '" + id + "'" + ProblemCollector.suggest(id, Vocabulary.disclosures()));
            return null;
        }
        return id == null ? null : new RequiresDisclosure(id, description);
    }

    @Override
    public Outcome evaluate(Context c) {
        for (Facts.Disclosure d : c.facts().disclosures()) {
            if (d.id().equals(disclosure) && d.present()) {
                return Outcome.pass("The policy states " + description + ".", d.evidence());
            }
        }
        return Outcome.fail("The policy does not state " + description + " (" + c.searched() + ").", List.of());
    }

    @Override
    public String describe() {
        return "Passes when the policy states " + description + " (disclosure " + disclosure + ").";
    }
}
