package org.ppcheck.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ppcheck.util.LocatedYaml;
import org.ppcheck.util.LocatedYaml.ListNode;
import org.ppcheck.util.LocatedYaml.MapNode;
import org.ppcheck.util.LocatedYaml.Scalar;
import org.ppcheck.util.YamlBinder;

/**
 * A lexicon file ({@code frameworks.yaml}, ...: a list of entries, each with an {@code id}) or a cue
 * file ({@code cues.yaml}, {@code place-roles.yaml}: cue list names mapped to cue lists), bound key by
 * key and compiled. Which keys an entry may have depends on the code that reads it ({@link Shape}),
 * so that a key nothing would read is an error instead of a silent no-op.
 */
final class LexiconFile {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final List<String> PLAIN = List.of("terms", "patterns", "keys");
    private static final List<String> CONTEXT = List.of("context", "contextKeys", "contextPatterns");
    private static final List<String> HEADINGS = List.of("headings", "contextHeadings");
    /** The keys kept on an entry for other code to read ({@link Lexicon.Entry#extra()}). */
    private static final Set<String> EXTRA = Set.of("context", "contextKeys", "contextPatterns", "headings", "contextHeadings");

    /** What an entry may hold, by what reads it. */
    enum Shape {
        /** Places: found by their patterns alone, so an {@code unless} or {@code only} would be ignored. */
        PLACES(cat(List.of("source"), PLAIN), List.of("keys")),
        /** Frameworks, data fields, recipients: also tests on the sentence and a context. */
        FACTS(cat(List.of("source"), PLAIN, List.of("unless"), CONTEXT), List.of("keys", "unless", "only")),
        /** Disclosures: also patterns for headings. */
        DISCLOSURES(cat(List.of("source"), PLAIN, List.of("unless"), CONTEXT, HEADINGS), List.of("keys", "unless", "only")),
        /** Cue lists, which are also matched as one pattern on a text, where a test on the sentence would be ignored. */
        CUES(PLAIN, List.of("keys"));

        private final List<String> entryKeys;
        private final List<String> patternKeys;

        Shape(List<String> entryKeys, List<String> patternKeys) {
            this.entryKeys = entryKeys;
            this.patternKeys = patternKeys;
        }
    }

    /** A pattern as written: a plain regex ({@code keys} null: its leading words key it) or a mapping with its own keys and tests. */
    record PatternSpec(String regex, List<String> keys, String unless, String only) { }

    /**
     * An entry as written. {@code unless}: a test for every part; {@code extra}: the keys other code
     * reads ({@code context}, {@code headings}, ...) in file order; {@code at} and {@code path}: where it is.
     */
    record EntrySpec(String id, List<String> terms, List<PatternSpec> patterns, List<String> keys, String unless,
                     Map<String, Object> extra, LocatedYaml at, String path) { }

    private LexiconFile() {
    }

    /** A built-in lexicon, checked as {@link DataFiles#validate} checks it. */
    static List<Lexicon.Entry> builtIn(DataFiles.Kind kind, Set<String> cueNames) {
        return YamlBinder.resource(Lexicon.class, kind.fileName(), (root, b) -> lexicon(root, b, kind.shape(), cueNames));
    }

    /** A built-in cue file, checked as {@link DataFiles#validate} checks it. */
    static Map<String, Lexicon.Entry> builtInCues(DataFiles.Kind kind) {
        return YamlBinder.resource(Lexicon.class, kind.fileName(), LexiconFile::cueLists);
    }

    /** A lexicon's compiled entries; a {@code context} must name a pair of lists of {@code cueNames}. */
    static List<Lexicon.Entry> lexicon(LocatedYaml root, YamlBinder b, Shape shape, Set<String> cueNames) {
        ListNode list = root instanceof ListNode l ? l : null;
        if (list == null) {
            b.problem(root, "", "must be a list of entries, each with an id");
            return List.of();
        }
        List<EntrySpec> specs = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < list.items().size(); i++) {
            String path = YamlBinder.index("", i);
            MapNode map = b.map(list.items().get(i), path, List.of("id"), shape.entryKeys);
            if (map == null) {
                continue;
            }
            LocatedYaml idNode = map.entries().get("id");
            String id = idNode == null ? null : b.text(idNode, YamlBinder.child(path, "id"));
            if (id != null && firstLine.putIfAbsent(id, idNode.line()) != null) {
                b.problem(idNode, YamlBinder.child(path, "id"), "'" + id + "' is given twice (first at line "
                        + firstLine.get(id) + "); an id names one entry");
            }
            specs.add(entry(map, id, path, shape, cueNames, b));
        }
        return compiled(specs, b);
    }

    /** A cue file's compiled cue lists, by name in file order. */
    static Map<String, Lexicon.Entry> cueLists(LocatedYaml root, YamlBinder b) {
        if (!(root instanceof MapNode map)) {
            b.problem(root, "", "must be a mapping of cue list names to cue lists");
            return Map.of();
        }
        List<EntrySpec> specs = new ArrayList<>();
        map.entries().forEach((name, node) -> {
            MapNode cue = b.map(node, name, List.of(), Shape.CUES.entryKeys);
            if (cue != null) {
                specs.add(entry(cue, name, name, Shape.CUES, null, b));
            }
        });
        Map<String, Lexicon.Entry> cues = new LinkedHashMap<>();
        compiled(specs, b).forEach(e -> cues.put(e.id(), e));
        return cues;
    }

    /** The entries compiled as the lexicons use them; whatever still fails is a problem at its entry. */
    private static List<Lexicon.Entry> compiled(List<EntrySpec> specs, YamlBinder b) {
        List<Lexicon.Entry> entries = new ArrayList<>();
        for (EntrySpec spec : specs) {
            try {
                entries.add(Lexicon.entry(spec));
            } catch (RuntimeException e) {
                b.problem(spec.at(), spec.path(), "cannot be compiled: " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        return entries;
    }

    private static EntrySpec entry(MapNode map, String id, String path, Shape shape, Set<String> cueNames, YamlBinder b) {
        Map<String, LocatedYaml> e = map.entries();
        List<String> terms = e.containsKey("terms") ? b.texts(e.get("terms"), YamlBinder.child(path, "terms")) : List.of();
        List<PatternSpec> patterns = new ArrayList<>();
        if (e.containsKey("patterns")) {
            String at = YamlBinder.child(path, "patterns");
            ListNode list = b.list(e.get("patterns"), at);
            for (int i = 0; list != null && i < list.items().size(); i++) {
                PatternSpec p = pattern(list.items().get(i), YamlBinder.index(at, i), shape, b);
                if (p != null) {
                    patterns.add(p);
                }
            }
        }
        List<String> keys = e.containsKey("keys") ? b.texts(e.get("keys"), YamlBinder.child(path, "keys")) : List.of();
        String unless = e.containsKey("unless") ? b.regex(e.get("unless"), YamlBinder.child(path, "unless"), FLAGS) : null;
        if (e.containsKey("source")) {
            b.text(e.get("source"), YamlBinder.child(path, "source"));
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        map.entries().forEach((key, node) -> {
            if (EXTRA.contains(key)) {
                String p = YamlBinder.child(path, key);
                extra.put(key, key.equals("context") ? context(node, p, cueNames, b)
                        : key.equals("contextKeys") ? b.texts(node, p) : regexes(node, p, b));
            }
        });
        for (String needsContext : List.of("contextKeys", "contextPatterns", "contextHeadings")) {
            if (e.containsKey(needsContext) && !e.containsKey("context")) {
                b.problem(map.keys().get(needsContext), YamlBinder.child(path, needsContext),
                        "has no effect without a context; add 'context: NAME' (a cue list of cues.yaml)");
            }
        }
        return new EntrySpec(id, terms, patterns, keys, unless, extra, map, path);
    }

    /** A plain regex, or a mapping with {@code pattern} and the keys {@code shape} allows; null on a problem. */
    private static PatternSpec pattern(LocatedYaml node, String path, Shape shape, YamlBinder b) {
        if (node instanceof Scalar) {
            String regex = b.regex(node, path, FLAGS);
            return regex == null ? null : new PatternSpec(regex, null, null, null);
        }
        MapNode map = b.map(node, path, List.of("pattern"), shape.patternKeys);
        if (map == null) {
            return null;
        }
        Map<String, LocatedYaml> e = map.entries();
        String regex = e.containsKey("pattern") ? b.regex(e.get("pattern"), YamlBinder.child(path, "pattern"), FLAGS) : null;
        List<String> keys = e.containsKey("keys") ? b.texts(e.get("keys"), YamlBinder.child(path, "keys")) : List.of();
        String unless = e.containsKey("unless") ? b.regex(e.get("unless"), YamlBinder.child(path, "unless"), FLAGS) : null;
        String only = e.containsKey("only") ? b.regex(e.get("only"), YamlBinder.child(path, "only"), FLAGS) : null;
        return regex == null ? null : new PatternSpec(regex, keys, unless, only);
    }

    private static List<String> regexes(LocatedYaml node, String path, YamlBinder b) {
        ListNode list = b.list(node, path);
        List<String> out = new ArrayList<>();
        for (int i = 0; list != null && i < list.items().size(); i++) {
            String regex = b.regex(list.items().get(i), YamlBinder.index(path, i), FLAGS);
            if (regex != null) {
                out.add(regex);
            }
        }
        return out;
    }

    /** A context names a cue list and its heading list; {@code cueNames} null skips the check. */
    private static String context(LocatedYaml node, String path, Set<String> cueNames, YamlBinder b) {
        String context = b.text(node, path);
        if (context == null || cueNames == null) {
            return context;
        }
        for (String list : Cue.contextLists(context)) {
            if (!cueNames.contains(list)) {
                String hint = YamlBinder.suggestion(list, cueNames);
                b.problem(node, path, "a context needs the cue lists '" + context + "' and '" + Cue.headingList(context)
                        + "'; there is no '" + list + "' in cues.yaml or place-roles.yaml" + (hint.isEmpty() ? "" : "; " + hint));
                break;
            }
        }
        return context;
    }

    @SafeVarargs
    private static List<String> cat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
