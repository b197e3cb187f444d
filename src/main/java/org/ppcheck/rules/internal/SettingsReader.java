package org.ppcheck.rules.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ppcheck.rules.RuleSet;
import org.ppcheck.rules.Severity;
import org.ppcheck.util.LocatedYaml;
import org.ppcheck.util.LocatedYaml.ListNode;
import org.ppcheck.util.LocatedYaml.MapNode;

/**
 * Reads the head of a rules file into {@link Settings}. What a file leaves out comes from the rules
 * it extends, else from the defaults: grades A 90, B 80, C 70, D 60, every severity factor 1.
 */
public final class SettingsReader {
    /** A grade is a plain word, as a report shows it: one to four letters, then maybe + or -. */
    static final Pattern GRADE = Pattern.compile("[A-Za-z]{1,4}[+-]?");
    /** The grade below every threshold, which takes none. */
    static final String FAILED = "F";

    private final ProblemCollector problems;
    private final Settings base;

    /** @param base the settings of the rules being extended, or null */
    public SettingsReader(ProblemCollector problems, Settings base) {
        this.problems = problems;
        this.base = base;
    }

    /** The settings of the top mapping of a rules file. */
    public Settings read(MapNode top) {
        Map<String, String> profiles = profiles(top.entries().get("profiles"));
        return new Settings(grades(top.entries().get("grades")), scoring(top.entries().get("scoring")), profiles,
                defaultProfiles(top.entries().get("default-profiles"), profiles), jurisdictions(top.entries().get("jurisdictions")));
    }

    /** Why a text is not a grade word, or null when it is one. */
    static String notAGrade(String text) {
        return GRADE.matcher(text).matches() ? null
                : "'" + text + "' is not a grade: write a plain word of one to four letters, maybe followed by + or - (such as A, B+ or C-)";
    }

    private Map<String, Integer> grades(LocatedYaml node) {
        if (node == null) {
            return base != null ? base.grades() : new LinkedHashMap<>(Map.of("A", 90, "B", 80, "C", 70, "D", 60));
        }
        Map<String, Integer> grades = new LinkedHashMap<>();
        if (!(node instanceof MapNode map)) {
            problems.problem(node, "grades", "must map grade letters to minimum scores, e.g. {A: 90, B: 80}");
            return grades;
        }
        map.entries().forEach((grade, value) -> {
            Integer n = problems.integer(value, "grades." + grade, 0, 100);
            String notAGrade = notAGrade(grade);
            if (notAGrade != null) {
                problems.problemAtKey(map, grade, "grades." + grade, notAGrade);
            } else if (grade.equals(FAILED)) {
                problems.problem(value, "grades.F", "F is the grade below every threshold and takes none");
            } else if (n != null) {
                grades.put(grade, n);
            }
        });
        return grades;
    }

    private Map<Severity, Integer> scoring(LocatedYaml node) {
        Map<Severity, Integer> factors = new EnumMap<>(Severity.class);
        if (node == null) {
            if (base != null) {
                factors.putAll(base.severityFactors());
            } else {
                factors.putAll(Map.of(Severity.HIGH, 1, Severity.MEDIUM, 1, Severity.LOW, 1));
            }
            return factors;
        }
        if (!(node instanceof MapNode map)) {
            problems.problem(node, "scoring", "must be a mapping with 'severity-factors'");
            return factors;
        }
        problems.unknownKeys(map, Set.of("severity-factors"), "scoring.");
        LocatedYaml f = map.entries().get("severity-factors");
        if (!(f instanceof MapNode fm)) {
            problems.problem(f == null ? map : f, "scoring.severity-factors",
                    "must map high, medium and low to whole numbers, e.g. {high: 3, medium: 2, low: 1}");
            return factors;
        }
        problems.unknownKeys(fm, Set.of("high", "medium", "low"), "scoring.severity-factors.");
        for (Severity s : Severity.values()) {
            LocatedYaml v = fm.entries().get(s.label());
            Integer n = v == null ? null : problems.integer(v, "scoring.severity-factors." + s.label(), 0, 100);
            if (v == null) {
                problems.problem(fm, "scoring.severity-factors", "missing key '" + s.label() + "'");
            } else if (n != null) {
                factors.put(s, n);
            }
        }
        return factors;
    }

    private Map<String, String> profiles(LocatedYaml node) {
        Map<String, String> profiles = new LinkedHashMap<>(base != null ? base.profiles() : Map.of());
        if (node == null) {
            return profiles;
        }
        if (!(node instanceof MapNode map)) {
            problems.problem(node, "profiles", "must map profile names to a one-line description");
            return profiles;
        }
        map.entries().forEach((name, value) -> {
            String description = problems.text(value, "profiles." + name);
            if (name.equals(RuleSet.ALL)) {
                problems.problem(value, "profiles." + name, "'" + RuleSet.ALL + "' is reserved: --profile all selects every rule");
            } else if (description != null) {
                profiles.put(name, description);
            }
        });
        return profiles;
    }

    private List<String> defaultProfiles(LocatedYaml node, Map<String, String> profiles) {
        if (node == null) {
            return base != null ? base.defaultProfiles() : List.of();
        }
        List<String> names = knownProfiles(problems, profiles, node, "default-profiles");
        return names == null ? List.of() : names;
    }

    /** A list of declared profile names; null after a problem with the list itself. */
    static List<String> knownProfiles(ProblemCollector problems, Map<String, String> profiles, LocatedYaml node, String path) {
        if (!(node instanceof ListNode list)) {
            problems.problem(node, path, "must be a list of profile names such as [gdpr, vendor-risk]");
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            LocatedYaml item = list.items().get(i);
            String name = LocatedYaml.textOf(item);
            if (name == null || !profiles.containsKey(name)) {
                problems.problem(item, path + "[" + i + "]", "unknown profile '" + name + "'"
                        + ProblemCollector.suggest(String.valueOf(name), profiles.keySet()) + "; declare it under 'profiles:'");
            } else {
                names.add(name);
            }
        }
        return names;
    }

    private Map<String, Set<String>> jurisdictions(LocatedYaml node) {
        Map<String, Set<String>> lists = new LinkedHashMap<>(base != null ? base.jurisdictions() : Map.of());
        if (node == null) {
            return lists;
        }
        if (!(node instanceof MapNode map)) {
            problems.problem(node, "jurisdictions", "must map list names to lists of country codes");
            return lists;
        }
        map.entries().forEach((name, value) -> lists.put(name, Places.codes(problems, value, "jurisdictions." + name)));
        return lists;
    }
}
