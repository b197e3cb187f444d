package org.ppcheck.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ppcheck.compare.PolicyDiff.SectionChange;
import org.ppcheck.extract.Block;
import org.ppcheck.extract.StructuredText;

/**
 * The sections that changed between two versions, each with a unified text diff (java-diff-utils).
 * A section is matched by its heading path first, then by its content: a section whose heading
 * changed but whose text (with its subsections) is still much the same is "renamed", never
 * "removed" plus "added". A subsection that only moved with its renamed parent keeps its own
 * heading and is matched by it; it is shown only when its own text changed.
 */
final class SectionChanges {
    /**
     * How alike two sections' texts must be for one to be the other under a new heading: twice the
     * words they have in common, in order, over all their words, as Python's difflib measures it;
     * 0.6 is difflib's own cut-off for a close match ({@code get_close_matches}), a little stricter
     * than git's 50% for a renamed file. A section keeps its heading path or is matched this way.
     */
    static final double RENAME_SIMILARITY = 0.6;
    private static final String BEFORE_FIRST_HEADING = "(before the first heading)";

    private final Map<List<String>, Section> old;
    private final Map<List<String>, Section> now;
    /** Old heading paths to new ones, for every section that is in both versions. */
    private final Map<List<String>, List<String>> pairs;

    /** Matches the sections of two versions. */
    SectionChanges(StructuredText a, StructuredText b) {
        this.old = sections(a);
        this.now = sections(b);
        this.pairs = pairs(old, now);
    }

    /**
     * The heading path a section has in the other version, when its own heading changed there: from
     * the older version to the newer one, or the other way round; null when it kept its heading or is
     * not in the other version.
     */
    List<String> renamed(List<String> path, boolean fromOlder) {
        List<String> other = fromOlder ? pairs.get(path) : pairs.entrySet().stream().filter(e -> e.getValue().equals(path))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        boolean renamed = other != null && !path.isEmpty() && !other.isEmpty() && !path.get(path.size() - 1).equals(other.get(other.size() - 1));
        return renamed ? other : null;
    }

    /** The changed sections in the older version's order, then the added ones in the newer one's. */
    List<SectionChange> changes() {
        List<SectionChange> out = new ArrayList<>();
        for (Section x : old.values()) {
            List<String> match = pairs.get(x.path());
            if (match == null) {
                out.add(change(x, null));
                continue;
            }
            Section y = now.get(match);
            boolean renamed = !x.path().equals(y.path()) && !(x.heading().equals(y.heading()) && parentsPaired(x.path(), y.path(), pairs));
            if (renamed) {
                out.add(renamed(x, y));
            } else if (!x.lines().equals(y.lines())) {
                out.add(change(x, y));
            }
        }
        for (Section y : now.values()) {
            if (!pairs.containsValue(y.path())) {
                out.add(change(null, y));
            }
        }
        return out;
    }

    /** Old paths to new ones: the same path, then by content (most alike first), then by heading under a paired parent. */
    private static Map<List<String>, List<String>> pairs(Map<List<String>, Section> old, Map<List<String>, Section> now) {
        Map<List<String>, List<String>> pairs = new LinkedHashMap<>();
        old.keySet().stream().filter(now::containsKey).forEach(p -> pairs.put(p, p));
        List<Section> oldLeft = old.values().stream().filter(s -> !now.containsKey(s.path())).toList();
        List<Section> newLeft = now.values().stream().filter(s -> !old.containsKey(s.path())).toList();

        record Candidate(Section x, Section y, double similarity, int order) { }
        List<Candidate> candidates = new ArrayList<>();
        for (Section x : oldLeft) {
            for (Section y : newLeft) {
                if (sharedWordsBound(x, y) >= RENAME_SIMILARITY) {
                    double similarity = similarity(x.content(), y.content());
                    if (similarity >= RENAME_SIMILARITY) {
                        candidates.add(new Candidate(x, y, similarity, candidates.size()));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed().thenComparingInt(Candidate::order));
        for (Candidate c : candidates) {
            if (!pairs.containsKey(c.x().path()) && !pairs.containsValue(c.y().path())) {
                pairs.put(c.x().path(), c.y().path());
            }
        }
        for (Section x : oldLeft) {
            List<String> parent = pairs.get(parent(x.path()));
            if (pairs.containsKey(x.path()) || parent == null || x.path().isEmpty()) {
                continue;
            }
            List<String> moved = new ArrayList<>(parent);
            moved.add(x.heading());
            if (now.containsKey(moved) && !pairs.containsValue(moved)) {
                pairs.put(x.path(), List.copyOf(moved));
            }
        }
        return pairs;
    }

    private static boolean parentsPaired(List<String> x, List<String> y, Map<List<String>, List<String>> pairs) {
        return !x.isEmpty() && !y.isEmpty() && parent(y).equals(pairs.get(parent(x)));
    }

    private static List<String> parent(List<String> path) {
        return path.isEmpty() ? path : path.subList(0, path.size() - 1);
    }

    /**
     * Twice the words two texts have in common, in order, over all their words (0 for two empty
     * texts, which say nothing about being the same section).
     */
    static double similarity(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int changed = DiffUtils.diff(a, b).getDeltas().stream().mapToInt(d -> d.getSource().size()).sum();
        return 2.0 * (a.size() - changed) / (a.size() + b.size());
    }

    /** An upper bound of {@link #similarity} that ignores order: cheap, so that unlike sections are never diffed word by word. */
    private static double sharedWordsBound(Section x, Section y) {
        int total = x.content().size() + y.content().size();
        if (total == 0) {
            return 0;
        }
        Map<String, Integer> small = x.counts().size() <= y.counts().size() ? x.counts() : y.counts();
        Map<String, Integer> large = small == x.counts() ? y.counts() : x.counts();
        int shared = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            shared += Math.min(e.getValue(), large.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * shared / total;
    }

    private static SectionChange change(Section x, Section y) {
        List<String> before = x == null ? List.of() : x.lines();
        List<String> after = y == null ? List.of() : y.lines();
        String label = (y == null ? x : y).label();
        String kind = x == null ? "added" : y == null ? "removed" : "changed";
        return new SectionChange(label, null, kind, unified(x == null ? label : x.label(), label, before, after));
    }

    /** A renamed section: its own text without the heading, which the change names. */
    private static SectionChange renamed(Section x, Section y) {
        List<String> diff = x.body().equals(y.body()) ? List.of() : unified(x.label(), y.label(), x.body(), y.body());
        return new SectionChange(y.label(), x.label(), "renamed", diff);
    }

    private static List<String> unified(String oldLabel, String newLabel, List<String> before, List<String> after) {
        return UnifiedDiffUtils.generateUnifiedDiff("old: " + oldLabel, "new: " + newLabel, before, DiffUtils.diff(before, after), 1);
    }

    /** Each section in order: its own lines (one per block, its heading first) and the words of everything under its heading. */
    private static Map<List<String>, Section> sections(StructuredText t) {
        Map<List<String>, List<String>> lines = new LinkedHashMap<>();
        Map<List<String>, List<String>> content = new HashMap<>();
        for (Block block : t.blocks()) {
            String text = t.textOf(block);
            List<String> path = block.headingPath();
            lines.computeIfAbsent(path, k -> new ArrayList<>()).add(text);
            List<String> words = Words.of(text).list();
            int own = block.kind() == Block.Kind.HEADING ? path.size() - 1 : path.size();
            for (int depth = 0; depth <= own; depth++) {
                content.computeIfAbsent(path.subList(0, depth), k -> new ArrayList<>()).addAll(words);
            }
        }
        Set<List<String>> headed = t.blocks().stream().filter(b -> b.kind() == Block.Kind.HEADING).map(Block::headingPath).collect(Collectors.toSet());
        Map<List<String>, Section> out = new LinkedHashMap<>();
        lines.forEach((path, l) -> out.put(path, new Section(path, l, headed.contains(path), content.getOrDefault(path, List.of()))));
        return out;
    }

    /**
     * One section of a version.
     *
     * @param path its heading path, outermost first; empty before the first heading
     * @param lines its own blocks' text, its heading first when it has one
     * @param headed whether its first line is its heading
     * @param content the words of everything under its heading, subsections included
     * @param counts how often each word occurs in {@code content}
     */
    private record Section(List<String> path, List<String> lines, boolean headed, List<String> content, Map<String, Integer> counts) {
        Section(List<String> path, List<String> lines, boolean headed, List<String> content) {
            this(path, lines, headed, content, counts(content));
        }

        private static Map<String, Integer> counts(List<String> words) {
            Map<String, Integer> counts = new HashMap<>();
            words.forEach(w -> counts.merge(w, 1, Integer::sum));
            return counts;
        }

        String heading() {
            return path.isEmpty() ? "" : path.get(path.size() - 1);
        }

        List<String> body() {
            return headed ? lines.subList(1, lines.size()) : lines;
        }

        String label() {
            return path.isEmpty() ? BEFORE_FIRST_HEADING : String.join(" > ", path);
        }
    }
}
