package org.ppcheck.rules;

import java.util.ArrayList;
import java.util.List;
import org.ppcheck.facts.Facts;
import org.ppcheck.rules.internal.Check;

/**
 * Runs every rule over a policy's facts and scores it. Each applicable rule is worth its weight
 * times its severity's factor; the score is the share of those points that passed, from 0 to 100.
 * The grade is the best letter whose threshold the score reaches (else F), lowered to a failed
 * rule's {@code cap} when that is worse. A rule whose {@code when} does not hold is n/a and counts
 * for nothing.
 */
public final class Evaluator {
    private final RuleSet rules;

    public Evaluator(RuleSet rules) {
        this.rules = rules;
    }

    /** Findings and score of one policy. */
    public record Result(List<Finding> findings, Score score) {
        public Result {
            findings = List.copyOf(findings);
        }
    }

    /**
     * @param sections the top-level sections of the policy, named in "not found" messages
     * @param sentences how many sentences were read
     */
    public Result evaluate(Facts facts, List<String> sections, int sentences) {
        Check.Context context = new Check.Context(facts, sections, sentences);
        List<Finding> findings = new ArrayList<>();
        List<Score.Line> lines = new ArrayList<>();
        List<String> cappedBy = new ArrayList<>();
        int earned = 0;
        int possible = 0;
        for (Rule rule : rules.rules()) {
            Check.Outcome o = rule.when() != null && !rule.when().test(facts)
                    ? new Check.Outcome(Finding.Status.NOT_APPLICABLE, "Does not apply: not so that " + rule.when().describe() + ".", List.of())
                    : rule.check().evaluate(context);
            boolean failed = o.status() == Finding.Status.FAIL;
            findings.add(new Finding(rule.id(), rule.title(), rule.severity(), o.status(), o.message(), failed ? rule.gapWith(o.found()) : null,
                    rule.reference(), failed ? rule.fix() : null, rule.ask(), o.evidence()));
            int factor = rules.severityFactors().getOrDefault(rule.severity(), 1);
            int points = o.status() == Finding.Status.NOT_APPLICABLE ? 0 : rule.weight() * factor;
            int got = o.status() == Finding.Status.PASS ? points : 0;
            lines.add(new Score.Line(rule.id(), o.status(), rule.weight(), factor, points, got));
            possible += points;
            earned += got;
            if (o.status() == Finding.Status.FAIL && rule.cap() != null) {
                cappedBy.add(rule.id());
            }
        }
        int value = possible == 0 ? 100 : Math.round(100f * earned / possible);
        String grade = grade(value);
        for (String id : cappedBy) {
            grade = worse(grade, rules.rule(id).cap());
        }
        return new Result(findings, new Score(value, grade, formula(), rules.selected(), earned, possible, cappedBy, lines));
    }

    /** The formula with this rule set's numbers, as the report states it. */
    String formula() {
        String factors = java.util.Arrays.stream(Severity.values()).sorted(java.util.Comparator.reverseOrder())
                .map(s -> s.label() + " " + rules.severityFactors().getOrDefault(s, 1)).collect(java.util.stream.Collectors.joining(", "));
        String grades = rules.gradeOrder().stream().map(g -> g + " >= " + rules.grades().get(g))
                .collect(java.util.stream.Collectors.joining(", "));
        return "score = 100 x earned points / possible points, where each rule that applies is worth its weight x its severity factor ("
                + factors + ") and earns it by passing; grade: " + grades + ", else F; a failed rule with a cap limits the grade to the cap";
    }

    private String grade(int value) {
        for (String letter : rules.gradeOrder()) {
            if (value >= rules.grades().get(letter)) {
                return letter;
            }
        }
        return "F";
    }

    private String worse(String a, String b) {
        List<String> order = new ArrayList<>(rules.gradeOrder());
        order.add("F");
        return order.indexOf(a) >= order.indexOf(b) ? a : b;
    }
}
