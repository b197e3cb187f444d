package org.ppcheck.rules.internal;

import java.util.List;
import java.util.Set;
import org.ppcheck.facts.Facts;
import org.ppcheck.facts.Names;
import org.ppcheck.facts.Vocabulary;

/** {@code requires-framework}: passes when the policy names any of the {@code frameworks}. */
record RequiresFramework(List<String> frameworks) implements Check {
    static final RuleType TYPE = new RuleType("requires-framework", Set.of("frameworks"), RequiresFramework::read);

    RequiresFramework {
        frameworks = List.copyOf(frameworks);
    }

    private static Check read(Params p) {
        List<String> ids = p.ids("frameworks", Vocabulary.frameworks());
        return ids == null ? null : new RequiresFramework(ids);
    }

    @Override
    public Outcome evaluate(Context c) {
        for (Facts.Fact f : c.facts().frameworks()) {
            if (frameworks.contains(f.id())) {
                return Outcome.pass("The policy refers to " + Names.framework(f.id()) + ".", f.evidence());
            }
        }
        return Outcome.fail("The policy never names " + Outcomes.or(names()) + " (" + c.searched() + ").", List.of());
    }

    @Override
    public String describe() {
        return "Passes when the policy names " + Outcomes.or(names()) + ".";
    }

    private List<String> names() {
        return frameworks.stream().map(Names::framework).toList();
    }
}
