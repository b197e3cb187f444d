package org.ppcheck.nlp;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Makes the {@link MatchText} of a text that holds characters to read differently, in two passes and
 * without an object per character. The first pass finds the words and decides, for each word that
 * holds a look-alike, whether it reads as ASCII, counting hidden characters and look-alikes; the second
 * writes the reading and notes where its offsets stop running parallel to the original's.
 */
final class MatchTextReader {
    private final String original;
    /** The words whose look-alikes read as ASCII, as pairs of original offsets: start, end. */
    private int[] folded = new int[8];
    private int foldedCount;
    private int hiddenInWords;
    private int lookAlikesInWords;
    private final StringBuilder text;
    /** Quadruples (reading start, reading end, original start, original end), see {@link MatchText}. */
    private int[] segments = new int[16];
    private int segmentCount;
    private boolean changed;

    private MatchTextReader(String original) {
        this.original = original;
        this.text = new StringBuilder(original.length());
    }

    static MatchText read(String original) {
        MatchTextReader r = new MatchTextReader(original);
        r.findWords();
        r.write();
        if (!r.changed) {
            return new MatchText(original, original, null, 0, 0);
        }
        return new MatchText(original, r.text.toString(), Arrays.copyOf(r.segments, r.segmentCount * 4), r.hiddenInWords,
                r.lookAlikesInWords);
    }

    /** Whether the code point belongs to a word: a letter, digit or mark, or a look-alike of one. */
    private static boolean wordChar(int cp) {
        return Character.isLetterOrDigit(cp) || CharacterFolding.mark(cp) || CharacterFolding.lookAlike(cp) != 0;
    }

    /**
     * A word is a run of word characters; invisible characters neither end nor join one. Its look-alikes
     * read as ASCII when it holds ASCII letters or digits, or when every character of it turns into
     * ASCII; hidden characters and look-alikes count in such words only, so that a word of another
     * script (a Persian word with its zero-width non-joiner) raises no warning. Only look-alikes of
     * another script than Latin count: a Turkish "ı" in a Latin word is spelling, not a disguise.
     */
    private void findWords() {
        int start = -1;
        int end = 0;
        boolean ascii = false;
        boolean written = false;
        boolean allFold = true;
        int lookAlikes = 0;
        int foreign = 0;
        int hidden = 0;
        int pendingHidden = 0;
        for (int i = 0; i <= original.length(); ) {
            int cp = i < original.length() ? original.codePointAt(i) : ' ';
            int next = i + Character.charCount(cp);
            if (i < original.length() && CharacterFolding.invisible(cp)) {
                pendingHidden += start >= 0 ? 1 : 0;
                i = next;
                continue;
            }
            boolean inWord = i < original.length() && wordChar(cp);
            if (inWord) {
                if (start < 0) {
                    start = i;
                    ascii = written = false;
                    allFold = true;
                    lookAlikes = foreign = hidden = 0;
                } else {
                    hidden += pendingHidden;
                }
                boolean isAscii = cp < 0x80;
                boolean form = !isAscii && CharacterFolding.asciiForm(cp) != null;
                boolean lookAlike = !isAscii && !form && CharacterFolding.lookAlike(cp) != 0;
                ascii |= isAscii || form;
                written |= isAscii;
                allFold &= isAscii || form || lookAlike;
                lookAlikes += lookAlike ? 1 : 0;
                foreign += lookAlike && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN ? 1 : 0;
                end = next;
            } else if (start >= 0) {
                if (ascii || allFold) {
                    hiddenInWords += hidden;
                    lookAlikesInWords += written ? foreign : 0;
                    if (lookAlikes > 0) {
                        addFolded(start, end);
                    }
                }
                start = -1;
            }
            pendingHidden = 0;
            i = next;
        }
    }

    private void addFolded(int start, int end) {
        if (foldedCount * 2 + 2 > folded.length) {
            folded = Arrays.copyOf(folded, folded.length * 2);
        }
        folded[foldedCount * 2] = start;
        folded[foldedCount * 2 + 1] = end;
        foldedCount++;
    }

    /** Writes the reading: invisible characters out, marks composed, ASCII forms and folded look-alikes in. */
    private void write() {
        int word = 0;
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (CharacterFolding.invisible(cp)) {
                changed = true;
                i = next;
                continue;
            }
            int marksEnd = next;
            while (marksEnd < original.length() && CharacterFolding.mark(original.codePointAt(marksEnd))
                    && !CharacterFolding.invisible(original.codePointAt(marksEnd))) {
                marksEnd += Character.charCount(original.codePointAt(marksEnd));
            }
            if (marksEnd > next) {
                String cluster = original.substring(i, marksEnd);
                String composed = Normalizer.normalize(cluster, Normalizer.Form.NFC);
                emit(composed.equals(cluster) ? cluster : composed, i, marksEnd);
                i = marksEnd;
                continue;
            }
            while (word < foldedCount && folded[word * 2 + 1] <= i) {
                word++;
            }
            String form = cp < 0x80 ? null : CharacterFolding.asciiForm(cp);
            char lookAlike = cp < 0x80 || form != null ? 0 : CharacterFolding.lookAlike(cp);
            if (form != null) {
                emit(form, i, next);
            } else if (lookAlike != 0 && word < foldedCount && folded[word * 2] <= i) {
                emit(String.valueOf(lookAlike), i, next);
            } else {
                emit(null, i, next);
            }
            i = next;
        }
    }

    /**
     * Writes {@code out} for the original characters {@code [from, to)} (null: as written). Characters
     * written one for one continue the parallel run; anything else is noted as a segment.
     */
    private void emit(String out, int from, int to) {
        int at = text.length();
        int length = out == null ? to - from : out.length();
        if (out == null) {
            text.append(original, from, to);
        } else {
            text.append(out);
            changed |= !out.contentEquals(original.subSequence(from, to));
        }
        boolean parallel = length == to - from && from - at == delta();
        if (!parallel) {
            addSegment(at, length == to - from ? at : at + length, from, length == to - from ? from : to);
        }
    }

    /** How far original offsets run ahead of reading offsets after the last segment. */
    private int delta() {
        if (segmentCount == 0) {
            return 0;
        }
        int s = (segmentCount - 1) * 4;
        return segments[s + 3] - segments[s + 1];
    }

    private void addSegment(int readingStart, int readingEnd, int originalStart, int originalEnd) {
        if (segmentCount * 4 + 4 > segments.length) {
            segments = Arrays.copyOf(segments, segments.length * 2);
        }
        int s = segmentCount * 4;
        segments[s] = readingStart;
        segments[s + 1] = readingEnd;
        segments[s + 2] = originalStart;
        segments[s + 3] = originalEnd;
        segmentCount++;
    }
}
