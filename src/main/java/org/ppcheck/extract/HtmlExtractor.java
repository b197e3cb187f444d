package org.ppcheck.extract;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Reads HTML with Jsoup: drops page chrome (scripts, navigation, site header and footer, cookie
 * banners), picks the main content when the page marks it, and turns headings, paragraphs, list
 * items and table rows into blocks.
 */
final class HtmlExtractor {
    /** Elements that are never policy text. */
    private static final String ALWAYS_CHROME = "script, style, noscript, template, svg, canvas, iframe, object, "
            + "button, select, input, textarea, nav, [role=navigation], [role=banner], [role=search], "
            + "[aria-hidden=true], [hidden], dialog";
    /** Ids and classes that name a cookie banner, a menu or similar page furniture. */
    private static final Pattern CHROME_NAME = Pattern.compile(
            "(^|[\\s_-])(cookie-?(banner|consent|notice|bar|popup|modal|law)|consent-?(banner|manager|modal)|onetrust|"
                    + "cc-window|cookiebot|skip-?link|breadcrumbs?|navbar|site-?(header|footer|nav)|menu|sidebar|share-?buttons)"
                    + "($|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "p|div|section|article|main|blockquote|address|dl|dt|dd|ul|ol|li|table|thead|tbody|tfoot|tr|td|th|"
                    + "h[1-6]|header|footer|aside|figure|figcaption|details|summary|pre|hr|br|form|fieldset|center");

    StructuredText extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        TextBuilder out = new TextBuilder();
        Element root = contentRoot(doc);
        removeChrome(root);
        walk(root, out, new StringBuilder());
        out.titleIfAbsent(doc.title());
        return out.build();
    }

    private static Element contentRoot(Document doc) {
        Elements main = doc.select("main, [role=main]");
        if (main.size() == 1) {
            return main.first();
        }
        Elements articles = doc.select("article");
        if (articles.size() == 1) {
            return articles.first();
        }
        return doc.body();
    }

    private static void removeChrome(Element root) {
        root.select(ALWAYS_CHROME).remove();
        for (Element e : root.select("header, footer, aside")) {
            // a header inside the article (its title) is policy text; the site's header and footer are not
            if (e.closest("article, main, [role=main]") == null || e.tagName().equals("aside")) {
                e.remove();
            }
        }
        for (Element e : root.select("[id], [class]")) {
            if (e != root && (CHROME_NAME.matcher(e.id()).find() || CHROME_NAME.matcher(e.className()).find())) {
                e.remove();
            }
        }
    }

    /** Depth-first walk; inline text accumulates in {@code pending} until a block boundary flushes it. */
    private void walk(Element element, TextBuilder out, StringBuilder pending) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                pending.append(textNode.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.matches("h[1-6]")) {
                    flush(out, pending);
                    out.heading(tag.charAt(1) - '0', e.text());
                } else if (tag.equals("li") || tag.equals("dd") || tag.equals("dt")) {
                    flush(out, pending);
                    listItem(e, out);
                } else if (tag.equals("tr")) {
                    flush(out, pending);
                    out.tableRow(String.join(" | ", e.select("> th, > td").eachText()));
                } else if (tag.equals("p") && isPseudoHeading(e)) {
                    flush(out, pending);
                    out.heading(5, e.text());
                } else if (tag.equals("img")) {
                    pending.append(' ');
                } else if (BLOCK_TAG.matcher(tag).matches()) {
                    flush(out, pending);
                    walk(e, out, pending);
                    flush(out, pending);
                } else {
                    walk(e, out, pending);
                }
            }
        }
    }

    /** A list item's own text is one block; nested lists inside it become blocks of their own. */
    private void listItem(Element li, TextBuilder out) {
        StringBuilder own = new StringBuilder();
        for (Node child : li.childNodes()) {
            if (child instanceof Element e && (e.normalName().equals("ul") || e.normalName().equals("ol"))) {
                out.listItem(own.toString());
                own.setLength(0);
                walk(e, out, new StringBuilder());
            } else if (child instanceof Element e) {
                own.append(' ').append(e.text()).append(' ');
            } else if (child instanceof TextNode t) {
                own.append(t.getWholeText());
            }
        }
        out.listItem(own.toString());
    }

    /** A paragraph made only of one short bold phrase without a full stop reads as a heading. */
    private static boolean isPseudoHeading(Element p) {
        String text = p.text().strip();
        if (text.isEmpty() || text.length() > 90 || text.endsWith(".") || p.children().size() != 1) {
            return false;
        }
        Element only = p.child(0);
        return (only.normalName().equals("strong") || only.normalName().equals("b")) && only.text().strip().equals(text);
    }

    private static void flush(TextBuilder out, StringBuilder pending) {
        if (!pending.isEmpty()) {
            out.paragraph(pending.toString());
            pending.setLength(0);
        }
    }
}
