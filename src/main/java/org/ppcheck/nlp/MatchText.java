package org.ppcheck.nlp;

/**
 * The text that sentence detection and every pattern read, made from the text as extracted so that
 * characters a reader cannot see, or cannot tell from ASCII, do not change what is found:
 * <ul>
 *   <li>invisible formatting characters are left out: category Cf (zero-width spaces and joiners, word
 *       joiners, soft hyphens, bidi controls, byte-order marks) and the other default-ignorable ones
 *       (variation selectors, the combining grapheme joiner); "G&#92;u200bDPR" reads "GDPR";</li>
 *   <li>a letter and the combining marks after it are composed (NFC), and a letter or digit whose
 *       compatibility form (NFKC) is ASCII reads as that form: fullwidth and mathematical letters, the
 *       ligature "ﬁ";</li>
 *   <li>a letter or digit of another script that looks like one ASCII letter or digit (the Unicode
 *       confusables, {@code look-alikes.txt}) reads as it in a word that also holds ASCII letters or
 *       digits ("Chinа" with a Cyrillic "а"), or that it turns wholly into ASCII; a word of another
 *       script stays as written ("Москва").</li>
 * </ul>
 * Bidi controls are left out, not applied: letters written backwards under a right-to-left override
 * read in the order they are stored.
 * ASCII stays as it is (no "rn" for "m", no "0" for "O"), and so do all other characters: curly quotes,
 * no-break spaces, accented letters, superscript digits such as footnote marks. Text without any of
 * these characters is its own reading, made without copying. Every offset into the reading maps back to
 * the original, so that evidence quotes the characters as written, hidden ones included.
 */
public final class MatchText {
    private final String original;
    private final String text;
    /**
     * Where the offsets of reading and original stop running parallel, as quadruples in reading order:
     * the reading's characters from the first to the second offset stand for the original's from the
     * third to the fourth (an empty span where hidden characters were left out, one character for the
     * two of "𝐆", two for the one of "ﬁ"), and after them each character stands for one, with the
     * offsets apart by the difference of the fourth and the second. Null when the reading is the original.
     */
    private final int[] segments;
    private final int hiddenInWords;
    private final int lookAlikesInWords;

    MatchText(String original, String text, int[] segments, int hiddenInWords, int lookAlikesInWords) {
        this.original = original;
        this.text = text;
        this.segments = segments;
        this.hiddenInWords = hiddenInWords;
        this.lookAlikesInWords = lookAlikesInWords;
    }

    /** The reading of {@code original}. */
    public static MatchText of(String original) {
        return needsReading(original) ? MatchTextReader.read(original) : new MatchText(original, original, null, 0, 0);
    }

    /** The text as read for matching. */
    public String text() {
        return text;
    }

    /** The text as extracted. */
    public String original() {
        return original;
    }

    /** Whether the reading is the original, character for character. */
    public boolean isOriginal() {
        return segments == null;
    }

    /** The original offset of the reading's character at {@code offset} (the original's length at the end). */
    public int originalStart(int offset) {
        if (segments == null) {
            return offset;
        }
        return offset >= text.length() ? original.length() : startOf(Math.max(0, offset));
    }

    /** The original offset just past the reading's character before {@code offset} (0 at the start). */
    public int originalEnd(int offset) {
        if (segments == null) {
            return offset;
        }
        if (offset <= 0) {
            return 0;
        }
        int c = offset - 1;
        int s = segmentOf(c);
        if (s < 0) {
            return offset;
        }
        return c < segments[s + 1] ? segments[s + 3] : offset + segments[s + 3] - segments[s + 1];
    }

    private int startOf(int c) {
        int s = segmentOf(c);
        if (s < 0) {
            return c;
        }
        return c < segments[s + 1] ? segments[s + 2] : c + segments[s + 3] - segments[s + 1];
    }

    /** The index of the last segment that starts at or before the reading's character {@code c}, or -1. */
    private int segmentOf(int c) {
        int lo = 0;
        int hi = segments.length / 4 - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (segments[mid * 4] <= c) {
                found = mid * 4;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** How many invisible characters stood inside words that read as ASCII ("G&#92;u200bDPR" has one). */
    public int hiddenInWords() {
        return hiddenInWords;
    }

    /** How many letters of another script were read as ASCII letters inside words written with ASCII letters. */
    public int lookAlikesInWords() {
        return lookAlikesInWords;
    }

    /** Whether any character of the text could read differently; most text is ASCII and answers no at once. */
    private static boolean needsReading(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && (Character.isSurrogate(c) || CharacterFolding.invisible(c) || CharacterFolding.mark(c)
                    || CharacterFolding.lookAlike(c) != 0 || CharacterFolding.asciiForm(c) != null)) {
                return true;
            }
        }
        return false;
    }
}
