package org.ppcheck.compare;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * A text read as its words, lower-cased, so that two versions of a sentence compare equal when
 * only case, white space or punctuation changed ("Payment and transaction data." and "payment
 * and transaction data"). Each word keeps its offsets, so that a match quotes the text as written,
 * and whether a sentence starts before it or ends after it, so that a short sentence is found only
 * as a whole sentence: a removed list item "Name" is not found again in "your company name".
 */
final class Words {
    /** What ends a sentence or a list item between two words. */
    private static final String SENTENCE_BREAKS = ".!?;:\n";

    private final String text;
    private final List<String> words;
    private final int[] starts;
    private final int[] ends;
    private final BitSet sentenceStarts;
    private final BitSet sentenceEnds;

    private Words(String text, List<String> words, int[] starts, int[] ends) {
        this.text = text;
        this.words = List.copyOf(words);
        this.starts = starts;
        this.ends = ends;
        this.sentenceStarts = new BitSet(words.size());
        this.sentenceEnds = new BitSet(words.size());
        for (int i = 0; i < words.size(); i++) {
            if (i == 0 || breaksSentence(ends[i - 1], starts[i])) {
                sentenceStarts.set(i);
            }
            if (i == words.size() - 1 || breaksSentence(ends[i], starts[i + 1])) {
                sentenceEnds.set(i);
            }
        }
    }

    /** The words of a text: runs of letters, digits and combining marks; everything else separates them. */
    static Words of(String text) {
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            spans.add(new int[] {start, i});
        }
        int[] starts = spans.stream().mapToInt(s -> s[0]).toArray();
        int[] ends = spans.stream().mapToInt(s -> s[1]).toArray();
        return new Words(text, words, starts, ends);
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private boolean breaksSentence(int from, int to) {
        for (int i = from; i < to; i++) {
            if (SENTENCE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The words in order, lower-cased. */
    List<String> list() {
        return words;
    }

    /**
     * The words of {@code [start, end)} of this text, as a phrase to look for elsewhere: each end of
     * it that is a sentence boundary here must be one where it is found.
     */
    Phrase phrase(int start, int end) {
        int first = 0;
        while (first < words.size() && starts[first] < start) {
            first++;
        }
        int last = first - 1;
        while (last + 1 < words.size() && ends[last + 1] <= end) {
            last++;
        }
        if (last < first) {
            return new Phrase(List.of(), false, false);
        }
        return new Phrase(words.subList(first, last + 1), sentenceStarts.get(first), sentenceEnds.get(last));
    }

    /** The text as written where the phrase occurs first in this text, or null when it does not. */
    String find(Phrase phrase) {
        int n = phrase.words().size();
        if (n == 0) {
            return null;
        }
        for (int i = 0; i + n <= words.size(); i++) {
            if (words.get(i).equals(phrase.words().get(0)) && (!phrase.wholeStart() || sentenceStarts.get(i)) && (!phrase.wholeEnd() || sentenceEnds.get(i + n - 1))
                    && words.subList(i, i + n).equals(phrase.words())) {
                return text.substring(starts[i], ends[i + n - 1]);
            }
        }
        return null;
    }

    /**
     * Words to look for, and whether they must begin and end a sentence where they are found.
     *
     * @param words the words, lower-cased
     * @param wholeStart whether the match must start a sentence
     * @param wholeEnd whether the match must end a sentence
     */
    record Phrase(List<String> words, boolean wholeStart, boolean wholeEnd) {
        Phrase {
            words = List.copyOf(words);
        }
    }
}
