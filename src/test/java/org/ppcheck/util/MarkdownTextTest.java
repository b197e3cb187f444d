package org.ppcheck.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** Escaped text parses back as one paragraph of plain text with exactly the characters it had. */
class MarkdownTextTest {
    private static final Parser PARSER = Parser.builder().build();

    @Test
    void linksImagesHtmlCodeAndEmphasisStayText() {
        for (String s : List.of("[click](javascript:alert(1))", "![](http://tracker.example/p.gif)", "<script>alert(1)</script>",
                "<http://auto.example>", "`code` and **bold** and _it_ and ~~gone~~", "a | b", "\\[x](y)", "[ref]: javascript:x",
                "&lt;b&gt; and &#106;")) {
            assertThat(plainText(MarkdownText.escape(s))).as(s).isEqualTo(s.replace("&lt;", "<").replace("&gt;", ">").replace("&#106;", "j"));
        }
    }

    @Test
    void whatWouldStartABlockStartsNothing() {
        for (String s : List.of("# Heading", "  ## Heading", "- item", "+ item", "1. item", "12) item", "> quote", "===", "---", "***")) {
            assertThat(plainText(MarkdownText.escape(s))).as(s).isEqualTo(s.strip());
        }
    }

    @Test
    void lineBreaksBecomeSpacesAndControlCharactersEscapes() {
        assertThat(MarkdownText.escape("one\ntwo\r\nthree")).isEqualTo("one two three");
        assertThat(plainText(MarkdownText.escape("\u001b[2J"))).isEqualTo("\\x1b[2J");
        assertThat(MarkdownText.escape(null)).isEmpty();
    }

    /** The text of a document that must be a single paragraph of text nodes. */
    private static String plainText(String markdown) {
        Node paragraph = PARSER.parse(markdown).getFirstChild();
        assertThat(paragraph).as(markdown).isInstanceOf(Paragraph.class);
        assertThat(paragraph.getNext()).as(markdown).isNull();
        StringBuilder sb = new StringBuilder();
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            assertThat(n).as(markdown).isInstanceOf(Text.class);
            sb.append(((Text) n).getLiteral());
        }
        return sb.toString();
    }
}
