package org.ppcheck.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ppcheck.rules.internal.ProblemCollector;
import org.ppcheck.rules.internal.RuleReader;
import org.ppcheck.rules.internal.Settings;
import org.ppcheck.rules.internal.SettingsReader;
import org.ppcheck.util.LocatedYaml;
import org.ppcheck.util.LocatedYaml.ListNode;
import org.ppcheck.util.LocatedYaml.MapNode;

/**
 * Reads and validates a rules file before any policy is read. Every problem is collected and
 * reported at once as {@code FILE:LINE:COL: path: message}; unknown keys, ids, profiles and
 * countries are errors, with a suggestion when a known name is close. A file that says
 * {@code extends: default} starts from the built-in rules: its rules add to them, and an entry
 * with the id of a built-in rule and no {@code type} changes that rule's severity, weight,
 * profiles or cap, or switches it off ({@code enabled: false}). This class reads the file as a
 * whole; the head of the file, each rule and each rule type have readers of their own in
 * {@code org.ppcheck.rules.internal}.
 */
public final class RulesLoader {
    /** The rules that ship with ppcheck: a copy of the repository's rules.yaml inside the jar. */
    public static final String DEFAULT_RESOURCE = "/org/ppcheck/rules/rules.yaml";
    /** The version of the rules language that this ppcheck reads. */
    public static final int VERSION = 1;

    private static final Set<String> TOP_KEYS = Set.of("version", "extends", "grades", "scoring", "profiles",
            "default-profiles", "jurisdictions", "rules");
    private static final Set<String> OVERRIDE_KEYS = Set.of("id", "severity", "weight", "profiles", "cap", "enabled");

    private final String file;
    private final ProblemCollector problems;
    private final RuleSet base;

    private RulesLoader(String file, ProblemCollector problems, RuleSet base) {
        this.file = file;
        this.problems = problems;
        this.base = base;
    }

    /** Loads the rules shipped with ppcheck. */
    public static RuleSet loadDefault() throws RulesException {
        try (InputStream in = RulesLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default rules are missing from the jar; rebuild it");
            }
            String file = "rules.yaml (built in)";
            ProblemCollector problems = new ProblemCollector(file);
            LocatedYaml root = parse(file, new InputStreamReader(in, StandardCharsets.UTF_8), problems);
            return new RulesLoader(file, problems, null).load(root);
        } catch (IOException e) {
            throw new RulesException(List.of("rules.yaml (built in): " + e.getMessage()));
        }
    }

    /** Loads and validates a rules file. */
    public static RuleSet load(Path path) throws RulesException {
        ProblemCollector problems = new ProblemCollector(path.toString());
        LocatedYaml root;
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            root = parse(path.toString(), reader, problems);
        } catch (NoSuchFileException e) {
            throw new RulesException(List.of(path + ": no such rules file; check the --rules path"));
        } catch (IOException e) {
            throw new RulesException(List.of(path + ": cannot be read (" + e.getMessage() + ")"));
        }
        boolean extendsDefault = root instanceof MapNode top && isDefault(top.entries().get("extends"));
        return new RulesLoader(path.toString(), problems, extendsDefault ? loadDefault() : null).load(root);
    }

    /** Whether the value of {@code extends:} names the built-in rules. */
    private static boolean isDefault(LocatedYaml extendsValue) {
        return "default".equals(LocatedYaml.textOf(extendsValue));
    }

    /**
     * The YAML tree of a rules file; a key given twice is one of its {@code problems}. YAML that cannot
     * be parsed stops the loading with that one problem, at its line and column when the parser knows them.
     */
    private static LocatedYaml parse(String file, Reader reader, ProblemCollector problems)
            throws IOException, RulesException {
        try {
            return LocatedYaml.read(reader, problems.binder());
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? file : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new RulesException(List.of(where + ": " + LocatedYaml.notValid(e)));
        }
    }

    private RuleSet load(LocatedYaml root) throws RulesException {
        if (!(root instanceof MapNode top)) {
            problems.problem(root, "", "the file must be a mapping with a 'rules' list");
            throw new RulesException(problems.problems());
        }
        problems.unknownKeys(top, TOP_KEYS, "");
        version(top.entries().get("version"));
        LocatedYaml ext = top.entries().get("extends");
        if (ext != null && !isDefault(ext)) {
            problems.problem(ext, "extends", "the only file a rules file can extend is 'default' (the built-in rules)");
        }
        Settings baseSettings = base == null ? null : new Settings(base.grades(), base.severityFactors(), base.profiles(),
                base.defaultProfiles(), base.jurisdictions());
        Settings settings = new SettingsReader(problems, baseSettings).read(top);
        List<Rule> rules = rules(top, new RuleReader(problems, settings));
        if (!problems.problems().isEmpty()) {
            throw new RulesException(problems.problems());
        }
        return new RuleSet(file, rules, settings.grades(), settings.profiles(), settings.defaultProfiles(),
                settings.severityFactors(), settings.jurisdictions(), List.of());
    }

    /** {@code version:} may be left out; when given, it must be the one this ppcheck reads. */
    private void version(LocatedYaml node) {
        String given = LocatedYaml.textOf(node);
        if (node != null && !String.valueOf(VERSION).equals(given)) {
            problems.problem(node, "version", "must be " + VERSION + (given == null ? "" : " (not '" + given + "')")
                    + ": this ppcheck reads version " + VERSION
                    + " of the rules language; write the file with the keys that README.md describes");
        }
    }

    private List<Rule> rules(MapNode top, RuleReader reader) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        if (base != null) {
            base.rules().forEach(r -> rules.put(r.id(), r));
        }
        LocatedYaml rulesNode = top.entries().get("rules");
        if (!(rulesNode instanceof ListNode list) || list.items().isEmpty()) {
            if (base == null || rulesNode != null) {
                problems.problem(rulesNode == null ? top : rulesNode, "rules", "must be a non-empty list of rules");
            }
            return new ArrayList<>(rules.values());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.items().size(); i++) {
            LocatedYaml item = list.items().get(i);
            String path = "rules[" + i + "]";
            if (!(item instanceof MapNode map)) {
                problems.problem(item, path, "each rule must be a mapping with id, title, type, severity and weight");
                continue;
            }
            String id = problems.requiredText(map, "id", path);
            if (id != null && !seen.add(id)) {
                problems.problem(map, path + ".id", "duplicate rule id '" + id + "'");
                continue;
            }
            boolean enabled = enabled(map, path);
            if (id != null && base != null && !map.entries().containsKey("type")) {
                change(rules, id, map, path, enabled, reader);
                continue;
            }
            Rule rule = reader.rule(map, path);
            if (rule != null && enabled) {
                rules.put(rule.id(), rule);
            } else if (rule != null) {
                rules.remove(rule.id());
            }
        }
        return new ArrayList<>(rules.values());
    }

    /** An entry without a type in a file that extends the default rules: it changes or removes a built-in rule. */
    private void change(Map<String, Rule> rules, String id, MapNode map, String path, boolean enabled, RuleReader reader) {
        Rule original = base.rule(id);
        if (original == null) {
            problems.problem(map, path, "no built-in rule '" + id + "' to change"
                    + ProblemCollector.suggest(id, base.rules().stream().map(Rule::id).toList())
                    + "; give a 'type' to define a new rule");
            return;
        }
        Rule changed = override(original, map, path, reader);
        if (!enabled) {
            rules.remove(id);
        } else if (changed != null) {
            rules.put(id, changed);
        }
    }

    private boolean enabled(MapNode map, String path) {
        LocatedYaml node = map.entries().get("enabled");
        if (node == null) {
            return true;
        }
        String text = LocatedYaml.textOf(node);
        if ("true".equals(text) || "false".equals(text)) {
            return Boolean.parseBoolean(text);
        }
        problems.problem(node, path + ".enabled", "must be true or false");
        return true;
    }

    /** A built-in rule with the severity, weight, profiles or cap that the entry gives. */
    private Rule override(Rule original, MapNode map, String path, RuleReader reader) {
        problems.unknownKeys(map, OVERRIDE_KEYS, path + ".");
        Severity severity = map.entries().containsKey("severity") ? reader.severity(map, path) : original.severity();
        Integer weight = map.entries().containsKey("weight") ? reader.weight(map, path) : Integer.valueOf(original.weight());
        List<String> profiles = map.entries().containsKey("profiles") ? reader.profiles(map, path) : original.profiles();
        String cap = map.entries().containsKey("cap") ? reader.cap(map, path) : original.cap();
        if (severity == null || weight == null || profiles == null) {
            return null;
        }
        return original.with(severity, weight, profiles, cap);
    }
}
