package org.ppcheck.rules.internal;

import java.util.List;
import java.util.Set;
import org.ppcheck.facts.Facts;
import org.ppcheck.facts.Names;
import org.ppcheck.facts.Vocabulary;

/** {@code flags-field}: fails when the policy says it collects any of the sensitive {@code fields}. */
record FlagsField(List<String> fields) implements Check {
    static final RuleType TYPE = new RuleType("flags-field", Set.of("fields"), FlagsField::read);

    FlagsField {
        fields = List.copyOf(fields);
    }

    private static Check read(Params p) {
        List<String> ids = p.ids("fields", Vocabulary.dataFields());
        return ids == null ? null : new FlagsField(ids);
    }

    @Override
    public Outcome evaluate(Context c) {
        List<Facts.Fact> hits = c.facts().dataFields().stream().filter(f -> fields.contains(f.id())).toList();
        if (hits.isEmpty()) {
            return Outcome.pass("The policy does not say it collects " + Outcomes.or(names(fields)) + ".", List.of());
        }
        String which = Names.sentenceList(names(hits.stream().map(Facts.Fact::id).toList()));
        return Outcome.fail("The policy says it collects " + which + ".", Outcomes.evidence(hits.stream().map(Facts.Fact::evidence).toList()),
                "collects " + which);
    }

    private static List<String> names(List<String> ids) {
        return ids.stream().map(Names::dataField).toList();
    }

    @Override
    public String describe() {
        return "Fails when the policy says it collects " + Outcomes.or(names(fields)) + ".";
    }
}
