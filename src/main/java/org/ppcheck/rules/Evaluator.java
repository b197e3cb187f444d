package org.ppcheck.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ppcheck.facts.Facts;

/**
 * Runs every rule over a policy's facts. The score is the share of applicable weight that passed,
 * from 0 to 100; the grade is the best letter whose threshold the score reaches, else F.
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

    public Result evaluate(Facts facts, int sections, int sentences) {
        Check.Context context = new Check.Context(facts, sections, sentences);
        List<Finding> findings = new ArrayList<>();
        int passed = 0;
        int applicable = 0;
        for (Rule rule : rules.rules()) {
            Check.Outcome o = rule.check().evaluate(context);
            findings.add(new Finding(rule.id(), rule.title(), rule.severity(), o.status(), o.message(), rule.reference(), o.evidence()));
            if (o.status() != Finding.Status.NOT_APPLICABLE) {
                applicable += rule.weight();
                passed += o.status() == Finding.Status.PASS ? rule.weight() : 0;
            }
        }
        int value = applicable == 0 ? 100 : Math.round(100f * passed / applicable);
        return new Result(findings, new Score(value, grade(value), passed, applicable));
    }

    private String grade(int value) {
        return rules.grades().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .filter(e -> value >= e.getValue())
                .map(Map.Entry::getKey).findFirst().orElse("F");
    }
}
