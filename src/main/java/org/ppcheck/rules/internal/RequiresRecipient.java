package org.ppcheck.rules.internal;

import java.util.List;
import java.util.Set;
import org.ppcheck.facts.Facts;
import org.ppcheck.facts.Vocabulary;

/**
 * {@code requires-recipient}: passes when the policy names one of the kinds of recipient in
 * {@code recipients}; {@code describe} (else the rule's title) names them in messages.
 */
record RequiresRecipient(List<String> recipients, String description) implements Check {
    static final RuleType TYPE = new RuleType("requires-recipient", Set.of("recipients", "describe"), RequiresRecipient::read);

    RequiresRecipient {
        recipients = List.copyOf(recipients);
    }

    private static Check read(Params p) {
        List<String> ids = p.ids("recipients", Vocabulary.recipients());
        String description = p.description();
        return ids == null ? null : new RequiresRecipient(ids, description);
    }

    @Override
    public Outcome evaluate(Context c) {
        List<Facts.Fact> hits = c.facts().recipients().stream().filter(f -> recipients.contains(f.id())).toList();
        if (!hits.isEmpty()) {
            return Outcome.pass("The policy names " + description + ".", Outcomes.evidence(hits.stream().map(Facts.Fact::evidence).toList()));
        }
        return Outcome.fail("The policy does not name " + description + " (" + c.searched() + ").", List.of());
    }

    @Override
    public String describe() {
        return "Passes when the policy names " + description + " (recipients " + Outcomes.or(recipients) + ").";
    }
}
