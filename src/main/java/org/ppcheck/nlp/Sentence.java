package org.ppcheck.nlp;

import java.util.List;
import java.util.Set;
import org.ppcheck.extract.Block;

/**
 * One sentence with its place in the document: offsets into the extracted text, the block it is in,
 * its tokens (offsets relative to the sentence), and, for list items and table rows, the lead-in
 * sentence that introduced the list ("We collect the following:"). {@code words} holds the tokens in
 * lower case (hyphenated and slashed ones also in parts) and their prefixes as "pre*", for quick
 * "could this pattern match here" tests.
 */
public record Sentence(String text, int start, int end, Block block, List<Token> tokens, Set<String> words, Sentence leadIn) {

    /** A token with offsets relative to the sentence. */
    public record Token(String text, int start, int end) { }

    public Sentence {
        tokens = List.copyOf(tokens);
        words = Set.copyOf(words);
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
}
