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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ppcheck.facts.Vocabulary;
import org.ppcheck.rules.YamlNode.ListNode;
import org.ppcheck.rules.YamlNode.MapNode;
import org.ppcheck.rules.YamlNode.Scalar;

/**
 * Reads and validates a rules file before any policy is read. Every problem is collected and
 * reported at once as {@code FILE:LINE:COL: path: message}; unknown keys, ids and countries are
 * errors, with a suggestion when a known name is close.
 */
public final class RulesLoader {
    /** The rules that ship with ppcheck: a copy of the repository's rules.yaml inside the jar. */
    public static final String DEFAULT_RESOURCE = "/org/ppcheck/rules/rules.yaml";

    private static final Set<String> TOP_KEYS = Set.of("version", "grades", "jurisdictions", "rules");
    private static final Set<String> COMMON_KEYS = Set.of("id", "title", "type", "severity", "weight", "reference");
    private static final Map<String, Set<String>> TYPE_KEYS = Map.of(
            "requires-framework", Set.of("frameworks"),
            "requires-disclosure", Set.of("disclosure", "describe"),
            "forbids-location", Set.of("jurisdictions"),
            "flags-field", Set.of("fields"),
            "requires-retention-period", Set.of());

    private final String file;
    private final ProblemCollector check;
    private final Map<String, Set<String>> jurisdictions = new LinkedHashMap<>();

    private RulesLoader(String file) {
        this.file = file;
        this.check = new ProblemCollector(file);
    }

    /** Loads the rules shipped with ppcheck. */
    public static RuleSet loadDefault() throws RulesException {
        try (InputStream in = RulesLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default rules are missing from the jar; rebuild it");
            }
            return new RulesLoader("rules.yaml (built in)").load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RulesException(List.of("rules.yaml (built in): " + e.getMessage()));
        }
    }

    /** Loads and validates a rules file. */
    public static RuleSet load(Path path) throws RulesException {
        RulesLoader loader = new RulesLoader(path.toString());
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return loader.load(reader);
        } catch (NoSuchFileException e) {
            throw new RulesException(List.of(path + ": no such rules file; check the --rules path"));
        } catch (IOException e) {
            throw new RulesException(List.of(path + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    private RuleSet load(Reader reader) throws IOException, RulesException {
        YamlNode root;
        try {
            root = YamlNode.parse(reader);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? file : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new RulesException(List.of(where + ": not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("")));
        }
        if (!(root instanceof MapNode top)) {
            throw new RulesException(List.of(check.at(root, "") + "the file must be a mapping with a 'rules' list"));
        }
        check.unknownKeys(top, TOP_KEYS, "");
        Map<String, Integer> grades = grades(top.entries().get("grades"));
        readJurisdictions(top.entries().get("jurisdictions"));
        List<Rule> rules = new ArrayList<>();
        YamlNode rulesNode = top.entries().get("rules");
        if (!(rulesNode instanceof ListNode list) || list.items().isEmpty()) {
            check.problem(rulesNode == null ? top : rulesNode, "rules", "must be a non-empty list of rules");
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < list.items().size(); i++) {
                Rule rule = rule(list.items().get(i), "rules[" + i + "]");
                if (rule != null && !ids.add(rule.id())) {
                    check.problem(list.items().get(i), "rules[" + i + "].id", "duplicate rule id '" + rule.id() + "'");
                }
                if (rule != null) {
                    rules.add(rule);
                }
            }
        }
        if (!check.problems().isEmpty()) {
            throw new RulesException(check.problems());
        }
        return new RuleSet(file, rules, grades);
    }

    private Map<String, Integer> grades(YamlNode node) {
        Map<String, Integer> grades = new LinkedHashMap<>(Map.of("A", 90, "B", 80, "C", 70, "D", 60));
        if (node == null) {
            return grades;
        }
        if (!(node instanceof MapNode map)) {
            check.problem(node, "grades", "must map grade letters to minimum scores, e.g. {A: 90, B: 80}");
            return grades;
        }
        grades.clear();
        map.entries().forEach((grade, value) -> {
            Integer n = check.integer(value, "grades." + grade, 0, 100);
            if (n != null) {
                grades.put(grade, n);
            }
        });
        return grades;
    }

    private void readJurisdictions(YamlNode node) {
        if (node == null) {
            return;
        }
        if (!(node instanceof MapNode map)) {
            check.problem(node, "jurisdictions", "must map list names to lists of country codes");
            return;
        }
        map.entries().forEach((name, value) -> jurisdictions.put(name, places(value, "jurisdictions." + name)));
    }

    private Rule rule(YamlNode node, String path) {
        if (!(node instanceof MapNode map)) {
            check.problem(node, path, "each rule must be a mapping with id, title, type, severity and weight");
            return null;
        }
        String id = check.requiredText(map, "id", path);
        String type = check.requiredText(map, "type", path);
        String title = check.requiredText(map, "title", path);
        Severity severity = severity(map, path);
        Integer weight = map.entries().containsKey("weight") ? check.integer(map.entries().get("weight"), path + ".weight", 0, 1000) : null;
        if (!map.entries().containsKey("weight")) {
            check.problem(map, path, "missing key 'weight'");
        }
        String reference = check.optionalText(map, "reference", path);
        Set<String> allowed = new HashSet<>(COMMON_KEYS);
        if (type != null && !TYPE_KEYS.containsKey(type)) {
            check.problem(map.entries().get("type"), path + ".type", "unknown rule type '" + type + "'" + ProblemCollector.suggest(type, TYPE_KEYS.keySet())
                    + "; known types: " + String.join(", ", TYPE_KEYS.keySet().stream().sorted().toList()));
            return null;
        }
        if (type != null) {
            allowed.addAll(TYPE_KEYS.get(type));
        }
        check.unknownKeys(map, allowed, path + ".");
        Check check = type == null ? null : check(type, map, path, title);
        if (id == null || type == null || title == null || severity == null || weight == null || check == null) {
            return null;
        }
        return new Rule(id, type, title, severity, weight, reference, check);
    }

    private Check check(String type, MapNode map, String path, String title) {
        return switch (type) {
            case "requires-framework" -> {
                List<String> ids = ids(map, "frameworks", path, Vocabulary.frameworks());
                yield ids == null ? null : new Checks.RequiresFramework(ids);
            }
            case "requires-disclosure" -> {
                String id = check.requiredText(map, "disclosure", path);
                if (id != null && !Vocabulary.disclosures().contains(id)) {
                    check.problem(map.entries().get("disclosure"), path + ".disclosure",
                            "unknown disclosure id '" + id + "'" + ProblemCollector.suggest(id, Vocabulary.disclosures()));
                    yield null;
                }
                String describe = check.optionalText(map, "describe", path);
                yield id == null ? null : new Checks.RequiresDisclosure(id, describe != null ? describe : title.toLowerCase());
            }
            case "forbids-location" -> forbidsLocation(map, path);
            case "flags-field" -> {
                List<String> ids = ids(map, "fields", path, Vocabulary.dataFields());
                yield ids == null ? null : new Checks.FlagsField(ids);
            }
            default -> new Checks.RequiresRetentionPeriod();
        };
    }

    private Check forbidsLocation(MapNode map, String path) {
        YamlNode node = map.entries().get("jurisdictions");
        if (node instanceof Scalar s && s.text() != null) {
            if (!jurisdictions.containsKey(s.text())) {
                check.problem(node, path + ".jurisdictions", "no jurisdiction list named '" + s.text() + "'"
                        + ProblemCollector.suggest(s.text(), jurisdictions.keySet()) + "; define it under 'jurisdictions:' or list codes");
                return null;
            }
            return new Checks.ForbidsLocation(s.text(), jurisdictions.get(s.text()));
        }
        if (node instanceof ListNode) {
            return new Checks.ForbidsLocation("forbidden", places(node, path + ".jurisdictions"));
        }
        check.problem(node == null ? map : node, path + ".jurisdictions", "must name a jurisdiction list or list country codes");
        return null;
    }

    private Set<String> places(YamlNode node, String path) {
        Set<String> codes = new LinkedHashSet<>();
        if (!(node instanceof ListNode list)) {
            check.problem(node, path, "must be a list of ISO 3166-1 alpha-2 codes such as [CN, RU]");
            return codes;
        }
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode item = list.items().get(i);
            String code = item instanceof Scalar s ? s.text() : null;
            if (code == null || !Vocabulary.places().contains(code)) {
                check.problem(item, path + "[" + i + "]", "unknown country code '" + code + "'" + ProblemCollector.suggest(String.valueOf(code), Vocabulary.places()));
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    private List<String> ids(MapNode map, String key, String path, List<String> known) {
        YamlNode node = map.entries().get(key);
        if (!(node instanceof ListNode list) || list.items().isEmpty()) {
            check.problem(node == null ? map : node, path + "." + key, node == null ? "missing key '" + key + "'" : "must be a non-empty list");
            return null;
        }
        List<String> ids = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode item = list.items().get(i);
            String id = item instanceof Scalar s ? s.text() : null;
            if (id == null || !known.contains(id)) {
                check.problem(item, path + "." + key + "[" + i + "]", "unknown id '" + id + "'" + ProblemCollector.suggest(String.valueOf(id), known));
                ok = false;
            } else {
                ids.add(id);
            }
        }
        return ok ? ids : null;
    }

    private Severity severity(MapNode map, String path) {
        String text = check.requiredText(map, "severity", path);
        if (text == null) {
            return null;
        }
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            check.problem(map.entries().get("severity"), path + ".severity", "must be one of high, medium, low (not '" + text + "')");
            return null;
        }
    }

}
