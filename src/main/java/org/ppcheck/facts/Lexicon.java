package org.ppcheck.facts;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ppcheck.nlp.Sentence;

/**
 * Lexicons and cue lists, read from YAML resources in this package. An entry's {@code terms} are
 * plain phrases (case-insensitive; the last word may take a plural ending; spaces also match
 * hyphens); its {@code patterns} are regular expressions (case-insensitive unless they say
 * {@code (?-i)}). Both compile into one pattern per entry. {@code keys} (with the first word of
 * each term) lets a sentence skip an entry none of whose words it contains ("pay*" stands for any
 * word starting with "pay", "~@" for the text "@" anywhere, case-sensitive); an entry with patterns
 * and no keys is always tried.
 */
final class Lexicon {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Whether keys may skip entries; tests turn it off to prove that keys never change a result. */
    static volatile boolean prefilter = true;

    /** One entry: an id, its compiled pattern, its keys, and any further keys of the entry. */
    record Entry(String id, Pattern pattern, Set<String> keys, Map<String, Object> extra,
                 Map<String, Set<String>> extraKeys, Map<String, Pattern> extraPatterns) {

        Entry(String id, Pattern pattern, Set<String> keys, Map<String, Object> extra) {
            this(id, pattern, keys, extra, new java.util.concurrent.ConcurrentHashMap<>(),
                    new java.util.concurrent.ConcurrentHashMap<>());
        }

        /** Whether the pattern can match the sentence, judged by its keys. */
        boolean mayMatch(Sentence s) {
            return anyKey(keys, s);
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

        private static boolean anyKey(Set<String> keys, Sentence s) {
            if (keys.isEmpty() || !prefilter) {
                return true;
            }
            for (String k : keys) {
                if (k.startsWith("~") ? s.text().contains(k.substring(1)) : s.words().contains(k)) {
                    return true;
                }
            }
            return false;
        }
    }

    private Lexicon() {
    }

    /** The entries of a resource such as {@code frameworks.yaml}: a list of maps with an {@code id}. */
    static List<Entry> entries(String resource) {
        List<Map<String, Object>> raw = read(resource, new TypeReference<>() { });
        List<Entry> entries = new ArrayList<>();
        for (Map<String, Object> map : raw) {
            Map<String, Object> extra = new LinkedHashMap<>(map);
            String id = String.valueOf(extra.remove("id"));
            List<String> terms = strings(extra.remove("terms"));
            List<String> patterns = strings(extra.remove("patterns"));
            extra.remove("source");
            Set<String> keys = new HashSet<>(lowerCase(strings(extra.remove("keys"))));
            if (!keys.isEmpty() || patterns.isEmpty()) {
                terms.forEach(t -> keys.add(t.strip().split("[\\s\\-'’]+")[0].toLowerCase(Locale.ROOT)));
            }
            entries.add(new Entry(id, compile(terms, patterns), Set.copyOf(keys), extra));
        }
        return entries;
    }

    /** Named cue lists from a resource such as {@code cues.yaml}: each name maps to terms and patterns. */
    static Map<String, Pattern> cues(String resource) {
        Map<String, Map<String, Object>> raw = read(resource, new TypeReference<>() { });
        Map<String, Pattern> cues = new LinkedHashMap<>();
        raw.forEach((name, body) -> cues.put(name, compile(strings(body.get("terms")), strings(body.get("patterns")))));
        return cues;
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

    private static <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }
}
