package org.ppcheck.rules;

import java.util.List;
import java.util.Map;

/** A validated rules file: the rules, the grade thresholds (highest first) and where it came from. */
public record RuleSet(String source, List<Rule> rules, Map<String, Integer> grades) {
    public RuleSet {
        rules = List.copyOf(rules);
        grades = Map.copyOf(grades);
    }
}
