package org.ppcheck.rules.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.ppcheck.rules.internal.YamlNode.MapNode;
import org.ppcheck.rules.internal.YamlNode.Scalar;
import org.ppcheck.util.YamlBinder;

/**
 * Reads typed values out of a located YAML tree and collects every problem as
 * {@code FILE:LINE:COL: path: message}, so that a rules file is reported on in one go.
 */
public final class ProblemCollector {
    private record Problem(int line, int column, String text) { }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    /** Collects the problems of the named file. */
    public ProblemCollector(String file) {
        this.file = file;
    }

    /** Every problem, in the order of the file. */
    public List<String> problems() {
        return problems.stream().sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .map(Problem::text).toList();
    }

    /** The whole number of the node, or null after a problem when it is none or out of range. */
    public Integer integer(YamlNode node, String path, int min, int max) {
        if (node instanceof Scalar s && s.text() != null && s.text().strip().matches("\\d{1,6}")) {
            int n = Integer.parseInt(s.text().strip());
            if (n >= min && n <= max) {
                return n;
            }
        }
        problem(node, path, "must be a whole number from " + min + " to " + max);
        return null;
    }

    /** The text under the key, or null after a problem when the key is missing or not a text. */
    public String requiredText(MapNode map, String key, String path) {
        YamlNode node = map.entries().get(key);
        if (node == null) {
            problem(map, path, "missing key '" + key + "'");
            return null;
        }
        return text(node, path + "." + key);
    }

    /** The text under the key, null when the key is absent, or null after a problem when it is not a text. */
    public String optionalText(MapNode map, String key, String path) {
        YamlNode node = map.entries().get(key);
        return node == null ? null : text(node, path + "." + key);
    }

    /** The node's text, or null after a problem when it is not a non-empty scalar. */
    public String text(YamlNode node, String path) {
        if (node instanceof Scalar s && s.text() != null && !s.text().isBlank()) {
            return s.text();
        }
        problem(node, path, "must be a non-empty text");
        return null;
    }

    /** A problem at each key of the mapping that is not allowed, with a suggestion and the allowed keys. */
    public void unknownKeys(MapNode map, Set<String> allowed, String prefix) {
        map.entries().keySet().stream().filter(k -> !allowed.contains(k)).forEach(k -> {
            int[] pos = map.keyPositions().get(k);
            problems.add(new Problem(pos[0], pos[1], file + ":" + pos[0] + ":" + pos[1] + ": " + prefix + k + ": unknown key"
                    + suggest(k, allowed) + "; allowed here: " + String.join(", ", allowed.stream().sorted().toList())));
        });
    }

    /** A problem at the node. */
    public void problem(YamlNode node, String path, String message) {
        problems.add(new Problem(node.line(), node.column(), at(node, path) + message));
    }

    /** A problem at a key of the mapping rather than at its value. */
    public void problemAtKey(MapNode map, String key, String path, String message) {
        int[] pos = map.keyPositions().get(key);
        problem(new Scalar(key, pos[0], pos[1]), path, message);
    }

    /** {@code FILE:LINE:COL: path: }, the start of a message about the node. */
    public String at(YamlNode node, String path) {
        return file + ":" + node.line() + ":" + node.column() + ": " + (path.isEmpty() ? "" : path + ": ");
    }

    /** " (did you mean 'x'?)" when a known name of four or more letters is within a few edits, else "". */
    public static String suggest(String given, java.util.Collection<String> known) {
        String suggestion = YamlBinder.suggestion(given, known);
        return suggestion.isEmpty() ? "" : " (" + suggestion + ")";
    }
}
