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

    /**
     * The whole sentence, or for a long one a window around {@code [from, to)} (offsets within the
     * sentence as read, {@link Sentence#text()}); the quote is the sentence as written, hidden
     * characters and look-alikes included, with its offsets in the extracted text.
     */
    static Evidence of(Sentence s, int from, int to) {
        String text = s.original();
        String section = s.block().section();
        if (text.length() <= MAX_QUOTE) {
            return new Evidence(text, s.start(), s.end(), section);
        }
        int start = s.originalStart(from);
        int end = Math.max(start, s.originalEnd(to));
        int len = text.length();
        int a = Math.max(0, start - WINDOW);
        int b = Math.min(len, end + WINDOW);
        while (a > 0 && a < start && !Character.isWhitespace(text.charAt(a - 1))) {
            a++;
        }
        while (b < len && b > end && !Character.isWhitespace(text.charAt(b))) {
            b--;
        }
        return new Evidence(text.substring(a, b), s.start() + a, s.start() + b, section);
    }
}
