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
import java.util.EnumMap;
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
 * reported at once as {@code FILE:LINE:COL: path: message}; unknown keys, ids, profiles and
 * countries are errors, with a suggestion when a known name is close. A file that says
 * {@code extends: default} starts from the built-in rules: its rules add to them, and an entry
 * with the id of a built-in rule and no {@code type} changes that rule's severity, weight,
 * profiles or cap, or switches it off ({@code enabled: false}).
 */
public final class RulesLoader {
    /** The rules that ship with ppcheck: a copy of the repository's rules.yaml inside the jar. */
    public static final String DEFAULT_RESOURCE = "/org/ppcheck/rules/rules.yaml";

    private static final Set<String> TOP_KEYS = Set.of("version", "extends", "grades", "scoring", "profiles",
            "default-profiles", "jurisdictions", "rules");
    private static final Set<String> COMMON_KEYS = Set.of("id", "title", "type", "severity", "weight", "reference",
            "why", "fix", "profiles", "when", "cap", "enabled");
    private static final Set<String> OVERRIDE_KEYS = Set.of("id", "severity", "weight", "profiles", "cap", "enabled");
    /** Every rule type with the keys of its own. */
    static final Map<String, Set<String>> TYPE_KEYS = Map.of(
            "requires-framework", Set.of("frameworks"),
            "flags-framework", Set.of("frameworks", "reason"),
            "requires-disclosure", Set.of("disclosure", "describe"),
            "requires-recipient", Set.of("recipients", "describe"),
            "forbids-location", Set.of("jurisdictions"),
            "flags-field", Set.of("fields"),
            "requires-retention-period", Set.of(),
            "max-retention", Set.of("max"),
            "requires-any", Set.of("of"),
            "requires-all", Set.of("of"));

    private final String file;
    private final ProblemCollector check;
    private final RuleSet base;
    private final Map<String, Set<String>> jurisdictions = new LinkedHashMap<>();
    private final Map<String, String> profiles = new LinkedHashMap<>();

    private RulesLoader(String file, RuleSet base) {
        this.file = file;
        this.check = new ProblemCollector(file);
        this.base = base;
        if (base != null) {
            jurisdictions.putAll(base.jurisdictions());
            profiles.putAll(base.profiles());
        }
    }

    /** Loads the rules shipped with ppcheck. */
    public static RuleSet loadDefault() throws RulesException {
        try (InputStream in = RulesLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default rules are missing from the jar; rebuild it");
            }
            String file = "rules.yaml (built in)";
            return new RulesLoader(file, null).load(parse(file, new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new RulesException(List.of("rules.yaml (built in): " + e.getMessage()));
        }
    }

    /** Loads and validates a rules file. */
    public static RuleSet load(Path path) throws RulesException {
        YamlNode root;
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            root = parse(path.toString(), reader);
        } catch (NoSuchFileException e) {
            throw new RulesException(List.of(path + ": no such rules file; check the --rules path"));
        } catch (IOException e) {
            throw new RulesException(List.of(path + ": cannot be read (" + e.getMessage() + ")"));
        }
        boolean extendsDefault = root instanceof MapNode top && isDefault(top.entries().get("extends"));
        return new RulesLoader(path.toString(), extendsDefault ? loadDefault() : null).load(root);
    }

    /** Whether the value of {@code extends:} names the built-in rules. */
    private static boolean isDefault(YamlNode extendsValue) {
        return extendsValue instanceof Scalar s && "default".equals(s.text());
    }

    /** The YAML tree of a rules file; YAML that cannot be parsed is a problem at its line and column. */
    private static YamlNode parse(String file, Reader reader) throws IOException, RulesException {
        try {
            return YamlNode.parse(reader);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? file : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new RulesException(List.of(where + ": not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("")));
        }
    }

    private RuleSet load(YamlNode root) throws RulesException {
        if (!(root instanceof MapNode top)) {
            throw new RulesException(List.of(check.at(root, "") + "the file must be a mapping with a 'rules' list"));
        }
        check.unknownKeys(top, TOP_KEYS, "");
        YamlNode ext = top.entries().get("extends");
        if (ext != null && !isDefault(ext)) {
            check.problem(ext, "extends", "the only file a rules file can extend is 'default' (the built-in rules)");
        }
        Map<String, Integer> grades = grades(top.entries().get("grades"));
        Map<Severity, Integer> factors = scoring(top.entries().get("scoring"));
        readProfiles(top.entries().get("profiles"));
        List<String> defaultProfiles = defaultProfiles(top.entries().get("default-profiles"));
        readJurisdictions(top.entries().get("jurisdictions"));
        List<Rule> rules = rules(top, grades);
        if (!check.problems().isEmpty()) {
            throw new RulesException(check.problems());
        }
        return new RuleSet(file, rules, grades, profiles, defaultProfiles, factors, jurisdictions, List.of());
    }

    private List<Rule> rules(MapNode top, Map<String, Integer> grades) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        if (base != null) {
            base.rules().forEach(r -> rules.put(r.id(), r));
        }
        YamlNode rulesNode = top.entries().get("rules");
        if (!(rulesNode instanceof ListNode list) || list.items().isEmpty()) {
            if (base == null || rulesNode != null) {
                check.problem(rulesNode == null ? top : rulesNode, "rules", "must be a non-empty list of rules");
            }
            return new ArrayList<>(rules.values());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode item = list.items().get(i);
            String path = "rules[" + i + "]";
            if (!(item instanceof MapNode map)) {
                check.problem(item, path, "each rule must be a mapping with id, title, type, severity and weight");
                continue;
            }
            String id = check.requiredText(map, "id", path);
            if (id != null && !seen.add(id)) {
                check.problem(map, path + ".id", "duplicate rule id '" + id + "'");
                continue;
            }
            boolean enabled = enabled(map, path);
            if (id != null && base != null && base.rule(id) != null && !map.entries().containsKey("type")) {
                Rule changed = override(base.rule(id), map, path, grades);
                if (!enabled) {
                    rules.remove(id);
                } else if (changed != null) {
                    rules.put(id, changed);
                }
                continue;
            }
            if (id != null && base != null && !map.entries().containsKey("type")) {
                check.problem(map, path, "no built-in rule '" + id + "' to change"
                        + ProblemCollector.suggest(id, base.rules().stream().map(Rule::id).toList())
                        + "; give a 'type' to define a new rule");
                continue;
            }
            Rule rule = rule(map, path, grades);
            if (rule != null && enabled) {
                rules.put(rule.id(), rule);
            } else if (rule != null) {
                rules.remove(rule.id());
            }
        }
        return new ArrayList<>(rules.values());
    }

    private boolean enabled(MapNode map, String path) {
        YamlNode node = map.entries().get("enabled");
        if (node == null) {
            return true;
        }
        if (node instanceof Scalar s && ("true".equals(s.text()) || "false".equals(s.text()))) {
            return Boolean.parseBoolean(s.text());
        }
        check.problem(node, path + ".enabled", "must be true or false");
        return true;
    }

    /** A built-in rule changed by an entry of a file that extends the default rules. */
    private Rule override(Rule original, MapNode map, String path, Map<String, Integer> grades) {
        check.unknownKeys(map, OVERRIDE_KEYS, path + ".");
        Severity severity = map.entries().containsKey("severity") ? severity(map, path) : original.severity();
        Integer weight = map.entries().containsKey("weight") ? check.integer(map.entries().get("weight"), path + ".weight", 0, 1000) : original.weight();
        List<String> ruleProfiles = map.entries().containsKey("profiles") ? ruleProfiles(map, path) : original.profiles();
        String cap = map.entries().containsKey("cap") ? cap(map, path, grades) : original.cap();
        if (severity == null || weight == null || ruleProfiles == null) {
            return null;
        }
        return original.with(severity, weight, ruleProfiles, cap);
    }

    private Map<String, Integer> grades(YamlNode node) {
        if (node == null) {
            return base != null ? base.grades() : new LinkedHashMap<>(Map.of("A", 90, "B", 80, "C", 70, "D", 60));
        }
        Map<String, Integer> grades = new LinkedHashMap<>();
        if (!(node instanceof MapNode map)) {
            check.problem(node, "grades", "must map grade letters to minimum scores, e.g. {A: 90, B: 80}");
            return grades;
        }
        map.entries().forEach((grade, value) -> {
            Integer n = check.integer(value, "grades." + grade, 0, 100);
            if (grade.equals("F")) {
                check.problem(value, "grades.F", "F is the grade below every threshold and takes none");
            } else if (n != null) {
                grades.put(grade, n);
            }
        });
        return grades;
    }

    private Map<Severity, Integer> scoring(YamlNode node) {
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
            check.problem(node, "scoring", "must be a mapping with 'severity-factors'");
            return factors;
        }
        check.unknownKeys(map, Set.of("severity-factors"), "scoring.");
        YamlNode f = map.entries().get("severity-factors");
        if (!(f instanceof MapNode fm)) {
            check.problem(f == null ? map : f, "scoring.severity-factors", "must map high, medium and low to whole numbers, e.g. {high: 3, medium: 2, low: 1}");
            return factors;
        }
        check.unknownKeys(fm, Set.of("high", "medium", "low"), "scoring.severity-factors.");
        for (Severity s : Severity.values()) {
            YamlNode v = fm.entries().get(s.label());
            Integer n = v == null ? null : check.integer(v, "scoring.severity-factors." + s.label(), 0, 100);
            if (v == null) {
                check.problem(fm, "scoring.severity-factors", "missing key '" + s.label() + "'");
            } else if (n != null) {
                factors.put(s, n);
            }
        }
        return factors;
    }

    private void readProfiles(YamlNode node) {
        if (node == null) {
            return;
        }
        if (!(node instanceof MapNode map)) {
            check.problem(node, "profiles", "must map profile names to a one-line description");
            return;
        }
        map.entries().forEach((name, value) -> {
            String description = check.text(value, "profiles." + name);
            if (name.equals(RuleSet.ALL)) {
                check.problem(value, "profiles." + name, "'" + RuleSet.ALL + "' is reserved: --profile all selects every rule");
            } else if (description != null) {
                profiles.put(name, description);
            }
        });
    }

    private List<String> defaultProfiles(YamlNode node) {
        if (node == null) {
            return base != null ? base.defaultProfiles() : List.of();
        }
        List<String> names = knownProfiles(node, "default-profiles");
        return names == null ? List.of() : names;
    }

    private List<String> ruleProfiles(MapNode map, String path) {
        YamlNode node = map.entries().get("profiles");
        return node == null ? List.of() : knownProfiles(node, path + ".profiles");
    }

    private List<String> knownProfiles(YamlNode node, String path) {
        if (!(node instanceof ListNode list)) {
            check.problem(node, path, "must be a list of profile names such as [gdpr, vendor-risk]");
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode item = list.items().get(i);
            String name = item instanceof Scalar s ? s.text() : null;
            if (name == null || !profiles.containsKey(name)) {
                check.problem(item, path + "[" + i + "]", "unknown profile '" + name + "'" + ProblemCollector.suggest(String.valueOf(name), profiles.keySet())
                        + "; declare it under 'profiles:'");
            } else {
                names.add(name);
            }
        }
        return names;
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

    private Rule rule(MapNode map, String path, Map<String, Integer> grades) {
        String id = check.requiredText(map, "id", path);
        String type = check.requiredText(map, "type", path);
        String title = check.requiredText(map, "title", path);
        Severity severity = severity(map, path);
        Integer weight = map.entries().containsKey("weight") ? check.integer(map.entries().get("weight"), path + ".weight", 0, 1000) : null;
        if (!map.entries().containsKey("weight")) {
            check.problem(map, path, "missing key 'weight'");
        }
        String reference = check.optionalText(map, "reference", path);
        String why = check.optionalText(map, "why", path);
        String fix = check.optionalText(map, "fix", path);
        List<String> ruleProfiles = ruleProfiles(map, path);
        Condition when = map.entries().containsKey("when") ? condition(map.entries().get("when"), path + ".when") : null;
        String cap = map.entries().containsKey("cap") ? cap(map, path, grades) : null;
        if (type != null && !TYPE_KEYS.containsKey(type)) {
            unknownType(map.entries().get("type"), path, type);
            return null;
        }
        Set<String> allowed = new HashSet<>(COMMON_KEYS);
        if (type != null) {
            allowed.addAll(TYPE_KEYS.get(type));
        }
        check.unknownKeys(map, allowed, path + ".");
        Check c = type == null ? null : check(type, map, path, title);
        if (id == null || type == null || title == null || severity == null || weight == null || c == null || ruleProfiles == null
                || map.entries().containsKey("when") && when == null) {
            return null;
        }
        return new Rule(id, type, title, severity, weight, reference, why, fix, ruleProfiles, when, cap, c);
    }

    private void unknownType(YamlNode node, String path, String type) {
        check.problem(node, path + ".type", "unknown rule type '" + type + "'" + ProblemCollector.suggest(type, TYPE_KEYS.keySet())
                + "; known types: " + String.join(", ", TYPE_KEYS.keySet().stream().sorted().toList()));
    }

    private String cap(MapNode map, String path, Map<String, Integer> grades) {
        String cap = check.text(map.entries().get("cap"), path + ".cap");
        if (cap != null && !cap.equals("F") && !grades.containsKey(cap)) {
            check.problem(map.entries().get("cap"), path + ".cap", "'" + cap + "' is not a grade; use one of "
                    + String.join(", ", grades.keySet().stream().sorted().toList()) + ", F");
            return null;
        }
        return cap;
    }

    private Check check(String type, MapNode map, String path, String title) {
        return switch (type) {
            case "requires-framework" -> {
                List<String> ids = ids(map, "frameworks", path, Vocabulary.frameworks());
                yield ids == null ? null : new Checks.RequiresFramework(ids);
            }
            case "flags-framework" -> {
                List<String> ids = ids(map, "frameworks", path, Vocabulary.frameworks());
                yield ids == null ? null : new Checks.FlagsFramework(ids, check.optionalText(map, "reason", path));
            }
            case "requires-disclosure" -> {
                String id = check.requiredText(map, "disclosure", path);
                if (id != null && !Vocabulary.disclosures().contains(id)) {
                    check.problem(map.entries().get("disclosure"), path + ".disclosure",
                            "unknown disclosure id '" + id + "'" + ProblemCollector.suggest(id, Vocabulary.disclosures()));
                    yield null;
                }
                yield id == null ? null : new Checks.RequiresDisclosure(id, describe(map, path, title));
            }
            case "requires-recipient" -> {
                List<String> ids = ids(map, "recipients", path, Vocabulary.recipients());
                yield ids == null ? null : new Checks.RequiresRecipient(ids, describe(map, path, title));
            }
            case "forbids-location" -> {
                Place place = place(map.entries().get("jurisdictions"), map, path + ".jurisdictions");
                yield place == null ? null : new Checks.ForbidsLocation(place.name(), place.codes());
            }
            case "flags-field" -> {
                List<String> ids = ids(map, "fields", path, Vocabulary.dataFields());
                yield ids == null ? null : new Checks.FlagsField(ids);
            }
            case "max-retention" -> {
                String max = check.requiredText(map, "max", path);
                if (max != null && !Checks.MaxRetention.DURATION.matcher(max).matches()) {
                    check.problem(map.entries().get("max"), path + ".max", "must be an ISO-8601 duration such as P30D, P6M, P2Y or PT48H");
                    yield null;
                }
                yield max == null ? null : new Checks.MaxRetention(max);
            }
            case "requires-any", "requires-all" -> {
                List<Check> of = subChecks(map, path, title);
                yield of == null ? null : type.equals("requires-any") ? new Checks.RequiresAny(of) : new Checks.RequiresAll(of);
            }
            default -> new Checks.RequiresRetentionPeriod();
        };
    }

    private String describe(MapNode map, String path, String title) {
        String describe = check.optionalText(map, "describe", path);
        return describe != null ? describe : title.toLowerCase(java.util.Locale.ROOT);
    }

    /** The checks listed under {@code of:}, each a mapping with a {@code type} and that type's keys. */
    private List<Check> subChecks(MapNode map, String path, String title) {
        YamlNode node = map.entries().get("of");
        if (!(node instanceof ListNode list) || list.items().size() < 2) {
            check.problem(node == null ? map : node, path + ".of", "must list two or more checks, each with a 'type'");
            return null;
        }
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            String itemPath = path + ".of[" + i + "]";
            if (!(list.items().get(i) instanceof MapNode item)) {
                check.problem(list.items().get(i), itemPath, "must be a mapping with a 'type'");
                continue;
            }
            String type = check.requiredText(item, "type", itemPath);
            if (type != null && !TYPE_KEYS.containsKey(type)) {
                unknownType(item.entries().get("type"), itemPath, type);
                continue;
            }
            if (type != null) {
                Set<String> allowed = new HashSet<>(TYPE_KEYS.get(type));
                allowed.add("type");
                check.unknownKeys(item, allowed, itemPath + ".");
                Check c = check(type, item, itemPath, title);
                if (c != null) {
                    checks.add(c);
                }
            }
        }
        return checks.size() == list.items().size() ? checks : null;
    }

    /** A {@code when:} condition: a mapping with exactly one key of {@link Condition#KEYS}. */
    private Condition condition(YamlNode node, String path) {
        if (!(node instanceof MapNode map) || map.entries().size() != 1) {
            check.problem(node, path, "must be a mapping with one key: " + String.join(", ", Condition.KEYS));
            return null;
        }
        String key = map.entries().keySet().iterator().next();
        YamlNode value = map.entries().get(key);
        String at = path + "." + key;
        return switch (key) {
            case "framework" -> {
                List<String> ids = idList(value, at, Vocabulary.frameworks());
                yield ids == null ? null : new Condition.NamesFramework(ids);
            }
            case "field" -> {
                List<String> ids = idList(value, at, Vocabulary.dataFields());
                yield ids == null ? null : new Condition.CollectsField(ids);
            }
            case "recipient" -> {
                List<String> ids = idList(value, at, Vocabulary.recipients());
                yield ids == null ? null : new Condition.SharesWith(ids);
            }
            case "disclosure" -> {
                List<String> ids = idList(value, at, Vocabulary.disclosures());
                yield ids == null ? null : new Condition.Discloses(ids);
            }
            case "location", "location-outside" -> {
                Place place = place(value, map, at);
                yield place == null ? null : key.equals("location") ? new Condition.DataIn(place.name(), place.codes())
                        : new Condition.DataOutside(place.name(), place.codes());
            }
            case "any", "all" -> {
                if (!(value instanceof ListNode list) || list.items().isEmpty()) {
                    check.problem(value, at, "must be a list of conditions");
                    yield null;
                }
                List<Condition> of = new ArrayList<>();
                for (int i = 0; i < list.items().size(); i++) {
                    of.add(condition(list.items().get(i), at + "[" + i + "]"));
                }
                if (of.contains(null)) {
                    yield null;
                }
                yield key.equals("any") ? new Condition.Any(of) : new Condition.All(of);
            }
            case "not" -> {
                Condition inner = condition(value, at);
                yield inner == null ? null : new Condition.Not(inner);
            }
            default -> {
                int[] pos = map.keyPositions().get(key);
                check.problem(new Scalar(key, pos[0], pos[1]), at, "unknown condition" + ProblemCollector.suggest(key, Condition.KEYS)
                        + "; known conditions: " + String.join(", ", Condition.KEYS));
                yield null;
            }
        };
    }

    private record Place(String name, Set<String> codes) { }

    /** A named jurisdiction list, or a list of country codes. */
    private Place place(YamlNode node, MapNode parent, String path) {
        if (node instanceof Scalar s && s.text() != null) {
            if (!jurisdictions.containsKey(s.text())) {
                check.problem(node, path, "no jurisdiction list named '" + s.text() + "'"
                        + ProblemCollector.suggest(s.text(), jurisdictions.keySet()) + "; define it under 'jurisdictions:' or list codes");
                return null;
            }
            return new Place(s.text(), jurisdictions.get(s.text()));
        }
        if (node instanceof ListNode) {
            Set<String> codes = places(node, path);
            return new Place(String.join("/", codes), codes);
        }
        check.problem(node == null ? parent : node, path, "must name a jurisdiction list or list country codes");
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
        if (node == null) {
            check.problem(map, path + "." + key, "missing key '" + key + "'");
            return null;
        }
        return idList(node, path + "." + key, known);
    }

    /** A non-empty list of known ids; a single id is taken as a list of one. */
    private List<String> idList(YamlNode node, String path, List<String> known) {
        List<YamlNode> items = node instanceof ListNode list ? list.items() : node instanceof Scalar ? List.of(node) : List.of();
        if (items.isEmpty()) {
            check.problem(node, path, "must be an id or a non-empty list of ids");
            return null;
        }
        List<String> ids = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            String id = item instanceof Scalar s ? s.text() : null;
            if (id == null || !known.contains(id)) {
                check.problem(item, node instanceof ListNode ? path + "[" + i + "]" : path,
                        "unknown id '" + id + "'" + ProblemCollector.suggest(String.valueOf(id), known));
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
