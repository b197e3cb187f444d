package org.ppcheck.extract;

import java.util.List;

/** The text of a policy with its structure: blocks separated by blank lines, each with its heading path. */
public record StructuredText(String title, String text, List<Block> blocks) {

    public StructuredText {
        blocks = List.copyOf(blocks);
    }

    /** The text of one block. */
    public String textOf(Block block) {
        return text.substring(block.start(), block.end());
    }
}
