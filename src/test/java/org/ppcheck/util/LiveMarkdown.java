package org.ppcheck.util;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/** What in a parsed Markdown document would act when opened: links, images and raw HTML. */
public final class LiveMarkdown {
    private LiveMarkdown() {
    }

    /** Each live node of the document, described in a few words; empty when the document is inert text. */
    public static List<String> liveNodes(Node doc) {
        List<String> live = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                live.add("link to " + link.getDestination());
            }

            @Override
            public void visit(Image image) {
                live.add("image " + image.getDestination());
            }

            @Override
            public void visit(HtmlInline html) {
                live.add("inline HTML " + html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                live.add("HTML block " + html.getLiteral());
            }
        });
        return live;
    }
}
