package org.ppcheck.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ppcheck.nlp.Sentence;

/** Every lexicon and cue list, compiled once per process from the resources of this package ({@link #standard()}). */
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
        static final Lexicons DEFAULT = load();
    }

    /**
     * Reads and compiles every built-in lexicon, cue list and the negation cues, checking each file as
     * {@link DataFiles#validate} does; a broken file stops the program with all of its problems.
     */
    private static Lexicons load() {
        Map<String, Lexicon.Entry> cues = concat(LexiconFile.builtInCues(DataFiles.Kind.CUES),
                LexiconFile.builtInCues(DataFiles.Kind.PLACE_ROLES));
        for (Cue cue : Cue.values()) {
            for (String list : cue.listNames()) {
                if (!cues.containsKey(list)) {
                    throw new IllegalStateException("cue list " + list + ", which the code asks for, is defined in neither "
                            + "cues.yaml nor place-roles.yaml");
                }
            }
        }
        Set<String> names = cues.keySet();
        return new Lexicons(
                LexiconFile.builtIn(DataFiles.Kind.FRAMEWORKS, names),
                concat(LexiconFile.builtIn(DataFiles.Kind.COUNTRIES, names), LexiconFile.builtIn(DataFiles.Kind.CITIES, names)),
                LexiconFile.builtIn(DataFiles.Kind.DATA_FIELDS, names),
                LexiconFile.builtIn(DataFiles.Kind.RECIPIENTS, names),
                LexiconFile.builtIn(DataFiles.Kind.DISCLOSURES, names),
                cues,
                new Negation(NegationCues.builtIn()));
    }

    /**
     * The same lexicons with no keys and no anchors: every pattern is tried on every sentence. Facts
     * found with them must equal the facts found with these, which proves that keys only save time.
     */
    Lexicons withoutKeys() {
        Map<String, Lexicon.Entry> bare = new java.util.LinkedHashMap<>();
        cues.forEach((name, cue) -> bare.put(name, Lexicon.withoutKeys(cue)));
        return new Lexicons(withoutKeys(frameworks), withoutKeys(countries), withoutKeys(dataFields), withoutKeys(recipients),
                withoutKeys(disclosures), bare, negation);
    }

    private static List<Lexicon.Entry> withoutKeys(List<Lexicon.Entry> entries) {
        return entries.stream().map(Lexicon::withoutKeys).toList();
    }

    /** The contexts that lexicon entries name ({@code context: rights}), each once. */
    Set<String> contexts() {
        Set<String> contexts = new java.util.TreeSet<>();
        java.util.stream.Stream.of(frameworks, countries, dataFields, recipients, disclosures).flatMap(List::stream)
                .map(e -> e.extra().get("context")).filter(java.util.Objects::nonNull).forEach(c -> contexts.add(c.toString()));
        return contexts;
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

    /** Whether the cue list matches anywhere in {@code text}. */
    boolean cue(Cue cue, CharSequence text) {
        return text != null && cueList(cue).pattern().matcher(text).find();
    }

    /** Whether the cue list matches the sentence; patterns none of whose first words it holds are skipped. */
    boolean cue(Cue cue, Sentence s) {
        return cue(cueList(cue), s);
    }

    private static boolean cue(Lexicon.Entry cue, Sentence s) {
        for (Lexicon.Part part : cue.parts()) {
            if (part.mayMatch(s) && part.find(s, m -> true) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the cue list matches the heading path above the sentence. */
    boolean headingCue(Cue cue, Sentence s) {
        return headingCue(cueList(cue), s);
    }

    /**
     * Whether the cue list matches the heading path above the sentence. Many sentences share a
     * heading path, so each answer is remembered (for the last few thousand paths).
     */
    private static boolean headingCue(Lexicon.Entry cue, Sentence s) {
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
     * Whether the sentence is in the context: its cue list matches the sentence or its lead-in, or its
     * heading list (NAME + "Heading") matches its heading path.
     */
    boolean inContext(Cue context, Sentence s) {
        if (!context.isContext()) {
            throw new IllegalArgumentException(context + " is not declared as a context in Cue");
        }
        return inContext(context.listName(), s);
    }

    /** The same for a context that a lexicon entry names ({@code context: rights}). */
    boolean inContext(String context, Sentence s) {
        Lexicon.Entry cue = named(context);
        return cue(cue, s) || s.leadIn() != null && cue(cue, s.leadIn()) || headingCue(named(Cue.headingList(context)), s);
    }

    /** Whether the heading list of a context that a lexicon entry names matches {@code headingPath}. */
    boolean contextHeading(String context, CharSequence headingPath) {
        return headingPath != null && named(Cue.headingList(context)).pattern().matcher(headingPath).find();
    }

    /** The cue list. */
    Lexicon.Entry cueList(Cue cue) {
        return named(cue.listName());
    }

    private Lexicon.Entry named(String name) {
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
