package org.ppcheck.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.ppcheck.facts.Vocabulary;
import org.ppcheck.util.LocatedYaml;
import org.ppcheck.util.LocatedYaml.ListNode;
import org.ppcheck.util.LocatedYaml.MapNode;

/** Reads a rule's {@code when:}: a mapping with exactly one key of {@link Condition#KEYS}. */
final class ConditionReader {
    private final ProblemCollector problems;
    private final Places places;

    /** Reads conditions against the file's jurisdiction lists, collecting problems. */
    ConditionReader(ProblemCollector problems, Places places) {
        this.problems = problems;
        this.places = places;
    }

    /** The condition, or null after a problem. */
    Condition read(LocatedYaml node, String path) {
        if (!(node instanceof MapNode map) || map.entries().size() != 1) {
            problems.problem(node, path, "must be a mapping with one key: " + String.join(", ", Condition.KEYS));
            return null;
        }
        String key = map.entries().keySet().iterator().next();
        LocatedYaml value = map.entries().get(key);
        String at = path + "." + key;
        Params params = new Params(map, path, null, problems, places);
        return switch (key) {
            case "framework" -> {
                List<String> ids = params.ids(key, Vocabulary.frameworks());
                yield ids == null ? null : new Condition.NamesFramework(ids);
            }
            case "field" -> {
                List<String> ids = params.ids(key, Vocabulary.dataFields());
                yield ids == null ? null : new Condition.CollectsField(ids);
            }
            case "recipient" -> {
                List<String> ids = params.ids(key, Vocabulary.recipients());
                yield ids == null ? null : new Condition.SharesWith(ids);
            }
            case "disclosure" -> {
                List<String> ids = params.ids(key, Vocabulary.disclosures());
                yield ids == null ? null : new Condition.Discloses(ids);
            }
            case "location", "location-outside" -> {
                Places.Place place = params.place(key);
                yield place == null ? null : key.equals("location") ? new Condition.DataIn(place) : new Condition.DataOutside(place);
            }
            case "any", "all" -> {
                List<Condition> of = list(value, at);
                yield of == null ? null : key.equals("any") ? new Condition.Any(of) : new Condition.All(of);
            }
            case "not" -> {
                Condition inner = read(value, at);
                yield inner == null ? null : new Condition.Not(inner);
            }
            default -> {
                problems.problemAtKey(map, key, at, "unknown condition" + ProblemCollector.suggest(key, Condition.KEYS)
                        + "; known conditions: " + String.join(", ", Condition.KEYS));
                yield null;
            }
        };
    }

    private List<Condition> list(LocatedYaml value, String path) {
        if (!(value instanceof ListNode list) || list.items().isEmpty()) {
            problems.problem(value, path, "must be a list of conditions");
            return null;
        }
        List<Condition> of = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            of.add(read(list.items().get(i), path + "[" + i + "]"));
        }
        return of.contains(null) ? null : of;
    }
}
