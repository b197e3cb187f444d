package org.ppcheck.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.ppcheck.facts.Facts.RetentionFact;
import org.ppcheck.nlp.Sentence;

/**
 * Finds how long data is kept: concrete periods in sentences about keeping or deleting data
 * become ISO-8601 durations; criteria such as "as long as necessary" become retention without a period.
 */
final class RetentionFinder {
    private final Lexicons lex;

    RetentionFinder(Lexicons lex) {
        this.lex = lex;
    }

    /** Retention statements in the sentence: a null key means a vague criterion. */
    List<Found> find(Sentence s) {
        if (s.isHeading()) {
            return List.of();
        }
        boolean retentionSentence = lex.cue(Cue.RETENTION, s);
        boolean underRetentionHeading = lex.headingCue(Cue.RETENTION_HEADING, s);
        if (!retentionSentence && !underRetentionHeading) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        Matcher m = RetentionPeriods.PERIOD.matcher(s.text());
        while (m.find()) {
            String after = s.text().substring(m.end());
            String iso = RetentionPeriods.isoDuration(m);
            // no negation test: "we do not keep logs for more than 30 days" still states a period
            if (iso != null && !lex.cue(Cue.NOT_RETENTION, after)) {
                found.add(new Found(iso, Evidence.of(s, m.start(), m.end())));
            }
        }
        Matcher vague = lex.cueList(Cue.VAGUE_RETENTION).pattern().matcher(s.text());
        if (found.isEmpty() && vague.find() && (retentionSentence || underRetentionHeading)) {
            found.add(new Found(null, Evidence.of(s, vague.start(), vague.end())));
        }
        return found;
    }

    /** A statement found: {@code period} is ISO-8601 text that {@link RetentionPeriod#parse} reads, or null when vague. */
    record Found(String period, Evidence evidence) { }

    /**
     * Groups found statements by period: one fact per distinct period, then one for vague criteria.
     * The groups are keyed by the ISO text, so that "2 weeks" and "14 days" stay two facts as written.
     */
    static List<RetentionFact> facts(EvidenceMap<String> byPeriod) {
        List<RetentionFact> facts = new ArrayList<>();
        byPeriod.asMap().forEach((period, evidence) -> {
            if (!period.isEmpty()) {
                facts.add(new RetentionFact(RetentionPeriod.parse(period), evidence));
            }
        });
        if (byPeriod.has("")) {
            facts.add(new RetentionFact(null, byPeriod.get("")));
        }
        return facts;
    }
}
