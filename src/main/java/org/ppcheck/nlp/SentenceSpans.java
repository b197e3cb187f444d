package org.ppcheck.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;
import org.ppcheck.util.Cancellation;

/**
 * Where the sentences of a block's reading start and end: OpenNLP's sentences, found piece by piece
 * where a run without white space is too long for it, with wrong ends undone (abbreviations of legal
 * citations), and cut where a sentence is longer than the limit. Each step costs time in proportion
 * to the text.
 */
final class SentenceSpans {
    /** Abbreviations that end no sentence; those written "No #" only when a number follows (abbreviations.txt). */
    private static final Set<String> ABBREVIATIONS = TextAnalyzer.readWordList("abbreviations.txt");
    /** The last word of a piece, when the piece ends with a full stop after it ("Cal." gives "Cal"). */
    private static final Pattern LAST_WORD_STOP = Pattern.compile("([\\p{L}][\\p{L}.]*)\\.\\s*$");
    /** How a piece that goes on a sentence starts: a lower-case word, "§" or "&" ("Cal. Bus. & Prof."). */
    private static final Pattern CONTINUATION = Pattern.compile("^(?:\\p{Ll}|[§&])");
    private static final Pattern NUMBER_NEXT = Pattern.compile("^(?:\\p{N}|\\()");
    /**
     * OpenNLP looks from every sentence end (".", "?", "!") to the end of the run without white space it
     * stands in, so its time on a run grows with their number times the run's length: quadratic in a run
     * such as "x.x.x.…". A run is cut where that product reaches this budget, which is about 250
     * characters of "x.x.x." and more than any word or ordinary link.
     */
    static final long RUN_WORK = 1L << 15;
    /** How far back from a piece's end its last word ("Cal.") is looked for; every abbreviation is shorter. */
    private static final int LAST_WORD_REACH = 64;

    private SentenceSpans() {
    }

    /**
     * OpenNLP's sentences of the text, detected piece by piece where a run without white space would
     * cost it more than {@link #RUN_WORK}: such a run is cut there, and the cut ends a sentence.
     */
    static Span[] detect(String text) {
        int from = 0;
        int runStart = 0;
        long ends = 0;
        List<Span> out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                runStart = i + 1;
                ends = 0;
                continue;
            }
            if (ends * (i - runStart) >= RUN_WORK && !Character.isLowSurrogate(c)) {
                out = out == null ? new ArrayList<>() : out;
                addDetected(out, text, from, i);
                from = i;
                runStart = i;
                ends = 0;
            }
            ends += c == '.' || c == '?' || c == '!' ? 1 : 0;
        }
        if (out == null) {
            return NlpModels.sentenceDetector().sentPosDetect(text);
        }
        addDetected(out, text, from, text.length());
        return out.toArray(Span[]::new);
    }

    private static void addDetected(List<Span> out, String text, int from, int to) {
        Cancellation.checkpoint();
        for (Span s : NlpModels.sentenceDetector().sentPosDetect(text.substring(from, to))) {
            out.add(new Span(s.getStart() + from, s.getEnd() + from));
        }
    }

    /**
     * The detected sentences with wrong ends undone: a piece is joined to the next one when it ends with
     * an abbreviation that ends no sentence ("Cal. Civ. Code § 1798.100", "Art. 6"), or when the next one
     * goes on the sentence (it starts with a lower-case word, "§" or "&", as after "et seq.").
     */
    static Span[] merged(String text, Span[] detected) {
        if (detected.length < 2) {
            return detected;
        }
        List<Span> out = new ArrayList<>();
        Span current = detected[0];
        for (int i = 1; i < detected.length; i++) {
            Span next = detected[i];
            if (goesOn(text, current, next)) {
                current = new Span(current.getStart(), next.getEnd());
            } else {
                out.add(current);
                current = next;
            }
        }
        out.add(current);
        return out.size() == detected.length ? detected : out.toArray(Span[]::new);
    }

    /**
     * Whether the piece goes on in the next one. Only the start of the next piece and the end of this one
     * are read, so that joining the pieces of a long run costs no more than the run.
     */
    private static boolean goesOn(String text, Span piece, Span next) {
        if (CONTINUATION.matcher(text).region(next.getStart(), next.getEnd()).lookingAt()) {
            return true;
        }
        String word = lastWord(text, piece);
        return word != null && (ABBREVIATIONS.contains(word)
                || ABBREVIATIONS.contains(word + " #") && NUMBER_NEXT.matcher(text).region(next.getStart(), next.getEnd()).lookingAt());
    }

    /**
     * The last word of the piece when a full stop ends it ("Cal." gives "Cal"), or null; null too when
     * letters and full stops reach further back than {@link #LAST_WORD_REACH}, which no abbreviation does.
     */
    private static String lastWord(String text, Span piece) {
        int from = Math.max(piece.getStart(), piece.getEnd() - LAST_WORD_REACH);
        Matcher m = LAST_WORD_STOP.matcher(text).region(from, piece.getEnd());
        if (!m.find()) {
            return null;
        }
        int p = m.start();
        while (p > from && text.charAt(p - 1) == '.') {
            p--;
        }
        if (p == from && from > piece.getStart()) {
            int before = text.codePointBefore(from);
            if (Character.isLetter(before) || before == '.') {
                return null;
            }
        }
        return m.group(1);
    }

    /** The span cut, at white space where possible, into pieces of at most {@code max} characters. */
    static List<Span> pieces(String text, Span span, int max) {
        List<Span> out = new ArrayList<>();
        int start = span.getStart();
        while (span.getEnd() - start > max) {
            int cut = text.lastIndexOf(' ', start + max);
            if (cut <= start + max / 2) {
                cut = start + max;
            }
            out.add(new Span(start, cut));
            start = cut;
            while (start < span.getEnd() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (start < span.getEnd()) {
            out.add(new Span(start, span.getEnd()));
        }
        return out;
    }
}
