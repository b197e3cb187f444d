package org.ppcheck.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ppcheck.nlp.Sentence;

/**
 * Which lexicon patterns are worth trying on a sentence, found from the sentence's words in one
 * pass (a word looks up the patterns keyed on it) rather than by testing every pattern's keys.
 */
final class KeyIndex {
    private final Map<String, List<Lexicon.Part>> byKey = new HashMap<>();
    /** Parts without keys, or with "~text" keys, which no word can look up: tested one by one. */
    private final List<Lexicon.Part> unindexed = new ArrayList<>();

    KeyIndex(Collection<Lexicon.Part> parts) {
        for (Lexicon.Part part : parts) {
            if (part.keys().isEmpty() || part.keys().stream().anyMatch(k -> k.startsWith("~"))) {
                unindexed.add(part);
            } else {
                part.keys().forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(part));
            }
        }
    }

    /** The parts that may match the sentence. */
    Set<Lexicon.Part> candidates(Sentence s) {
        Set<Lexicon.Part> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String word : s.words()) {
            List<Lexicon.Part> parts = byKey.get(word);
            if (parts != null) {
                out.addAll(parts);
            }
        }
        for (Lexicon.Part part : unindexed) {
            if (part.mayMatch(s)) {
                out.add(part);
            }
        }
        return out;
    }
}
