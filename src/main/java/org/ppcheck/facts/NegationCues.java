package org.ppcheck.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ppcheck.util.LocatedYaml;
import org.ppcheck.util.LocatedYaml.ListNode;
import org.ppcheck.util.LocatedYaml.MapNode;
import org.ppcheck.util.YamlBinder;

/**
 * The word lists and windows of {@link Negation}, as bound from {@code negation.yaml} (where each is
 * explained). Words are lower-case tokens; windows count tokens.
 */
record NegationCues(
        Set<String> pre, Set<String> post, Set<String> postVerbs, Set<String> terminators, List<List<String>> pseudo,
        Set<String> listAnnouncers, Set<String> relatives, Set<String> subjects, Set<String> auxiliaries,
        Set<String> gathering, Set<String> clauseSubjects, Set<String> clauseJoiners, Set<String> predicateJoiners,
        String leadInMark, Set<String> listMarks,
        int window, int postWindow, int postVerbWindow, int leadInWindow, int leadInEnd, int markWindow, int gatheringWindow) {

    private static final List<String> WORD_LISTS = List.of("pre", "post", "postVerbs", "terminators", "listAnnouncers", "relatives", "subjects", "auxiliaries", "gathering", "clauseSubjects", "clauseJoiners",
            "predicateJoiners", "listMarks");
    private static final List<String> WINDOWS = List.of("window", "postWindow", "postVerbWindow", "leadInWindow", "leadInEnd",
            "markWindow", "gatheringWindow");
    private static final int MAX_WINDOW = 1000;

    /** The built-in cues, checked as {@link DataFiles#validate} checks them. */
    static NegationCues builtIn() {
        return YamlBinder.resource(NegationCues.class, DataFiles.Kind.NEGATION.fileName(), NegationCues::bind);
    }

    /** Binds {@code negation.yaml}: every list and window is required; null when one is missing or malformed. */
    static NegationCues bind(LocatedYaml root, YamlBinder b) {
        List<String> required = new ArrayList<>(WORD_LISTS);
        required.addAll(List.of("pseudo", "leadInMark"));
        required.addAll(WINDOWS);
        MapNode map = b.map(root, "", required, List.of());
        if (map == null) {
            return null;
        }
        Map<String, Set<String>> words = new LinkedHashMap<>();
        WORD_LISTS.forEach(k -> words.put(k, Set.copyOf(words(map.entries().get(k), k, b))));
        Map<String, Integer> windows = new LinkedHashMap<>();
        WINDOWS.forEach(k -> windows.put(k, b.integer(map.entries().get(k), k, 1, MAX_WINDOW)));
        String leadInMark = b.text(map.entries().get("leadInMark"), "leadInMark");
        if (windows.containsValue(null) || leadInMark == null || required.stream().anyMatch(k -> !map.entries().containsKey(k))) {
            return null;
        }
        List<List<String>> pseudo = words(map.entries().get("pseudo"), "pseudo", b).stream()
                .map(p -> List.of(p.split("\\s+"))).toList();
        return new NegationCues(words.get("pre"), words.get("post"), words.get("postVerbs"), words.get("terminators"), pseudo,
                words.get("listAnnouncers"), words.get("relatives"), words.get("subjects"), words.get("auxiliaries"),
                words.get("gathering"), words.get("clauseSubjects"), words.get("clauseJoiners"), words.get("predicateJoiners"),
                leadInMark, words.get("listMarks"), windows.get("window"), windows.get("postWindow"),
                windows.get("postVerbWindow"), windows.get("leadInWindow"), windows.get("leadInEnd"),
                windows.get("markWindow"), windows.get("gatheringWindow"));
    }

    /** A list of words (or phrases) in lower case; one listed twice is a problem, as it is surely a slip. */
    private static List<String> words(LocatedYaml node, String path, YamlBinder b) {
        List<String> words = new ArrayList<>();
        ListNode list = b.list(node, path);
        if (list != null) {
            for (int i = 0; i < list.items().size(); i++) {
                String word = b.text(list.items().get(i), YamlBinder.index(path, i));
                if (word != null && words.contains(word.toLowerCase(Locale.ROOT))) {
                    b.problem(list.items().get(i), YamlBinder.index(path, i), "'" + word + "' is listed twice; keep one");
                } else if (word != null) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }
}
