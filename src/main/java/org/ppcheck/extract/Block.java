package org.ppcheck.extract;

import java.util.List;

/**
 * A run of text that the source marked as one unit: a heading, a paragraph, a list item or a table row.
 * Offsets are into {@link StructuredText#text()}; {@code headingPath} lists the headings above the block,
 * outermost first (for a heading, ending with the heading itself).
 */
public record Block(Kind kind, int start, int end, List<String> headingPath) {

    /** What the source marked the block as. */
    public enum Kind { HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW }

    public Block {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad block span " + start + ".." + end);
        }
        headingPath = List.copyOf(headingPath);
    }

    /** The heading path as one readable string, such as "Your rights > Access". */
    public String section() {
        return String.join(" > ", headingPath);
    }
}
