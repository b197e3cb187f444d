package org.ppcheck.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ppcheck.facts.Facts.PlaceRole;
import org.ppcheck.facts.Facts.Relation;
import org.ppcheck.nlp.Sentence;

/**
 * Decides, for every place a sentence names, the role it plays there (see {@link PlaceRole}); only a
 * destination is a data location. The role comes from the sentence's structure around the place,
 * tried in this order: a place that explains the one before it ("the EEA (i.e. the EU, Norway...)")
 * or continues its list ("Germany (primary), Austria (backup)") shares its role; then the words just before and after it say whether it is part of an address
 * (unless data is sent to the company at that address) or a name, the reach of a law, where users
 * live, the area data stays in, or where a transfer starts;
 * otherwise it is a destination when the preposition before it ("in", "to", "throughout", "such as")
 * ties it to a verb or noun of storing or sending a few words earlier, or to a holder of data ("our
 * affiliates in") in a sentence about storing or sharing, when its table column is a
 * hosting location, or when it is listed under a lead-in or heading about where data goes. The cue
 * lists live in {@code place-roles.yaml}. Places listed together share one role.
 */
final class LocationFinder {
    /** What may stand between two places of one list: separators, "the", and other names ("California"). */
    private static final Pattern LIST_GLUE = Pattern.compile(
            "^(?:\\s*(?:,|;|/|&|\\)|[“”\"'‘’]|and\\b|or\\b|and/or\\b|the\\b|mainland\\b|(?-i:[A-Z][\\w.’'-]*)))*\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** How far before and after a place its frame is read. */
    private static final int FRAME = 90;
    /** How far back the governing verb or noun of a place is looked for. */
    private static final int GOVERNOR_REACH = 160;
    /** Words between the verb ("stored") and the preposition ("in") of a place: near for "in", far for "to". */
    private static final int NEAR_WORDS = 6;
    private static final int FAR_WORDS = 13;
    /** How far after a sentence-initial place ("In Germany, we store...") its verb is looked for. */
    private static final int FRONTED_REACH = 60;
    /** A list item under a lead-in names its place near its start, or is short. */
    private static final int ITEM_HEAD = 40;
    private static final int ITEM_WORDS = 12;
    private static final Pattern STATE_FORM = Pattern.compile(
            "\\b(?:Federal\\s+|People[’']s\\s+|Democratic\\s+)?(?:Republic|Kingdom|State|Commonwealth|Grand\\s+Duchy|Federation|Principality)\\s+of\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final int STATE_FORM_REACH = 40;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}’'.-]*");

    private record Mention(String country, int start, int end) { }

    /**
     * A named place and its role; {@code sent} is true when the sentence also says the data travels
     * ("sent to and stored in").
     */
    record Found(String country, PlaceRole role, Relation relation, boolean sent, Evidence evidence) { }

    private final Lexicons lex;

    LocationFinder(Lexicons lex) {
        this.lex = lex;
    }

    /**
     * Every place the sentence names, with its role; {@code candidates} are the sentence's lexicon
     * parts as {@link KeyIndex} found them, {@code row} is null outside tables.
     */
    List<Found> find(Sentence s, Set<Lexicon.Part> candidates, Tables.Row row) {
        if (s.isHeading()) {
            return List.of();
        }
        List<Mention> mentions = mentions(s, candidates);
        if (mentions.isEmpty()) {
            return List.of();
        }
        Relation relation = relation(s);
        boolean sent = lex.cue(Cue.TRANSFERRED, s);
        List<Found> found = new ArrayList<>();
        List<Mention> previous = null;
        PlaceRole previousRole = null;
        for (List<Mention> group : groups(s.text(), mentions)) {
            PlaceRole role = role(s, group, previous, previousRole, row);
            for (Mention m : group) {
                found.add(new Found(m.country(), role, relation, sent, Evidence.of(s, m.start(), m.end())));
            }
            previous = group;
            previousRole = role;
        }
        return found;
    }

    private PlaceRole role(Sentence s, List<Mention> group, List<Mention> previous, PlaceRole previousRole, Tables.Row row) {
        String text = s.text();
        int start = withStateForm(text, group.get(0).start());
        int end = group.get(group.size() - 1).end();
        if (previous != null) {
            String gap = text.substring(previous.get(previous.size() - 1).end(), start);
            if (lex.cue(Cue.PLACE_APPOSITION, gap) || lex.cue(Cue.PLACE_SAME_LIST, gap)) {
                return previousRole;
            }
        }
        String before = text.substring(Math.max(0, start - FRAME), start);
        String reach = text.substring(Math.max(0, start - GOVERNOR_REACH), start);
        String after = text.substring(end, Math.min(text.length(), end + FRAME)).replaceFirst("^[)\\]”\"+]+", "");
        if (lex.cue(Cue.PLACE_ADDRESS_BEFORE, before)) {
            return lex.cue(Cue.PLACE_RECIPIENT_ADDRESS, reach) ? PlaceRole.DESTINATION : PlaceRole.NAME_OR_ADDRESS;
        }
        if (lex.cue(Cue.PLACE_NAME_BEFORE, before) || lex.cue(Cue.PLACE_NAME_AFTER, after)) {
            return PlaceRole.NAME_OR_ADDRESS;
        }
        if (lex.cue(Cue.PLACE_LAW_BEFORE, before) || lex.cue(Cue.PLACE_LAW_AFTER, after)) {
            return PlaceRole.LAW_SCOPE;
        }
        if (lex.cue(Cue.PLACE_RESIDENCE_BEFORE, before) || lex.cue(Cue.PLACE_RESIDENCE_AFTER, after)) {
            return PlaceRole.RESIDENCE;
        }
        if (lex.cue(Cue.PLACE_STAYS_IN, reach)) {
            return PlaceRole.DESTINATION;
        }
        if (lex.cue(Cue.PLACE_SERVED_FROM, before)) {
            return destinationUnlessDenied(s, start, group);
        }
        if (lex.cue(Cue.PLACE_ORIGIN_BEFORE, before) || lex.cue(Cue.PLACE_ORIGIN_AFTER, after)) {
            return PlaceRole.ORIGIN;
        }
        if (lex.cue(Cue.PLACE_QUALIFYING_BEFORE, before)) {
            return PlaceRole.QUALIFYING;
        }
        if (inLocationColumn(s, group.get(0), row)) {
            return PlaceRole.DESTINATION; // a denial elsewhere in the row ("no transfer outside the EU") is another cell's
        }
        boolean destination = governed(s, reach, after) || listedAsPlace(s, group)
                || lex.cue(Cue.PLACE_LISTED_WITH_OTHERS, after) && lex.inContext(Cue.LOCATION, s);
        return destination ? destinationUnlessDenied(s, start, group) : PlaceRole.UNRELATED;
    }

    /** A destination, unless a negation covers the place ("we never store data in China"). */
    private PlaceRole destinationUnlessDenied(Sentence s, int start, List<Mention> group) {
        return lex.negation().isNegated(s, start, group.get(0).end()) ? PlaceRole.DENIED : PlaceRole.DESTINATION;
    }

    /** Where the place's name starts when a state form stands before it ("the Republic of Ireland"). */
    private static int withStateForm(String text, int start) {
        Matcher m = STATE_FORM.matcher(text.substring(Math.max(0, start - STATE_FORM_REACH), start));
        return m.find() ? start - (m.regionEnd() - m.start()) : start;
    }

    /**
     * The place ends a prepositional phrase whose verb or noun is about placing data: "stored on our
     * servers in", "transferred to", "hosted by our provider throughout"; or it starts the sentence
     * ("In Germany, we store..."), or ", where our servers are" follows it.
     */
    private boolean governed(Sentence s, String reach, String after) {
        int words;
        Matcher prep = lex.cueList(Cue.PLACE_GOVERNOR).pattern().matcher(reach);
        if (prep.find()) {
            words = NEAR_WORDS;
        } else {
            prep = lex.cueList(Cue.PLACE_GOVERNOR_FAR).pattern().matcher(reach);
            if (!prep.find()) {
                return lex.cue(Cue.PLACE_DESTINATION_AFTER, after);
            }
            words = FAR_WORDS;
        }
        if (lex.cue(Cue.PLACE_HOLDER_LOCATED, reach)) {
            return true;
        }
        Matcher company = lex.cueList(Cue.PLACE_COMPANY_NAME).pattern().matcher(reach).region(0, prep.start());
        String lead = reach.substring(0, company.find() ? company.start() : prep.start());
        if (lead.isBlank()) { // "In Germany, we store...": the phrase starts the sentence
            return lex.cue(Cue.LOCATION, after.substring(0, Math.min(after.length(), FRONTED_REACH)));
        }
        String near = lastWords(lead, words);
        return lex.cue(Cue.LOCATION, near) || lex.cue(Cue.PLACE_DESTINATION_AFTER, after)
                || lex.cue(Cue.PLACE_HOLDER, lead) && lex.inContext(Cue.LOCATION, s);
    }

    /** The last {@code n} words of the text (with what stands between them). */
    private static String lastWords(String text, int n) {
        List<Integer> starts = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            starts.add(w.start());
        }
        return starts.size() <= n ? text : text.substring(starts.get(starts.size() - n));
    }

    /** The place stands in a table column whose header says where data is hosted or sent. */
    private boolean inLocationColumn(Sentence s, Mention m, Tables.Row row) {
        if (row == null) {
            return false;
        }
        int column = row.column(s.start() + s.originalStart(m.start()));
        if (column < 0 || column >= row.headerCells().size()) {
            return false;
        }
        String header = row.headerCells().get(column);
        return lex.cue(Cue.LOCATION_COLUMN, header) && !lex.cue(Cue.NOT_LOCATION_COLUMN, String.join(" | ", row.headerCells()));
    }

    /**
     * The group is in a list item whose lead-in is about where data goes, or in a list item or table
     * row that speaks of storing or sending under such a heading (a bare list of places under a
     * heading is as often a menu of regional notices, so it needs the lead-in).
     */
    private boolean listedAsPlace(Sentence s, List<Mention> group) {
        boolean leadInPlaces = s.leadIn() != null && lex.cue(Cue.LOCATION, s.leadIn());
        return switch (s.block().kind()) {
            case TABLE_ROW -> leadInPlaces
                    || lex.headingCue(Cue.LOCATION_HEADING, s) && lex.cue(Cue.LOCATION, s) && !barePlaces(s.text(), group);
            // under a lead-in, the item names the place ("Germany: backups"), not a sentence that mentions it
            case LIST_ITEM -> leadInPlaces && (group.get(0).start() < ITEM_HEAD || WORD.matcher(s.text()).results().count() <= ITEM_WORDS)
                    || lex.headingCue(Cue.LOCATION_HEADING, s) && lex.cue(Cue.LOCATION, s) && !barePlaces(s.text(), group);
            default -> false;
        };
    }

    /** Places listed together ("the EEA, the UK and Switzerland") form one group that shares its role. */
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

    /** Whether the text is nothing but the places of the group (a link list of regional notices, say). */
    private static boolean barePlaces(String text, List<Mention> group) {
        String rest = text.substring(0, group.get(0).start()) + text.substring(group.get(group.size() - 1).end());
        return rest.replaceAll("[\\W_]+", " ").isBlank();
    }

    private Relation relation(Sentence s) {
        if (lex.cue(Cue.STORED, s)) {
            return Relation.STORED;
        }
        return lex.cue(Cue.TRANSFERRED, s) ? Relation.TRANSFERRED : Relation.PROCESSED;
    }

    /** Every place named in the text, longest match first where names overlap, in reading order. */
    private List<Mention> mentions(Sentence s, Set<Lexicon.Part> candidates) {
        List<Mention> all = new ArrayList<>();
        for (Lexicon.Part part : candidates) {
            String id = lex.placeIds().get(part);
            if (id == null) {
                continue;
            }
            Matcher m = part.pattern().matcher(s.text());
            while (m.find()) {
                all.add(new Mention(id, m.start(), m.end()));
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
