package org.ppcheck.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ppcheck.rules.internal.ProblemCollector;

/**
 * A validated rules file: every rule, the named profiles (each with a description), the profiles
 * used when none is asked for, the grade thresholds, the severity factors of the score, the named
 * jurisdiction lists, and the profiles this set was narrowed to ({@link #select}).
 */
public record RuleSet(String source, List<Rule> rules, Map<String, Integer> grades, Map<String, String> profiles,
                      List<String> defaultProfiles, Map<Severity, Integer> severityFactors,
                      Map<String, java.util.Set<String>> jurisdictions, List<String> selected) {
    public RuleSet {
        jurisdictions = Map.copyOf(jurisdictions);
        rules = List.copyOf(rules);
        grades = Map.copyOf(grades);
        profiles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
        defaultProfiles = List.copyOf(defaultProfiles);
        severityFactors = java.util.Collections.unmodifiableMap(new EnumMap<>(severityFactors));
        selected = List.copyOf(selected);
    }

    /** The profile name that selects every rule. */
    public static final String ALL = "all";

    /**
     * The rules of the named profiles (a rule without profiles belongs to all); the default profiles
     * when {@code names} is empty, or every rule when there are no default profiles either or the
     * name is {@value #ALL}.
     *
     * @throws IllegalArgumentException naming the unknown profile, with a suggestion
     */
    public RuleSet select(List<String> names) {
        List<String> wanted = names.isEmpty() ? defaultProfiles : names;
        if (wanted.equals(List.of(ALL))) {
            return new RuleSet(source, rules, grades, profiles, defaultProfiles, severityFactors, jurisdictions, List.of(ALL));
        }
        for (String name : wanted) {
            if (!profiles.containsKey(name)) {
                throw new IllegalArgumentException("unknown profile '" + name + "'" + ProblemCollector.suggest(name, profiles.keySet())
                        + "; known profiles: " + String.join(", ", profiles.keySet()) + ", or " + ALL + " for every rule");
            }
        }
        if (wanted.isEmpty()) {
            return this;
        }
        List<Rule> kept = new ArrayList<>();
        for (Rule r : rules) {
            if (r.profiles().isEmpty() || r.profiles().stream().anyMatch(wanted::contains)) {
                kept.add(r);
            }
        }
        return new RuleSet(source, kept, grades, profiles, defaultProfiles, severityFactors, jurisdictions, wanted);
    }

    /** The rule with this id, or null. */
    public Rule rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    /** " (did you mean 'x'?)" when a rule id is close to the given one, else "". */
    public String suggestRule(String id) {
        return ProblemCollector.suggest(id, rules.stream().map(Rule::id).toList());
    }

    /** The grade letters, best first; F, below every threshold, is not among them. */
    public List<String> gradeOrder() {
        return grades.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
    }
}
