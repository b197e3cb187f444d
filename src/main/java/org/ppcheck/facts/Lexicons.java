package org.ppcheck.facts;

import java.util.List;
import java.util.Map;
import org.ppcheck.nlp.Sentence;

/** Every lexicon and cue list, compiled once per process from the resources of this package. */
record Lexicons(
        List<Lexicon.Entry> frameworks,
        List<Lexicon.Entry> countries,
        List<Lexicon.Entry> dataFields,
        List<Lexicon.Entry> recipients,
        List<Lexicon.Entry> disclosures,
        Map<String, Lexicon.Entry> cues,
        Negation negation,
        KeyIndex index,
        Map<Lexicon.Part, String> placeIds) {

    Lexicons(List<Lexicon.Entry> frameworks, List<Lexicon.Entry> countries, List<Lexicon.Entry> dataFields,
             List<Lexicon.Entry> recipients, List<Lexicon.Entry> disclosures, Map<String, Lexicon.Entry> cues,
             Negation negation) {
        this(frameworks, countries, dataFields, recipients, disclosures, cues, negation,
                new KeyIndex(java.util.stream.Stream.of(frameworks, countries, dataFields, recipients, disclosures)
                        .flatMap(List::stream).flatMap(e -> e.parts().stream()).toList()),
                placeIds(countries));
    }

    private static final class Holder {
        static final Lexicons DEFAULT = new Lexicons(
                Lexicon.entries("frameworks.yaml"),
                concat(Lexicon.entries("countries.yaml"), Lexicon.entries("cities.yaml")),
                Lexicon.entries("data-fields.yaml"),
                Lexicon.entries("recipients.yaml"),
                Lexicon.entries("disclosures.yaml"),
                concat(Lexicon.cues("cues.yaml"), Lexicon.cues("place-roles.yaml")),
                new Negation("negation.yaml"));
    }

    /** The place id of every part of the countries lexicon, so that a candidate part names its place at once. */
    private static Map<Lexicon.Part, String> placeIds(List<Lexicon.Entry> countries) {
        Map<Lexicon.Part, String> ids = new java.util.IdentityHashMap<>();
        countries.forEach(e -> e.parts().forEach(p -> ids.put(p, e.id())));
        return java.util.Collections.unmodifiableMap(ids);
    }

    private static List<Lexicon.Entry> concat(List<Lexicon.Entry> a, List<Lexicon.Entry> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static Map<String, Lexicon.Entry> concat(Map<String, Lexicon.Entry> a, Map<String, Lexicon.Entry> b) {
        Map<String, Lexicon.Entry> all = new java.util.LinkedHashMap<>(a);
        b.forEach((name, cue) -> {
            if (all.put(name, cue) != null) {
                throw new IllegalStateException("cue list " + name + " is defined twice");
            }
        });
        return all;
    }

    static Lexicons standard() {
        return Holder.DEFAULT;
    }

    /** Whether the named cue list matches anywhere in {@code text}. */
    boolean cue(String name, CharSequence text) {
        return text != null && cueList(name).pattern().matcher(text).find();
    }

    /** Whether the named cue list matches the sentence; patterns none of whose first words it holds are skipped. */
    boolean cue(String name, Sentence s) {
        for (Lexicon.Part part : cueList(name).parts()) {
            if (part.mayMatch(s) && part.find(s, m -> true) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the named cue list matches the heading path above the sentence. Many sentences share a
     * heading path, so each answer is remembered (for the last few thousand paths).
     */
    boolean headingCue(String name, Sentence s) {
        Lexicon.Entry cue = cueList(name);
        String section = s.section();
        Map<String, Boolean> memo = cue.headingMemo();
        Boolean known = memo.get(section);
        if (known == null) {
            if (memo.size() > HEADING_MEMO_SIZE) {
                memo.clear();
            }
            known = cue.pattern().matcher(section).find();
            memo.put(section, known);
        }
        return known;
    }

    private static final int HEADING_MEMO_SIZE = 4096;

    /**
     * Whether the sentence is in the named context: the cue list matches the sentence or its
     * lead-in, or the list NAME + "Heading" matches its heading path.
     */
    boolean inContext(String name, Sentence s) {
        return cue(name, s) || s.leadIn() != null && cue(name, s.leadIn()) || headingCue(name + "Heading", s);
    }

    /** The named cue list. */
    Lexicon.Entry cueList(String name) {
        Lexicon.Entry cue = cues.get(name);
        if (cue == null) {
            throw new IllegalArgumentException("no cue list named " + name);
        }
        return cue;
    }

    /** The ids of a lexicon, in file order. */
    static List<String> ids(List<Lexicon.Entry> entries) {
        return entries.stream().map(Lexicon.Entry::id).toList();
    }
}
