package org.ppcheck.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ppcheck.facts.Facts.Relation;
import org.ppcheck.nlp.Sentence;

/**
 * Finds places where personal data is stored, processed or sent. A place counts in a sentence that
 * speaks of storing, hosting, processing or transferring (or under a heading such as "International
 * transfers"), unless its frame says it is where the user lives, where the company is registered,
 * which law governs, or where a transfer starts. Places listed together share one frame.
 */
final class LocationFinder {
    /** What may stand between two places of one list: separators, "the", and other names ("California"). */
    private static final Pattern LIST_GLUE = Pattern.compile(
            "^(?:\\s*(?:,|;|/|&|\\(|\\)|[“”\"'‘’]|and\\b|or\\b|and/or\\b|the\\b|mainland\\b|[A-Z][\\w.’'-]*))*\\s*$");
    private static final int FRAME = 90;
    private static final int NEAR_BEFORE = 100;
    private static final int NEAR_AFTER = 60;

    private record Mention(String country, int start, int end) { }

    /** A place; {@code sent} is true when the sentence also says the data travels there ("sent to and stored in"). */
    record Found(String country, Relation relation, boolean sent, Evidence evidence) { }

    private final Lexicons lex;

    LocationFinder(Lexicons lex) {
        this.lex = lex;
    }

    List<Found> find(Sentence s) {
        if (s.isHeading() || !lex.inContext("location", s)) {
            return List.of();
        }
        List<Mention> mentions = mentions(s);
        if (mentions.isEmpty()) {
            return List.of();
        }
        Relation relation = relation(s);
        boolean sent = lex.cue("transferred", s);
        List<Found> found = new ArrayList<>();
        for (List<Mention> group : groups(s.text(), mentions)) {
            if (excluded(s.text(), group) || !placesData(s, group)) {
                continue;
            }
            for (Mention m : group) {
                if (!lex.negation().isNegated(s, m.start(), m.end())) {
                    found.add(new Found(m.country(), relation, sent, Evidence.of(s, m.start(), m.end())));
                }
            }
        }
        return found;
    }

    /** Places listed together ("the EEA, the UK and Switzerland") form one group that shares its frame. */
    private static List<List<Mention>> groups(String text, List<Mention> mentions) {
        List<List<Mention>> groups = new ArrayList<>();
        List<Mention> current = new ArrayList<>();
        for (Mention m : mentions) {
            if (!current.isEmpty() && !LIST_GLUE.matcher(text.substring(current.get(current.size() - 1).end(), m.start())).matches()) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(m);
        }
        groups.add(current);
        return groups;
    }

    /** The words before the group or after it say it is not a destination of data. */
    private boolean excluded(String text, List<Mention> group) {
        int start = group.get(0).start();
        int end = group.get(group.size() - 1).end();
        String before = text.substring(Math.max(0, start - FRAME), start);
        String after = text.substring(end, Math.min(text.length(), end + FRAME)).replaceFirst("^[)\\]”\"’']+", "");
        return lex.cue("locationExclusion", before) || lex.cue("locationExclusionAfter", after);
    }

    /**
     * A verb of storing or sending stands near the group, or the group is in a list item whose
     * lead-in is about where data goes, or in a table row under such a lead-in or heading.
     */
    private boolean placesData(Sentence s, List<Mention> group) {
        int start = group.get(0).start();
        int end = group.get(group.size() - 1).end();
        String near = s.text().substring(Math.max(0, start - NEAR_BEFORE), Math.min(s.text().length(), end + NEAR_AFTER));
        if (lex.cue("location", near)) {
            return true;
        }
        boolean leadInPlaces = s.leadIn() != null && lex.cue("location", s.leadIn());
        return switch (s.block().kind()) {
            case TABLE_ROW -> leadInPlaces || lex.headingCue("locationHeading", s);
            // a bare list of places under a heading is as often a menu of regional notices
            case LIST_ITEM -> leadInPlaces || lex.headingCue("locationHeading", s) && !barePlaces(s.text(), group);
            default -> false;
        };
    }

    /** Whether the text is nothing but the places of the group (a link list of regional notices, say). */
    private static boolean barePlaces(String text, List<Mention> group) {
        String rest = text.substring(0, group.get(0).start()) + text.substring(group.get(group.size() - 1).end());
        return rest.replaceAll("[\\W_]+", " ").isBlank();
    }

    private Relation relation(Sentence s) {
        if (lex.cue("stored", s)) {
            return Relation.STORED;
        }
        return lex.cue("transferred", s) ? Relation.TRANSFERRED : Relation.PROCESSED;
    }

    /** Every place named in the text, longest match first where names overlap, in reading order. */
    private List<Mention> mentions(Sentence s) {
        List<Mention> all = new ArrayList<>();
        for (Lexicon.Entry e : lex.countries()) {
            if (!e.mayMatch(s)) {
                continue;
            }
            Matcher m = e.pattern().matcher(s.text());
            while (m.find()) {
                all.add(new Mention(e.id(), m.start(), m.end()));
            }
        }
        all.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        List<Mention> kept = new ArrayList<>();
        int coveredTo = -1;
        for (Mention m : all) {
            if (m.start() >= coveredTo) {
                kept.add(m);
                coveredTo = m.end();
            }
        }
        return kept;
    }
}
