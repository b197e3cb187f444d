package org.ppcheck.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;
import org.ppcheck.extract.Block;

/**
 * One sentence with its place in the document: offsets into the extracted text, the block it is in,
 * and, for list items and table rows, the lead-in sentence that introduced the list ("We collect the
 * following:"). {@code words} holds the sentence's words in lower case (hyphenated and slashed ones
 * also in parts) and their prefixes as "pre*", for quick "could this pattern match here" tests.
 *
 * <p>{@link #text()}, {@link #lower()}, {@link #words()}, {@link #tokens()} and {@link #section()} are
 * the sentence as read for matching ({@link MatchText}: without invisible characters, look-alikes read
 * as ASCII); offsets within the sentence are offsets into {@link #text()}, and
 * {@link #originalStart(int)} and {@link #originalEnd(int)} take them back to the characters as written,
 * which {@link #original()}, {@link #start()} and {@link #end()} give. For most sentences both are the same.
 *
 * <p>The OpenNLP tokens are made on first use: only sentences where a match must be tested for
 * negation need them, which is a small share of all sentences, and the statistical tokenizer is the
 * costliest step of the analysis.
 */
public final class Sentence {
    /** A token with offsets relative to the sentence. */
    public record Token(String text, int start, int end) { }

    private final MatchText blockText;
    private final int from;
    private final int originalFrom;
    private final String text;
    private final String original;
    private final String lower;
    private final int start;
    private final int end;
    private final Block block;
    private final String section;
    private final Set<String> words;
    private final Sentence leadIn;
    private List<Token> tokens;

    /**
     * The sentence at {@code [from, to)} of its block's reading; {@code section} is the reading of the
     * block's heading path.
     */
    Sentence(MatchText blockText, int from, int to, Block block, String section, Sentence leadIn) {
        this.blockText = blockText;
        this.from = from;
        this.text = blockText.text().substring(from, to);
        this.originalFrom = blockText.originalStart(from);
        int originalTo = Math.max(originalFrom, blockText.originalEnd(to));
        this.original = blockText.isOriginal() ? text : blockText.original().substring(originalFrom, originalTo);
        this.lower = text.toLowerCase(Locale.ROOT);
        this.start = block.start() + originalFrom;
        this.end = block.start() + originalTo;
        this.block = block;
        this.section = section;
        this.words = Collections.unmodifiableSet(TextAnalyzer.words(lower));
        this.leadIn = leadIn;
    }

    /** The sentence as read for matching. */
    public String text() {
        return text;
    }

    /** The sentence as extracted: the characters from {@link #start()} to {@link #end()}. */
    public String original() {
        return original;
    }

    /** The original offset (within {@link #original()}) of the character at {@code offset} of {@link #text()}. */
    public int originalStart(int offset) {
        return blockText.originalStart(from + offset) - originalFrom;
    }

    /** The original offset (within {@link #original()}) just past the character before {@code offset} of {@link #text()}. */
    public int originalEnd(int offset) {
        return Math.max(0, blockText.originalEnd(from + offset) - originalFrom);
    }

    /** The text in lower case (Locale.ROOT); usually of the same length, so offsets agree. */
    public String lower() {
        return lower;
    }

    /** Offset of the sentence's first character in the extracted text. */
    public int start() {
        return start;
    }

    /** Offset just past the sentence's last character in the extracted text. */
    public int end() {
        return end;
    }

    public Block block() {
        return block;
    }

    public Set<String> words() {
        return words;
    }

    /** The sentence that introduced this list item or table row, or null. */
    public Sentence leadIn() {
        return leadIn;
    }

    /** The OpenNLP tokens, made on first call. */
    public List<Token> tokens() {
        List<Token> t = tokens;
        if (t == null) {
            Span[] spans = NlpModels.tokenizer().tokenizePos(text);
            List<Token> made = new ArrayList<>(spans.length);
            for (Span span : spans) {
                made.add(new Token(text.substring(span.getStart(), span.getEnd()), span.getStart(), span.getEnd()));
            }
            t = List.copyOf(made);
            tokens = t;
        }
        return t;
    }

    /** The heading path as one string, as read for matching (the block's {@link Block#section()} as written). */
    public String section() {
        return section;
    }

    /** The headings above the sentence, outermost first. */
    public List<String> headingPath() {
        return block.headingPath();
    }

    public boolean isHeading() {
        return block.kind() == Block.Kind.HEADING;
    }

    @Override
    public String toString() {
        return text;
    }
}
