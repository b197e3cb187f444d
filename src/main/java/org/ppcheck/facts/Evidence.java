package org.ppcheck.facts;

import org.ppcheck.nlp.Sentence;

/** The words that prove a fact: an exact substring of the extracted text, its offsets and its section. */
public record Evidence(String text, int start, int end, String section) {
    /** Sentences longer than this are quoted as a window around the match. */
    static final int MAX_QUOTE = 400;
    private static final int WINDOW = 180;

    public Evidence {
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("evidence offsets do not match its text");
        }
    }

    /** The whole sentence, or for a long one a window around {@code [from, to)} (offsets within the sentence). */
    static Evidence of(Sentence s, int from, int to) {
        if (s.text().length() <= MAX_QUOTE) {
            return new Evidence(s.text(), s.start(), s.end(), s.section());
        }
        int len = s.text().length();
        int a = Math.max(0, from - WINDOW);
        int b = Math.min(len, to + WINDOW);
        while (a > 0 && a < from && !Character.isWhitespace(s.text().charAt(a - 1))) {
            a++;
        }
        while (b < len && b > to && !Character.isWhitespace(s.text().charAt(b))) {
            b--;
        }
        return new Evidence(s.text().substring(a, b), s.start() + a, s.start() + b, s.section());
    }
}
