package org.ppcheck.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.ppcheck.util.Cancellation;

/**
 * Collects blocks in reading order and keeps the stack of open headings, so that every block
 * knows its heading path. White space inside a block is folded; empty blocks are dropped. The
 * text of every format passes through here, so this is where its size is capped: past the cap the
 * builder stops the extraction with {@link TooMuchText}.
 */
final class TextBuilder {
    /** A paragraph needs this many words before a blank line can be read as breaking one of its sentences. */
    private static final int OPEN_SENTENCE_MIN_WORDS = 6;

    private record OpenHeading(int level, String text) { }

    /**
     * The text passed its cap. Unchecked, because it is thrown from inside the extractors' walks
     * (jsoup's and PDFBox's callbacks declare no checked exceptions); {@link Extraction} turns it
     * into an {@link InputException}.
     */
    static final class TooMuchText extends RuntimeException {
        private final int limit;

        TooMuchText(int limit) {
            super("the extracted text is over " + limit + " characters", null, false, false);
            this.limit = limit;
        }

        int limit() {
            return limit;
        }
    }

    private final int maxChars;
    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();
    private final Deque<OpenHeading> headings = new ArrayDeque<>();
    private String title;

    /** A builder that stops (with {@link TooMuchText}) once its text is over {@code maxChars} characters. */
    TextBuilder(int maxChars) {
        this.maxChars = maxChars;
    }

    /** A heading of the given level (1 = outermost); it closes every open heading of the same or a deeper level. */
    void heading(int level, String raw) {
        String clean = fold(raw);
        if (clean.isEmpty()) {
            return;
        }
        while (!headings.isEmpty() && headings.peek().level() >= level) {
            headings.pop();
        }
        headings.push(new OpenHeading(level, clean));
        if (title == null) {
            title = clean;
        }
        add(Block.Kind.HEADING, clean);
    }

    /**
     * A paragraph; one that goes on a sentence the previous paragraph left open (it ended on a
     * lower-case word or a comma, as where a converted PDF breaks a sentence over a blank line) is
     * joined to it.
     */
    void paragraph(String raw) {
        String clean = fold(raw);
        Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        if (!clean.isEmpty() && last != null && last.kind() == Block.Kind.PARAGRAPH && last.end() == text.length()
                && endsInsideSentence(text.subSequence(last.start(), last.end()))
                && last.headingPath().equals(headingPath())) {
            makeRoom(1 + clean.length());
            text.append(' ').append(clean);
            blocks.set(blocks.size() - 1, new Block(Block.Kind.PARAGRAPH, last.start(), text.length(), last.headingPath()));
            return;
        }
        add(Block.Kind.PARAGRAPH, clean);
    }

    void listItem(String raw) {
        add(Block.Kind.LIST_ITEM, fold(raw));
    }

    void tableRow(String raw) {
        add(Block.Kind.TABLE_ROW, fold(raw));
    }

    /** Sets the title when the source names one (an HTML title, PDF metadata). */
    void titleIfAbsent(String candidate) {
        if (title == null && candidate != null && !fold(candidate).isEmpty()) {
            title = fold(candidate);
        }
    }

    StructuredText build() {
        return new StructuredText(title, text.toString(), blocks);
    }

    private void add(Block.Kind kind, String clean) {
        if (clean.isEmpty()) {
            return;
        }
        makeRoom((text.length() > 0 ? 2 : 0) + clean.length());
        if (text.length() > 0) {
            text.append("\n\n");
        }
        int start = text.length();
        text.append(clean);
        blocks.add(new Block(kind, start, text.length(), headingPath()));
    }

    /**
     * Stops the extraction when {@code more} characters would take the text over its cap, or when
     * its policy was given up (see {@link Cancellation}).
     */
    private void makeRoom(int more) {
        if ((long) text.length() + more > maxChars) {
            throw new TooMuchText(maxChars);
        }
        Cancellation.checkpoint();
    }

    /** Six or more words that stop on a lower-case word or a comma. */
    private static boolean endsInsideSentence(CharSequence paragraph) {
        char last = paragraph.charAt(paragraph.length() - 1);
        if (!Character.isLowerCase(last) && last != ',') {
            return false;
        }
        int spaces = 0;
        for (int i = 0; i < paragraph.length() && spaces < OPEN_SENTENCE_MIN_WORDS - 1; i++) {
            spaces += paragraph.charAt(i) == ' ' ? 1 : 0;
        }
        return spaces >= OPEN_SENTENCE_MIN_WORDS - 1;
    }

    private List<String> headingPath() {
        List<String> path = new ArrayList<>();
        headings.descendingIterator().forEachRemaining(h -> path.add(h.text()));
        return path;
    }

    /**
     * The text with each run of white space (no-break spaces, zero-width spaces and byte-order marks
     * included) as one space, and none at either end. A run of only zero-width spaces and byte-order
     * marks between two other characters is kept as it is: it breaks no word ("G&#92;u200bDPR" is
     * GDPR, not "G DPR"), and the analysis reads the text without it.
     */
    static String fold(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            int end = i;
            boolean space = false;
            while (end < raw.length() && isSpace(raw.charAt(end))) {
                space |= raw.charAt(end) != '\u200B' && raw.charAt(end) != '\uFEFF';
                end++;
            }
            if (end == i) {
                sb.append(raw.charAt(i++));
            } else {
                boolean inside = i > 0 && end < raw.length();
                sb.append(space || !inside ? " " : raw.substring(i, end));
                i = end;
            }
        }
        return sb.toString().strip();
    }

    /** The white space of a regular expression's {@code \s}, the no-break space, the zero-width space and the byte-order mark. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';
    }
}
