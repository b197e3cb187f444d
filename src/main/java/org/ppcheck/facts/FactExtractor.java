package org.ppcheck.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ppcheck.extract.Block;
import org.ppcheck.facts.Facts.Disclosure;
import org.ppcheck.facts.Facts.Fact;
import org.ppcheck.facts.Facts.LocationFact;
import org.ppcheck.facts.Facts.PlaceMention;
import org.ppcheck.facts.Facts.PlaceRole;
import org.ppcheck.facts.Facts.Relation;
import org.ppcheck.nlp.AnalyzedDocument;
import org.ppcheck.nlp.Sentence;
import org.ppcheck.util.Cancellation;

/**
 * Entry point of the stage: reads every sentence once and collects frameworks, data locations,
 * data fields, recipients, retention and disclosures, each with evidence. Thread-safe.
 */
public final class FactExtractor {
    /** A policy that names this many kinds of data has listed its data categories. */
    private static final int CATEGORY_LIST_MIN_FIELDS = 3;

    private final Lexicons lex;
    private final LocationFinder locations;
    private final RetentionFinder retention;

    /** An extractor on the built-in lexicons. */
    public FactExtractor() {
        this(Lexicons.standard());
    }

    /** An extractor on other lexicons: tests give it the standard ones without keys. */
    FactExtractor(Lexicons lex) {
        this.lex = lex;
        this.locations = new LocationFinder(lex);
        this.retention = new RetentionFinder(lex);
    }

    public Facts extract(AnalyzedDocument doc) {
        EvidenceMap<String> frameworks = new EvidenceMap<>();
        EvidenceMap<String> fields = new EvidenceMap<>();
        EvidenceMap<String> recipients = new EvidenceMap<>();
        EvidenceMap<String> disclosures = new EvidenceMap<>();
        EvidenceMap<String> periods = new EvidenceMap<>();
        EvidenceMap<String> places = new EvidenceMap<>();
        EvidenceMap<Map.Entry<String, PlaceRole>> mentioned = new EvidenceMap<>();
        Tables tables = new Tables(doc.text());
        Set<Sentence> notCollected = notCollectedItems(doc.sentences());
        Map<Sentence, Sentence> previous = new java.util.IdentityHashMap<>();
        for (int i = 1; i < doc.sentences().size(); i++) {
            previous.put(doc.sentences().get(i), doc.sentences().get(i - 1));
        }
        List<Evidence> transfers = new ArrayList<>();
        Map<String, Relation> relations = new java.util.HashMap<>();

        for (Sentence s : doc.sentences()) {
            Cancellation.checkpoint();
            Set<Lexicon.Part> candidates = lex.index().candidates(s);
            matchAll(s, candidates, lex.frameworks(), frameworks, m -> !inWebAddress(s, m));
            Tables.Row row = tables.row(s);
            if (!s.isHeading() && !notCollected.contains(s) && !negatedList(s, previous) && collectionContext(s)
                    && (row == null || !notCollectedRow(row.headerCells(), row.cells()))) {
                matchAll(s, candidates, lex.dataFields(), fields, notNegated(s));
            }
            if (sharingContext(s)) {
                matchAll(s, candidates, lex.recipients(), recipients, notNegated(s));
            }
            for (LocationFinder.Found f : locations.find(s, candidates, row)) {
                if (f.role() != PlaceRole.DESTINATION) {
                    mentioned.add(Map.entry(f.country(), f.role()), f.evidence());
                    continue;
                }
                places.add(f.country(), f.evidence());
                if (f.sent()) {
                    transfers.add(f.evidence());
                }
                relations.merge(f.country(), f.relation(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            }
            for (RetentionFinder.Found f : retention.find(s)) {
                periods.add(f.period() == null ? "" : f.period(), f.evidence());
            }
            disclose(s, candidates, disclosures);
        }

        List<LocationFact> locationFacts = new ArrayList<>();
        places.asMap().forEach((country, ev) -> locationFacts.add(new LocationFact(country, relations.get(country), ev)));
        List<PlaceMention> mentionedPlaces = new ArrayList<>();
        mentioned.asMap().forEach((place, ev) -> {
            if (!places.has(place.getKey())) {
                mentionedPlaces.add(new PlaceMention(place.getKey(), place.getValue(), ev));
            }
        });
        List<Fact> fieldFacts = facts(lex.dataFields(), fields);
        List<Fact> recipientFacts = facts(lex.recipients(), recipients);
        var retentionFacts = RetentionFinder.facts(periods);

        derive(disclosures, "recipients", recipientFacts.stream().flatMap(f -> f.evidence().stream()).toList());
        derive(disclosures, "retention", retentionFacts.stream().flatMap(f -> f.evidence().stream()).toList());
        derive(disclosures, "storage_location", locationFacts.stream()
                .filter(l -> l.relation() == Relation.STORED).flatMap(l -> l.evidence().stream()).toList());
        derive(disclosures, "transfer.international", transfers);
        derive(disclosures, "cookies", fields.get("cookies"));
        if (fieldFacts.size() >= CATEGORY_LIST_MIN_FIELDS) {
            derive(disclosures, "data_categories", fieldFacts.stream().flatMap(f -> f.evidence().stream()).limit(3).toList());
        }
        List<Disclosure> disclosureList = new ArrayList<>();
        for (String id : Lexicons.ids(lex.disclosures())) {
            disclosureList.add(new Disclosure(id, disclosures.has(id), disclosures.get(id)));
        }
        return new Facts(facts(lex.frameworks(), frameworks), locationFacts, mentionedPlaces, fieldFacts, recipientFacts,
                retentionFacts, disclosureList, LastUpdated.find(doc.text()));
    }

    /** Adds, for each entry, the first match in the sentence that {@code accept} takes. */
    private void matchAll(Sentence s, Set<Lexicon.Part> candidates, List<Lexicon.Entry> entries, EvidenceMap<String> out,
                          Predicate<Matcher> accept) {
        for (Lexicon.Entry e : entries) {
            Matcher m = firstMatch(e, s, candidates, accept);
            if (m != null) {
                out.add(e.id(), Evidence.of(s, m.start(), m.end()));
            }
        }
    }

    private Predicate<Matcher> notNegated(Sentence s) {
        return m -> !lex.negation().isNegated(s, m.start(), Math.max(m.end(), m.start() + 1));
    }

    /** Whether the match lies inside a web or e-mail address ("gdpr@example.com"), which names no law. */
    private boolean inWebAddress(Sentence s, Matcher match) {
        Matcher a = lex.cueList(Cue.WEB_ADDRESS).pattern().matcher(s.text());
        while (a.find() && a.start() < match.end()) {
            if (a.end() > match.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The entry's first match in the sentence that {@code accept} takes: by its patterns, or by its
     * {@code contextPatterns} when the sentence is in the entry's context; null when none.
     */
    private Matcher firstMatch(Lexicon.Entry e, Sentence s, Set<Lexicon.Part> candidates, Predicate<Matcher> accept) {
        for (Lexicon.Part part : e.parts()) {
            Matcher m = candidates.contains(part) ? part.find(s, accept) : null;
            if (m != null) {
                return m;
            }
        }
        Matcher m = e.mayMatch("contextKeys", s) && inContext(e, s) ? matcher(e, "contextPatterns", s) : null;
        return m == null ? null : Lexicon.firstAccepted(m, accept);
    }

    /**
     * Whether a list item stands under a lead-in that denies collecting it: "We never collect the
     * following:", or "This includes:" right after a sentence that denies gathering.
     */
    private boolean negatedList(Sentence s, Map<Sentence, Sentence> previous) {
        Sentence leadIn = s.leadIn();
        if (leadIn == null) {
            return false;
        }
        return lex.negation().negatesList(leadIn)
                || lex.cue(Cue.ANAPHORIC_LEAD_IN, leadIn) && lex.negation().deniesGathering(previous.get(leadIn));
    }

    private boolean collectionContext(Sentence s) {
        if (lex.cue(Cue.DEFINITION, s) || lex.headingCue(Cue.DEFINITION_HEADING, s)) {
            return false;
        }
        return lex.inContext(Cue.COLLECT, s);
    }

    /** How far back a "Collected: No" item reaches: the category line and its examples. */
    private static final int NOT_COLLECTED_REACH = 4;

    /**
     * Sentences of a category that a later item marks as not collected: "Category E: Biometric
     * information." / "Examples: ..." / "Collected: No." Going back from the mark, the sentences up to
     * the category line (the nearest that is neither a list item nor a table row), stopping at a heading
     * or an earlier mark.
     */
    private Set<Sentence> notCollectedItems(List<Sentence> sentences) {
        Set<Sentence> out = new java.util.HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!lex.cue(Cue.NOT_COLLECTED_ITEM, sentences.get(i))) {
                continue;
            }
            for (int j = i - 1; j >= 0 && j >= i - NOT_COLLECTED_REACH; j--) {
                Sentence earlier = sentences.get(j);
                if (earlier.isHeading() || lex.cue(Cue.COLLECTED_ITEM, earlier)) {
                    break;
                }
                out.add(earlier);
                if (earlier.block().kind() != Block.Kind.LIST_ITEM && earlier.block().kind() != Block.Kind.TABLE_ROW) {
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A row of a table ("Category | Examples | Collected") whose cell under a column about collection
     * says no: the row lists a category the service does not collect.
     */
    private boolean notCollectedRow(List<String> header, List<String> row) {
        for (int i = 0; i < header.size() && i < row.size(); i++) {
            if (lex.cue(Cue.COLLECTED_COLUMN, header.get(i)) && lex.cue(Cue.NOT_COLLECTED_CELL, row.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** A sentence in a sharing context, or a heading that itself says who data is shared with. */
    private boolean sharingContext(Sentence s) {
        return s.isHeading() ? lex.cue(Cue.SHARE_WITH_HEADING, s) : lex.inContext(Cue.SHARE, s);
    }

    /** A disclosure holds when a sentence matches its patterns or a heading matches its heading patterns. */
    private void disclose(Sentence s, Set<Lexicon.Part> candidates, EvidenceMap<String> out) {
        for (Lexicon.Entry e : lex.disclosures()) {
            Matcher m = s.isHeading() ? headingMatch(e, s) : firstMatch(e, s, candidates, x -> true);
            if (m != null) {
                out.add(e.id(), Evidence.of(s, m.start(), m.end()));
            }
        }
    }

    /**
     * A heading's match: by the entry's {@code headings}, or by its {@code contextHeadings} when a
     * heading above this one is in the entry's context ("Portability" under "Your rights").
     */
    private Matcher headingMatch(Lexicon.Entry e, Sentence s) {
        Matcher m = matcher(e, "headings", s);
        if (m != null && m.find()) {
            return m;
        }
        m = matcher(e, "contextHeadings", s);
        if (m == null || !m.find()) {
            return null;
        }
        Object context = e.extra().get("context");
        String section = s.section();
        int cut = section == null ? -1 : section.lastIndexOf(" > ");
        return context != null && cut > 0 && lex.contextHeading(context.toString(), section.substring(0, cut)) ? m : null;
    }

    /** Whether the sentence is in the entry's {@code context}: by its own words, its lead-in or its headings. */
    private boolean inContext(Lexicon.Entry e, Sentence s) {
        Object context = e.extra().get("context");
        if (context == null || s.isHeading()) {
            return false;
        }
        return lex.inContext(context.toString(), s);
    }

    private static Matcher matcher(Lexicon.Entry e, String key, Sentence s) {
        Pattern p = e.patternOf(key);
        return p == null ? null : p.matcher(s.text());
    }

    private static void derive(EvidenceMap<String> disclosures, String id, List<Evidence> evidence) {
        evidence.forEach(ev -> disclosures.add(id, ev));
    }

    private static List<Fact> facts(List<Lexicon.Entry> order, EvidenceMap<String> found) {
        List<Fact> facts = new ArrayList<>();
        for (Lexicon.Entry e : order) {
            if (found.has(e.id())) {
                facts.add(new Fact(e.id(), found.get(e.id())));
            }
        }
        return facts;
    }
}
