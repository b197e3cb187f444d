package org.ppcheck.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ppcheck.util.LocatedYaml;
import org.ppcheck.util.LocatedYaml.ListNode;
import org.ppcheck.util.LocatedYaml.MapNode;
import org.ppcheck.util.LocatedYaml.Scalar;

/**
 * The keys of one rule, of one check in a list of checks, or of one condition, as their reader
 * asks for them. Each getter returns null once it has reported a problem at the key's place, so
 * that a reader can go on and every problem of the file is reported at once.
 */
public final class Params {
    private final MapNode map;
    private final String path;
    private final String title;
    private final ProblemCollector problems;
    private final Places places;

    /**
     * @param path where the mapping is, as messages name it ({@code rules[3]})
     * @param title the title of the rule the mapping belongs to, or null when it has none
     */
    public Params(MapNode map, String path, String title, ProblemCollector problems, Places places) {
        this.map = map;
        this.path = path;
        this.title = title;
        this.problems = problems;
        this.places = places;
    }

    /** The text under a key that must be there. */
    String text(String key) {
        return problems.requiredText(map, key, path);
    }

    /** The text under a key that may be left out; null when it is. */
    String optionalText(String key) {
        return problems.optionalText(map, key, path);
    }

    /** The text of {@code describe:}, else the rule's title in lower case: how messages name what is checked. */
    String description() {
        String describe = optionalText("describe");
        return describe != null || title == null ? describe : title.toLowerCase(Locale.ROOT);
    }

    /** An id or a non-empty list of ids under a key that must be there, each one of {@code known}. */
    List<String> ids(String key, List<String> known) {
        LocatedYaml node = map.entries().get(key);
        if (node == null) {
            problems.problem(map, path + "." + key, "missing key '" + key + "'");
            return null;
        }
        List<LocatedYaml> items = node instanceof ListNode list ? list.items() : node instanceof Scalar ? List.of(node) : List.of();
        if (items.isEmpty()) {
            problems.problem(node, path + "." + key, "must be an id or a non-empty list of ids");
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            LocatedYaml item = items.get(i);
            String id = LocatedYaml.textOf(item);
            if (id == null || !known.contains(id)) {
                problems.problem(item, path + "." + key + (node instanceof ListNode ? "[" + i + "]" : ""),
                        "unknown id '" + id + "'" + ProblemCollector.suggest(String.valueOf(id), known));
            } else {
                ids.add(id);
            }
        }
        return ids.size() == items.size() ? ids : null;
    }

    /** The places under a key: a named jurisdiction list or a list of country codes. */
    Places.Place place(String key) {
        return places.place(map.entries().get(key), map, path + "." + key);
    }

    /** The checks listed under a key: two or more mappings, each with a {@code type} and that type's keys. */
    List<Check> checks(String key) {
        LocatedYaml node = map.entries().get(key);
        if (!(node instanceof ListNode list) || list.items().size() < 2) {
            problems.problem(node == null ? map : node, path + "." + key, "must list two or more checks, each with a 'type'");
            return null;
        }
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            String itemPath = path + "." + key + "[" + i + "]";
            if (list.items().get(i) instanceof MapNode item) {
                checks.add(RuleTypes.read(new Params(item, itemPath, title, problems, places), Set.of("type")));
            } else {
                problems.problem(list.items().get(i), itemPath, "must be a mapping with a 'type'");
                checks.add(null);
            }
        }
        return checks.contains(null) ? null : checks;
    }

    /** A problem with the value of a key. */
    void problem(String key, String message) {
        LocatedYaml node = map.entries().get(key);
        problems.problem(node == null ? map : node, path + "." + key, message);
    }

    /** A problem at each key that is not among {@code allowed}. */
    void unknownKeys(Set<String> allowed) {
        problems.unknownKeys(map, allowed, path + ".");
    }
}
