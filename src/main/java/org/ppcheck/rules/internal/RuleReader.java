package org.ppcheck.rules.internal;

import java.util.List;
import java.util.Set;
import org.ppcheck.rules.Rule;
import org.ppcheck.rules.Severity;
import org.ppcheck.util.LocatedYaml;
import org.ppcheck.util.LocatedYaml.MapNode;

/**
 * Reads one entry of {@code rules:}: the keys every rule has, then the keys of its type, which
 * {@link RuleTypes} hands to the type's own reader.
 */
public final class RuleReader {
    /** The keys any rule may have, whatever its type. */
    private static final Set<String> COMMON_KEYS = Set.of("id", "title", "type", "severity", "weight", "reference",
            "why", "fix", "gap", "ask", "profiles", "when", "cap", "enabled");

    private final ProblemCollector problems;
    private final Settings settings;
    private final Places places;
    private final ConditionReader conditions;

    /** Reads rules against the file's settings (profiles, grades, jurisdiction lists), collecting problems. */
    public RuleReader(ProblemCollector problems, Settings settings) {
        this.problems = problems;
        this.settings = settings;
        this.places = new Places(problems, settings.jurisdictions());
        this.conditions = new ConditionReader(problems, places);
    }

    /** The rule of a mapping, or null after a problem. */
    public Rule rule(MapNode map, String path) {
        String id = problems.requiredText(map, "id", path);
        String title = problems.requiredText(map, "title", path);
        Severity severity = severity(map, path);
        Integer weight = weight(map, path);
        String reference = problems.optionalText(map, "reference", path);
        String why = problems.optionalText(map, "why", path);
        String fix = problems.optionalText(map, "fix", path);
        String gap = problems.optionalText(map, "gap", path);
        String ask = problems.optionalText(map, "ask", path);
        List<String> profiles = profiles(map, path);
        boolean hasWhen = map.entries().containsKey("when");
        Condition when = hasWhen ? conditions.read(map.entries().get("when"), path + ".when") : null;
        String cap = map.entries().containsKey("cap") ? cap(map, path) : null;
        Check check = RuleTypes.read(new Params(map, path, title, problems, places), COMMON_KEYS);
        if (id == null || title == null || severity == null || weight == null || check == null || profiles == null
                || hasWhen && when == null) {
            return null;
        }
        String type = LocatedYaml.textOf(map.entries().get("type"));
        return new Rule(id, type, title, severity, weight, reference, why, fix, gap, ask, profiles, when, cap, check);
    }

    /** The rule's {@code severity}, which it must have. */
    public Severity severity(MapNode map, String path) {
        String text = problems.requiredText(map, "severity", path);
        if (text == null) {
            return null;
        }
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            problems.problem(map.entries().get("severity"), path + ".severity", "must be one of high, medium, low (not '" + text + "')");
            return null;
        }
    }

    /** The rule's {@code weight}, which it must have. */
    public Integer weight(MapNode map, String path) {
        if (!map.entries().containsKey("weight")) {
            problems.problem(map, path, "missing key 'weight'");
            return null;
        }
        return problems.integer(map.entries().get("weight"), path + ".weight", 0, 1000);
    }

    /** The rule's {@code profiles}, each one declared; empty when it has none. */
    public List<String> profiles(MapNode map, String path) {
        LocatedYaml node = map.entries().get("profiles");
        return node == null ? List.of() : SettingsReader.knownProfiles(problems, settings.profiles(), node, path + ".profiles");
    }

    /** The rule's {@code cap}: one of the file's grades, or F. */
    public String cap(MapNode map, String path) {
        LocatedYaml node = map.entries().get("cap");
        String cap = problems.text(node, path + ".cap");
        if (cap == null) {
            return null;
        }
        String notAGrade = SettingsReader.notAGrade(cap);
        if (notAGrade != null || !cap.equals(SettingsReader.FAILED) && !settings.grades().containsKey(cap)) {
            problems.problem(node, path + ".cap", notAGrade != null ? notAGrade : "'" + cap + "' is not a grade; use one of "
                    + String.join(", ", settings.grades().keySet().stream().sorted().toList()) + ", " + SettingsReader.FAILED);
            return null;
        }
        return cap;
    }
}
