package org.ppcheck.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.ppcheck.util.LocatedYaml.ListNode;
import org.ppcheck.util.LocatedYaml.MapNode;
import org.ppcheck.util.LocatedYaml.Scalar;
import org.ppcheck.util.LocatedYaml.ScalarType;

/**
 * Binds a {@link LocatedYaml} tree to typed values strictly (an unknown key, a value of the wrong
 * type, a missing key and a regular expression that does not compile are each a problem) and collects
 * every problem of the file as {@code FILE:LINE:COL: path: message}, so that a file is reported on in
 * one go. A read that fails gives null (or an empty list) and the binding goes on; reading a null
 * node (a required key that is missing, which {@link #map} reported) gives null quietly.
 */
public final class YamlBinder {
    private record Problem(int line, int column, String text) { }

    /** What binding a file gave: its value when {@code problems} is empty. */
    public record Result<T>(T value, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    /** {@code file}: the name problems start with, as the user gave it. */
    public YamlBinder(String file) {
        this.file = file;
    }

    /**
     * Parses {@code text} and binds its tree with {@code bind}; the value is kept only when no
     * problem was found, so that a caller never sees a half-bound file.
     */
    public static <T> Result<T> bind(String file, String text, BiFunction<LocatedYaml, YamlBinder, T> bind) {
        YamlBinder binder = new YamlBinder(file);
        LocatedYaml root = LocatedYaml.parse(text, binder);
        T value = root == null ? null : bind.apply(root, binder);
        return new Result<>(binder.problems().isEmpty() ? value : null, binder.problems());
    }

    /**
     * A built-in resource next to {@code anchor}, bound with {@code bind}. A problem in it is a bug in
     * ppcheck's own data, so it stops the program at once with every problem the file has.
     */
    public static <T> T resource(Class<?> anchor, String name, BiFunction<LocatedYaml, YamlBinder, T> bind) {
        String text;
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in data file " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in data file " + name, e);
        }
        Result<T> result = bind(name, text, bind);
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException("built-in data file " + name + " is broken:\n" + String.join("\n", result.problems()));
        }
        return result.value();
    }

    /** Every problem, in the order of the file. */
    public List<String> problems() {
        return problems.stream().sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .map(Problem::text).toList();
    }

    /** Records a problem at a node; {@code path} says where in the file's structure ({@code [3].keys}), "" at the top. */
    public void problem(LocatedYaml at, String path, String message) {
        problem(at.line(), at.column(), path, message);
    }

    /** Records a problem at a line and column. */
    public void problem(int line, int column, String path, String message) {
        problems.add(new Problem(line, column, file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message));
    }

    /**
     * The node as a mapping, or null (a problem) when it is not one. A key outside {@code required}
     * and {@code optional} is a problem, with the nearest allowed key as a suggestion; so is each
     * missing required key.
     */
    public MapNode map(LocatedYaml node, String path, Collection<String> required, Collection<String> optional) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof MapNode map)) {
            problem(node, path, "must be a mapping of " + String.join(", ", required.isEmpty() ? optional : required) + ", ...");
            return null;
        }
        Set<String> allowed = new LinkedHashSet<>(required);
        allowed.addAll(optional);
        map.keys().forEach((key, at) -> {
            if (!allowed.contains(key)) {
                String hint = suggestion(key, allowed);
                problem(at, child(path, key), "unknown key; " + (hint.isEmpty()
                        ? "allowed here: " + String.join(", ", allowed) : hint));
            }
        });
        for (String key : required) {
            if (!map.entries().containsKey(key)) {
                problem(map, path, "missing key '" + key + "'");
            }
        }
        return map;
    }

    /** The node as a list, or null (a problem) when it is not one. */
    public ListNode list(LocatedYaml node, String path) {
        if (node instanceof ListNode list) {
            return list;
        }
        if (node != null) {
            problem(node, path, "must be a list");
        }
        return null;
    }

    /** A non-blank text; a number or a boolean must be quoted to be one ({@code no} unquoted is false). */
    public String text(LocatedYaml node, String path) {
        if (node == null) {
            return null;
        }
        if (node instanceof Scalar s && s.type() == ScalarType.TEXT && !s.text().isBlank()) {
            return s.text();
        }
        if (node instanceof Scalar s && (s.type() == ScalarType.NUMBER || s.type() == ScalarType.BOOLEAN)) {
            problem(node, path, "must be a text; YAML reads " + s.text() + " as a " + s.type().name().toLowerCase()
                    + ", so put it in quotes");
        } else {
            problem(node, path, "must be a non-empty text");
        }
        return null;
    }

    /** A list of texts (each checked as {@link #text}); the texts that are well formed. */
    public List<String> texts(LocatedYaml node, String path) {
        ListNode list = list(node, path);
        List<String> out = new ArrayList<>();
        for (int i = 0; list != null && i < list.items().size(); i++) {
            String s = text(list.items().get(i), index(path, i));
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** A whole number from {@code min} to {@code max}, or null (a problem). */
    public Integer integer(LocatedYaml node, String path, int min, int max) {
        if (node == null) {
            return null;
        }
        if (node instanceof Scalar s && s.type() == ScalarType.NUMBER && s.text().strip().matches("-?\\d{1,9}")) {
            int n = Integer.parseInt(s.text().strip());
            if (n >= min && n <= max) {
                return n;
            }
        }
        problem(node, path, "must be a whole number from " + min + " to " + max);
        return null;
    }

    /** A text that compiles as a regular expression with {@code flags}; the text, or null (a problem). */
    public String regex(LocatedYaml node, String path, int flags) {
        String s = text(node, path);
        if (s != null && compileProblem(s, flags) != null) {
            problem(node, path, "not a valid regular expression: " + compileProblem(s, flags));
            return null;
        }
        return s;
    }

    /** Why {@code regex} does not compile with {@code flags}, on one line; null when it compiles. */
    public static String compileProblem(String regex, int flags) {
        try {
            Pattern.compile(regex, flags);
            return null;
        } catch (PatternSyntaxException e) {
            return e.getDescription() + (e.getIndex() >= 0 ? " near index " + e.getIndex() : "");
        }
    }

    /** The path of a key below {@code path}: {@code [3].patterns}, or {@code patterns} at the top. */
    public static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The path of a list item: {@code [3]}, {@code patterns[3]}. */
    public static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** "did you mean 'x'?" when a known name of four or more letters is within a few edits, else "". */
    public static String suggestion(String given, Collection<String> known) {
        if (given.length() < 4) {
            return "";
        }
        String lower = given.toLowerCase(java.util.Locale.ROOT);
        return known.stream()
                .min(Comparator.comparingInt(k -> distance(lower, k.toLowerCase(java.util.Locale.ROOT))))
                .filter(k -> distance(lower, k.toLowerCase(java.util.Locale.ROOT)) <= Math.max(2, given.length() / 4))
                .map(k -> "did you mean '" + k + "'?").orElse("");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
