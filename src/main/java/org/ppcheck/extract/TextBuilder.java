package org.ppcheck.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects blocks in reading order and keeps the stack of open headings, so that every block
 * knows its heading path. White space inside a block is folded; empty blocks are dropped.
 */
final class TextBuilder {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u200B\\uFEFF]+");

    private record OpenHeading(int level, String text) { }

    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();
    private final Deque<OpenHeading> headings = new ArrayDeque<>();
    private String title;

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

    void paragraph(String raw) {
        add(Block.Kind.PARAGRAPH, fold(raw));
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
        if (text.length() > 0) {
            text.append("\n\n");
        }
        int start = text.length();
        text.append(clean);
        List<String> path = new ArrayList<>();
        headings.descendingIterator().forEachRemaining(h -> path.add(h.text()));
        blocks.add(new Block(kind, start, text.length(), path));
    }

    static String fold(String raw) {
        return raw == null ? "" : SPACE.matcher(raw).replaceAll(" ").strip();
    }
}
