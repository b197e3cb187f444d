package org.ppcheck.facts;

import java.util.List;

/** The ids that facts can carry, in lexicon order: what rules may refer to. */
public final class Vocabulary {
    private Vocabulary() {
    }

    public static List<String> frameworks() {
        return Lexicons.ids(Lexicons.standard().frameworks());
    }

    public static List<String> dataFields() {
        return Lexicons.ids(Lexicons.standard().dataFields());
    }

    public static List<String> recipients() {
        return Lexicons.ids(Lexicons.standard().recipients());
    }

    public static List<String> disclosures() {
        return Lexicons.ids(Lexicons.standard().disclosures());
    }

    /** ISO 3166-1 alpha-2 codes plus EU and EEA. */
    public static List<String> places() {
        return Lexicons.ids(Lexicons.standard().countries()).stream().distinct().toList();
    }
}
