package org.ppcheck.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ppcheck.nlp.Sentence;

/**
 * Lexicons and cue lists, as compiled from the entries of the YAML resources in this package ({@link LexiconFile}). An entry's {@code terms} are
 * plain phrases (case-insensitive; the last word may take a plural ending; spaces also match
 * hyphens); its {@code patterns} are regular expressions (case-insensitive unless they say
 * {@code (?-i)}). Both compile into one pattern per entry. {@code keys} (with the first word of
 * each term) lets a sentence skip an entry none of whose words it contains ("pay*" stands for any
 * word starting with "pay", "~@" for the text "@" anywhere, case-sensitive); an entry with patterns
 * and no keys is always tried.
 */
final class Lexicon {
    /**
     * A pattern with the keys that decide whether it is worth trying on a sentence. When the words
     * every match starts with are known ({@code anchors}), the pattern is tried only where one of
     * them occurs instead of at every character of the sentence.
     */
    record Part(Pattern pattern, Set<String> keys, List<String> anchors, Pattern unless, Pattern only) {
        /** {@code firstWords}: the words every match starts with (as from {@link LeadingWords}), or null when unknown. */
        Part(Pattern pattern, Set<String> keys, Set<String> firstWords) {
            this(pattern, keys, firstWords, null, null);
        }

        /**
         * {@code unless}: a pattern that, found anywhere in the sentence, keeps this part from matching it;
         * {@code only}: a pattern the sentence must hold for this part to match it (either may be null).
         */
        Part(Pattern pattern, Set<String> keys, Set<String> firstWords, Pattern unless, Pattern only) {
            this(pattern, keys, firstWords == null ? List.of()
                    : firstWords.stream().map(k -> k.endsWith("*") ? k.substring(0, k.length() - 1) : k).toList(),
                    unless, only);
        }

        boolean mayMatch(Sentence s) {
            return anyKey(keys, s);
        }

        /**
         * The first match in the sentence that {@code accept} takes, or null; the same answer as
         * calling {@link Matcher#find()} until {@code accept} says yes.
         */
        Matcher find(Sentence s, Predicate<Matcher> accept) {
            Matcher m = findInText(s, accept);
            // unless and only speak of the whole sentence, so they are asked only once the pattern matched
            if (m == null || unless != null && unless.matcher(s.text()).find() || only != null && !only.matcher(s.text()).find()) {
                return null;
            }
            return m;
        }

        private Matcher findInText(Sentence s, Predicate<Matcher> accept) {
            Matcher m = pattern.matcher(s.text());
            if (anchors.isEmpty() || s.lower().length() != s.text().length()) {
                return firstAccepted(m, accept);
            }
            m.useTransparentBounds(true).useAnchoringBounds(false);
            int from = 0;
            for (int start : anchorOffsets(s.lower())) {
                if (start < from) {
                    continue;
                }
                m.region(start, s.text().length());
                if (m.lookingAt()) {
                    if (accept.test(m)) {
                        return m;
                    }
                    from = m.end() > start ? m.end() : start + 1; // where find() would go on
                }
            }
            return null;
        }

        /** Where in the text one of the anchors occurs, in ascending order without repeats. */
        private int[] anchorOffsets(String lower) {
            int[] found = new int[8];
            int n = 0;
            for (String a : anchors) {
                for (int i = lower.indexOf(a); i >= 0; i = lower.indexOf(a, i + 1)) {
                    if (n == found.length) {
                        found = Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = i;
                }
            }
            int[] sorted = Arrays.copyOf(found, n);
            Arrays.sort(sorted);
            return sorted;
        }
    }

    /**
     * One entry: an id, its compiled pattern (all parts in one), its parts, any further keys of
     * the entry, and (for cue lists) the answers already given for heading paths. A pattern written
     * as {@code {pattern: ..., keys: [...]}} is a part of its own, tried only when one of its own keys
     * is present; with {@code unless: ...} it does not match a sentence in which that pattern is
     * found, and with {@code only: ...} it matches only a sentence in which that pattern is found (an
     * entry's own {@code unless} holds for all its parts); see {@link #entry} for how the other patterns and the terms are grouped.
     */
    record Entry(String id, Pattern pattern, List<Part> parts, Map<String, Object> extra,
                 Map<String, Set<String>> extraKeys, Map<String, Pattern> extraPatterns, Map<String, Boolean> headingMemo) {

        Entry(String id, Pattern pattern, List<Part> parts, Map<String, Object> extra) {
            this(id, pattern, List.copyOf(parts), extra, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
                    new ConcurrentHashMap<>());
        }

        /** Whether some part of the entry can match the sentence, judged by the keys. */
        boolean mayMatch(Sentence s) {
            for (Part part : parts) {
                if (part.mayMatch(s)) {
                    return true;
                }
            }
            return false;
        }

        /** The same test with a further list of keys of the entry, such as {@code contextKeys}. */
        boolean mayMatch(String keysName, Sentence s) {
            return anyKey(extraKeys.computeIfAbsent(keysName, k -> lowerCase(strings(extra.get(k)))), s);
        }

        /** A further key compiled as a pattern (e.g. a disclosure's {@code headings}), or null when absent. */
        Pattern patternOf(String key) {
            if (!extra.containsKey(key)) {
                return null;
            }
            return extraPatterns.computeIfAbsent(key, k -> compile(List.of(), strings(extra.get(k))));
        }

    }

    private Lexicon() {
    }

    /** Calls {@link Matcher#find()} until {@code accept} takes a match: that matcher, or null when none is taken. */
    static Matcher firstAccepted(Matcher m, Predicate<Matcher> accept) {
        while (m.find()) {
            if (accept.test(m)) {
                return m;
            }
        }
        return null;
    }

    /** Whether one of the keys is in the sentence ("pay*": a word starting with "pay"; "~@": the text "@"). */
    static boolean anyKey(Set<String> keys, Sentence s) {
        if (keys.isEmpty()) {
            return true;
        }
        for (String k : keys) {
            if (k.startsWith("~") ? s.text().contains(k.substring(1)) : s.words().contains(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Builds one entry: the terms form one part, keyed and anchored on their first words; patterns
     * whose first words can be read, or that carry their own keys, form parts of their own; the
     * other patterns form one part under the entry's {@code keys} (always tried when it has none).
     */
    static Entry entry(LexiconFile.EntrySpec spec) {
        List<String> terms = spec.terms();
        List<String> pooled = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        List<String> all = new ArrayList<>();
        Pattern unlessAll = sentenceTest(spec.unless()); // an entry-wide unless: for every part
        for (LexiconFile.PatternSpec p : spec.patterns()) {
            String regex = p.regex();
            Set<String> leading = LeadingWords.of(regex);
            Set<String> own = p.keys() == null ? leading : lowerCase(p.keys());
            if (own == null) {
                pooled.add(regex);
            } else {
                parts.add(new Part(compile(List.of(), List.of(regex)), Set.copyOf(own), leading,
                        p.unless() != null ? sentenceTest(p.unless()) : unlessAll, sentenceTest(p.only())));
                all.add(regex);
            }
        }
        all.addAll(pooled);
        Set<String> keys = lowerCase(spec.keys());
        if (!pooled.isEmpty()) {
            parts.add(0, new Part(compile(List.of(), pooled), keys, List.of(), unlessAll, null));
        }
        if (!terms.isEmpty()) {
            Set<String> firstWords = new HashSet<>();
            terms.forEach(t -> firstWords.add(t.strip().split("[\\s\\-'’]+")[0].toLowerCase(Locale.ROOT)));
            parts.add(0, new Part(compile(terms, List.of()), Set.copyOf(firstWords), firstWords, unlessAll, null));
        }
        return new Entry(spec.id(), compile(terms, all), parts, spec.extra());
    }

    /**
     * The same entry with no keys and no anchors: every part is tried on every sentence, everywhere
     * in it. Tests compare it with the entry to prove that keys never change a result.
     */
    static Entry withoutKeys(Entry e) {
        List<Part> parts = e.parts().stream().map(p -> new Part(p.pattern(), Set.of(), List.of(), p.unless(), p.only())).toList();
        Map<String, Object> extra = new LinkedHashMap<>(e.extra());
        extra.remove("contextKeys");
        return new Entry(e.id(), e.pattern(), parts, extra);
    }

    /** An {@code unless} or {@code only} test on the whole sentence, or null. */
    private static Pattern sentenceTest(String test) {
        return test == null ? null : compile(List.of(), List.of(test));
    }

    static Pattern compile(List<String> terms, List<String> patterns) {
        List<String> parts = new ArrayList<>(patterns);
        terms.forEach(t -> parts.add(termRegex(t)));
        if (parts.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile("(?:" + String.join(")|(?:", parts) + ")", Pattern.CASE_INSENSITIVE);
    }

    /** "email address" becomes {@code \bemail[\s-]+address(?:es|s)?\b}. */
    static String termRegex(String term) {
        String[] words = term.strip().split("\\s+");
        StringBuilder sb = new StringBuilder(Character.isLetterOrDigit(term.strip().charAt(0)) ? "\\b" : "");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                sb.append("[\\s\\-]+");
            }
            sb.append(Pattern.quote(words[i]));
        }
        char last = term.charAt(term.length() - 1);
        if (Character.isLetter(last)) {
            sb.append("(?:es|s|'s|’s)?\\b");
        }
        return sb.toString();
    }

    private static Set<String> lowerCase(List<String> words) {
        Set<String> set = new HashSet<>();
        words.forEach(w -> set.add(w.toLowerCase(Locale.ROOT)));
        return Set.copyOf(set);
    }

    static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
