package org.ppcheck.rules.internal;

import java.util.List;
import java.util.Set;
import org.ppcheck.facts.Facts;
import org.ppcheck.facts.Names;
import org.ppcheck.facts.Vocabulary;

/**
 * {@code flags-framework}: fails when the policy relies on any of the {@code frameworks} (one that
 * is no longer valid, say); the optional {@code reason} says why that is bad.
 */
record FlagsFramework(List<String> frameworks, String reason) implements Check {
    static final RuleType TYPE = new RuleType("flags-framework", Set.of("frameworks", "reason"), FlagsFramework::read);

    FlagsFramework {
        frameworks = List.copyOf(frameworks);
    }

    private static Check read(Params p) {
        List<String> ids = p.ids("frameworks", Vocabulary.frameworks());
        String reason = p.optionalText("reason");
        return ids == null ? null : new FlagsFramework(ids, reason);
    }

    @Override
    public Outcome evaluate(Context c) {
        List<Facts.Fact> hits = c.facts().frameworks().stream().filter(f -> frameworks.contains(f.id())).toList();
        if (hits.isEmpty()) {
            return Outcome.pass("The policy does not cite " + Outcomes.or(names(frameworks)) + ".", List.of());
        }
        String which = Names.sentenceList(names(hits.stream().map(Facts.Fact::id).toList()));
        return Outcome.fail("The policy cites " + which + because() + ".",
                Outcomes.evidence(hits.stream().map(Facts.Fact::evidence).toList()), which);
    }

    private static List<String> names(List<String> ids) {
        return ids.stream().map(Names::framework).toList();
    }

    @Override
    public String describe() {
        return "Fails when the policy cites " + Outcomes.or(names(frameworks)) + because() + ".";
    }

    private String because() {
        return reason == null ? "" : ", which " + reason;
    }
}
