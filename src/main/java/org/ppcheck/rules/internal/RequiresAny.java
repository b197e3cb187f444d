package org.ppcheck.rules.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ppcheck.rules.Finding;

/** {@code requires-any}: passes when at least one of the checks listed under {@code of} passes. */
record RequiresAny(List<Check> of) implements Check {
    static final RuleType TYPE = new RuleType("requires-any", Set.of("of"), RequiresAny::read);

    RequiresAny {
        of = List.copyOf(of);
    }

    private static Check read(Params p) {
        List<Check> checks = p.checks("of");
        return checks == null ? null : new RequiresAny(checks);
    }

    @Override
    public Outcome evaluate(Context c) {
        List<Outcome> outcomes = of.stream().map(x -> x.evaluate(c)).toList();
        return outcomes.stream().filter(o -> o.status() == Finding.Status.PASS).findFirst()
                .orElseGet(() -> Outcome.fail(Outcomes.joined(outcomes), List.of()));
    }

    @Override
    public String describe() {
        return "Passes when any of these holds: " + of.stream().map(Check::describe).collect(Collectors.joining(" Or: "));
    }
}
