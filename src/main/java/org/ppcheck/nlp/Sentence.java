package org.ppcheck.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;
import org.ppcheck.extract.Block;

/**
 * One sentence with its place in the document: offsets into the extracted text, the block it is in,
 * and, for list items and table rows, the lead-in sentence that introduced the list ("We collect the
 * following:"). {@code words} holds the sentence's words in lower case (hyphenated and slashed ones
 * also in parts) and their prefixes as "pre*", for quick "could this pattern match here" tests.
 *
 * <p>The OpenNLP tokens are made on first use: only sentences where a match must be tested for
 * negation need them, which is a small share of all sentences, and the statistical tokenizer is the
 * costliest step of the analysis.
 */
public final class Sentence {
    /** A token with offsets relative to the sentence. */
    public record Token(String text, int start, int end) { }

    private final String text;
    private final String lower;
    private final int start;
    private final int end;
    private final Block block;
    private final Set<String> words;
    private final Sentence leadIn;
    private List<Token> tokens;

    public Sentence(String text, String lower, int start, int end, Block block, Set<String> words, Sentence leadIn) {
        this.text = text;
        this.lower = lower;
        this.start = start;
        this.end = end;
        this.block = block;
        this.words = java.util.Collections.unmodifiableSet(words);
        this.leadIn = leadIn;
    }

    public String text() {
        return text;
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

    /** The heading path as one string. */
    public String section() {
        return block.section();
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
