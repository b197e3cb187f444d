package org.ppcheck.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Reads Markdown (CommonMark with GitHub tables, as Open Terms Archive publishes policies) with
 * commonmark-java. The tree is walked without recursion: quotes and lists can nest thousands deep.
 */
final class MarkdownExtractor {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    /** A node still to visit, and whether it lies inside a list item. */
    private record Visit(Node node, boolean inListItem) { }

    private final int maxTextChars;

    /** An extractor that stops once the text is over {@code maxTextChars} characters (see {@link Limits}). */
    MarkdownExtractor(int maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    StructuredText extract(String markdown) throws InputException {
        Node document;
        try {
            document = PARSER.parse(markdown);
        } catch (StackOverflowError e) {
            // commonmark-java merges the text of nested emphasis recursively; the error unwinds
            // the parse alone, which holds no state beyond this call
            throw new InputException("the Markdown nests emphasis (* and _) too deeply to be read");
        }
        TextBuilder out = new TextBuilder(maxTextChars);
        Deque<Visit> pending = new ArrayDeque<>();
        pushChildren(document, false, pending);
        while (!pending.isEmpty()) {
            visit(pending.pop(), out, pending);
        }
        return out.build();
    }

    /** Reads one block, or queues its children when it only contains blocks. */
    private static void visit(Visit visit, TextBuilder out, Deque<Visit> pending) {
        Node node = visit.node();
        boolean inListItem = visit.inListItem();
        if (node instanceof Heading h) {
            out.heading(h.getLevel(), inlineText(h));
        } else if (node instanceof Paragraph p) {
            if (!inListItem && isPseudoHeading(p)) {
                out.heading(5, inlineText(p));
            } else if (inListItem) {
                out.listItem(inlineText(p));
            } else {
                paragraphOrLineTable(p, out);
            }
        } else if (node instanceof ListItem) {
            pushChildren(node, true, pending);
        } else if (node instanceof TableRow row) {
            List<String> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                cells.add(inlineText(cell));
            }
            out.tableRow(String.join(" | ", cells));
        } else if (node instanceof HtmlBlock html) {
            out.paragraph(Jsoup.parse(html.getLiteral()).text());
        } else if (node instanceof FencedCodeBlock code) {
            out.paragraph(code.getLiteral());
        } else if (node instanceof IndentedCodeBlock code) {
            // policies hold no code: an indented block is text that its author indented
            out.paragraph(code.getLiteral());
        } else {
            pushChildren(node, inListItem, pending);
        }
    }

    /** Queues the children of {@code parent} so that the first is visited next. */
    private static void pushChildren(Node parent, boolean inListItem, Deque<Visit> pending) {
        for (Node child = parent.getLastChild(); child != null; child = child.getPrevious()) {
            pending.push(new Visit(child, inListItem));
        }
    }

    /** A paragraph that is one bold phrase without a full stop reads as a heading. */
    private static boolean isPseudoHeading(Paragraph p) {
        Node only = p.getFirstChild();
        if (!(only instanceof StrongEmphasis) || only.getNext() != null) {
            return false;
        }
        String text = inlineText(p).strip();
        return !text.isEmpty() && text.length() <= 90 && !text.endsWith(".");
    }

    /**
     * A paragraph of three or more lines ended by hard line breaks, short but for the last, whose first
     * line reads as a header ("Name Function Jurisdiction"): a table that lost its columns on the way
     * to Markdown. Each line becomes a table row, so the first line is read as the header of the rest.
     */
    private static void paragraphOrLineTable(Paragraph p, TextBuilder out) {
        List<String> lines = lines(p);
        if (isLineTable(lines)) {
            lines.forEach(out::tableRow);
        } else {
            out.paragraph(inlineText(p));
        }
    }

    private static boolean isLineTable(List<String> lines) {
        if (lines.size() < LINE_TABLE_MIN_ROWS) {
            return false;
        }
        String header = lines.get(0);
        return !LINE_TABLE_HEADER_NOT.matcher(header).find()
                && lines.subList(0, lines.size() - 1).stream().allMatch(l -> l.strip().split("\\s+").length <= LINE_TABLE_MAX_WORDS);
    }

    private static final int LINE_TABLE_MIN_ROWS = 3;
    private static final int LINE_TABLE_MAX_WORDS = 16;
    /** A header line has no digits and does not end a sentence. */
    private static final Pattern LINE_TABLE_HEADER_NOT = Pattern.compile("\\d|[.!?:;,]\\s*$");

    /** The lines of a paragraph as its hard line breaks split them. */
    private static List<String> lines(Paragraph p) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Node node = p.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HardLineBreak) {
                lines.add(line.toString());
                line.setLength(0);
            } else {
                appendNode(node, line);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static final Set<Class<?>> BREAKS = Set.of(SoftLineBreak.class, HardLineBreak.class);

    static String inlineText(Node parent) {
        StringBuilder sb = new StringBuilder();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            appendNode(node, sb);
        }
        return sb.toString();
    }

    /** Appends the text of an inline node and of everything inside it, without recursion (emphasis can nest deep). */
    private static void appendNode(Node top, StringBuilder sb) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(top);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (node instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (BREAKS.contains(node.getClass())) {
                sb.append(' ');
            } else if (node instanceof HtmlInline html) {
                if (html.getLiteral().matches("(?i)<br\\s*/?>")) {
                    sb.append(' ');
                }
            } else if (!(node instanceof Image)) {
                for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                    pending.push(child);
                }
            }
        }
    }
}
