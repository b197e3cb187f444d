package org.ppcheck.rules.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.ppcheck.util.LocatedYaml;
import org.ppcheck.util.LocatedYaml.MapNode;
import org.ppcheck.util.YamlBinder;

/**
 * Reads typed values out of a located YAML tree and collects every problem as
 * {@code FILE:LINE:COL: path: message}, so that a rules file is reported on in one go. The problems
 * are kept by a {@link YamlBinder}, which the data files use too; the values are read the rules
 * file's own way (a rule's id may be an unquoted number, a weight a quoted one).
 */
public final class ProblemCollector {
    private final YamlBinder binder;

    /** Collects the problems of the named file. */
    public ProblemCollector(String file) {
        this.binder = new YamlBinder(file);
    }

    /** Where the parse of the file reports each key given twice ({@link LocatedYaml#read}). */
    public YamlBinder binder() {
        return binder;
    }

    /** Every problem, in the order of the file. */
    public List<String> problems() {
        return binder.problems();
    }

    /** The whole number of the node, or null after a problem when it is none or out of range. */
    public Integer integer(LocatedYaml node, String path, int min, int max) {
        String text = LocatedYaml.textOf(node);
        if (text != null && text.strip().matches("\\d{1,6}")) {
            int n = Integer.parseInt(text.strip());
            if (n >= min && n <= max) {
                return n;
            }
        }
        problem(node, path, "must be a whole number from " + min + " to " + max);
        return null;
    }

    /** The text under the key, or null after a problem when the key is missing or not a text. */
    public String requiredText(MapNode map, String key, String path) {
        LocatedYaml node = map.entries().get(key);
        if (node == null) {
            problem(map, path, "missing key '" + key + "'");
            return null;
        }
        return text(node, path + "." + key);
    }

    /** The text under the key, null when the key is absent, or null after a problem when it is not a text. */
    public String optionalText(MapNode map, String key, String path) {
        LocatedYaml node = map.entries().get(key);
        return node == null ? null : text(node, path + "." + key);
    }

    /** The node's text, or null after a problem when it is not a non-empty scalar. */
    public String text(LocatedYaml node, String path) {
        String text = LocatedYaml.textOf(node);
        if (text != null && !text.isBlank()) {
            return text;
        }
        problem(node, path, "must be a non-empty text");
        return null;
    }

    /** A problem at each key of the mapping that is not allowed, with a suggestion and the allowed keys. */
    public void unknownKeys(MapNode map, Set<String> allowed, String prefix) {
        map.keys().forEach((key, at) -> {
            if (!allowed.contains(key)) {
                problem(at, prefix + key, "unknown key" + suggest(key, allowed) + "; allowed here: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        });
    }

    /** A problem at the node. */
    public void problem(LocatedYaml node, String path, String message) {
        binder.problem(node, path, message);
    }

    /** A problem at a key of the mapping rather than at its value. */
    public void problemAtKey(MapNode map, String key, String path, String message) {
        problem(map.keys().get(key), path, message);
    }

    /** " (did you mean 'x'?)" when a known name of four or more letters is within a few edits, else "". */
    public static String suggest(String given, Collection<String> known) {
        String suggestion = YamlBinder.suggestion(given, known);
        return suggestion.isEmpty() ? "" : " (" + suggestion + ")";
    }
}
