package org.ppcheck.rules.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ppcheck.rules.Finding;

/** {@code requires-all}: passes when every one of the checks listed under {@code of} passes. */
record RequiresAll(List<Check> of) implements Check {
    static final RuleType TYPE = new RuleType("requires-all", Set.of("of"), RequiresAll::read);

    RequiresAll {
        of = List.copyOf(of);
    }

    private static Check read(Params p) {
        List<Check> checks = p.checks("of");
        return checks == null ? null : new RequiresAll(checks);
    }

    @Override
    public Outcome evaluate(Context c) {
        List<Outcome> outcomes = of.stream().map(x -> x.evaluate(c)).toList();
        List<Outcome> failed = outcomes.stream().filter(o -> o.status() != Finding.Status.PASS).toList();
        if (failed.isEmpty()) {
            return Outcome.pass(Outcomes.joined(outcomes), Outcomes.evidence(outcomes.stream().map(Outcome::evidence).toList()));
        }
        return Outcome.fail(Outcomes.joined(failed), Outcomes.evidence(failed.stream().map(Outcome::evidence).toList()));
    }

    @Override
    public String describe() {
        return "Passes when all of these hold: " + of.stream().map(Check::describe).collect(Collectors.joining(" And: "));
    }
}
