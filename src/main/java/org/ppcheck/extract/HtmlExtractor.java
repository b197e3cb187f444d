package org.ppcheck.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

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
    private static final Pattern HEADING_TAG = Pattern.compile("h[1-6]");
    private static final Pattern ITEM_TAG = Pattern.compile("li|dt|dd");
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "p|div|section|article|main|blockquote|address|dl|dt|dd|ul|ol|li|table|thead|tbody|tfoot|tr|td|th|"
                    + "h[1-6]|header|footer|aside|figure|figcaption|details|summary|pre|hr|br|form|fieldset|center");

    private final int maxDepth;
    private final int maxTextChars;

    /** An extractor that refuses pages nested deeper than {@code maxDepth} and stops past {@code maxTextChars} characters of text. */
    HtmlExtractor(int maxDepth, int maxTextChars) {
        this.maxDepth = maxDepth;
        this.maxTextChars = maxTextChars;
    }

    StructuredText extract(String html, String baseUri) throws InputException {
        Document doc = Jsoup.parse(html, baseUri);
        int depth = depth(doc);
        if (depth > maxDepth) {
            throw new InputException("the HTML nests elements " + depth + " deep, over the limit of " + maxDepth
                    + " (see --max-html-depth)");
        }
        TextBuilder out = new TextBuilder(maxTextChars);
        Element root = contentRoot(doc);
        removeChrome(root, root);
        walk(root, out);
        out.titleIfAbsent(doc.title());
        return out.build();
    }

    /** The deepest element nesting, measured without recursion. */
    private static int depth(Document doc) {
        int[] max = {0};
        org.jsoup.select.NodeTraversor.traverse((node, d) -> max[0] = Math.max(max[0], d), doc);
        return max[0];
    }

    /**
     * The element that holds the policy: the page's one {@code main} or {@code article}, else the body.
     * A marked element that holds only a small part of the page's text (chrome left out) is a wrong
     * mark, such as an article that holds only the title while the policy sits in a sibling: then the
     * nearest ancestor that holds most of the text is taken instead. So is a marked element too short
     * to be a policy on a page with much more text.
     */
    private static Element contentRoot(Document doc) {
        Element body = doc.body();
        Element marked = markedContent(doc);
        if (marked == null || marked == body) {
            return body;
        }
        long all = textSize(body, marked);
        long size = textSize(marked, marked);
        if (size >= MIN_MARKED_SHARE * all && (size >= MIN_MARKED_CHARS || all < 2 * size)) {
            return marked;
        }
        // widen one ancestor at a time, adding only the text of the branches not yet counted
        removeChrome(body, marked);
        Element counted = marked;
        for (Element up = marked.parent(); up != null && up != body; up = up.parent()) {
            for (Node child : up.childNodes()) {
                if (child != counted) {
                    size += textSize(child, marked);
                }
            }
            if (size >= WIDENED_SHARE * all) {
                return up;
            }
            counted = up;
        }
        return body;
    }

    /** A marked element holding less than this share of the page's text is not taken for the policy. */
    private static final double MIN_MARKED_SHARE = 0.25;
    /**
     * Nor is one with less text than this (about 60 words, a title and an introduction) while the page
     * holds twice as much: no privacy policy is that short.
     */
    private static final int MIN_MARKED_CHARS = 400;
    /** The share of the page's text that an ancestor taken instead must hold. */
    private static final double WIDENED_SHARE = 0.6;

    private static Element markedContent(Document doc) {
        Elements main = doc.select("main, [role=main]");
        if (main.size() == 1) {
            return main.first();
        }
        Elements articles = doc.select("article");
        return articles.size() == 1 ? articles.first() : null;
    }

    /**
     * The number of characters other than white space in the text under the node, page chrome left
     * out (the rules of {@link #removeChrome}, without changing the page; without recursion).
     */
    private static long textSize(Node node, Element keep) {
        long[] size = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node n, int depth) {
                if (n instanceof TextNode t) {
                    size[0] += t.getWholeText().chars().filter(c -> !Character.isWhitespace(c)).count();
                } else if (n instanceof Element e && e != keep && isChrome(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node n, int depth) {
                return FilterResult.CONTINUE;
            }
        }, node);
        return size[0];
    }

    private static final Evaluator ALWAYS_CHROME_QUERY = QueryParser.parse(ALWAYS_CHROME);

    /**
     * Whether the element is page chrome: scripts, forms, navigation and hidden parts; a site header,
     * footer or aside (a header inside the article is its title, policy text); an id or class that
     * names a cookie banner, a menu or similar furniture.
     */
    private static boolean isChrome(Element e) {
        return e.is(ALWAYS_CHROME_QUERY)
                || e.normalName().equals("aside")
                || (e.normalName().equals("header") || e.normalName().equals("footer")) && e.closest("article, main, [role=main]") == null
                || CHROME_NAME.matcher(e.id()).find() || CHROME_NAME.matcher(e.className()).find();
    }

    /** Removes page chrome under {@code root}; {@code keep} (the content element) is kept whatever its name. */
    private static void removeChrome(Element root, Element keep) {
        List<Element> chrome = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && e != keep && isChrome(e)) {
                chrome.add(e);
            }
        }
        chrome.forEach(Element::remove);
    }

    /**
     * Walks the tree without recursion (a page may nest thousands of elements deep). Inline text
     * accumulates until a block boundary flushes it as a paragraph, or as a list item while inside
     * one; a nested list ends the item's own text first.
     */
    private static void walk(Element root, TextBuilder out) {
        StringBuilder pending = new StringBuilder();
        Deque<Boolean> inItem = new ArrayDeque<>();
        inItem.push(false);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    pending.append(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e) || e == root) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (HEADING_TAG.matcher(tag).matches()) {
                    flush(out, pending, inItem.peek());
                    out.heading(tag.charAt(1) - '0', e.text());
                    return FilterResult.SKIP_CHILDREN;
                }
                if (tag.equals("tr")) {
                    flush(out, pending, inItem.peek());
                    out.tableRow(String.join(" | ", e.select("> th, > td").eachText()));
                    return FilterResult.SKIP_CHILDREN;
                }
                if (tag.equals("p") && isPseudoHeading(e)) {
                    flush(out, pending, inItem.peek());
                    out.heading(5, e.text());
                    return FilterResult.SKIP_CHILDREN;
                }
                if (tag.equals("img") || tag.equals("br")) {
                    pending.append(' ');
                } else if (BLOCK_TAG.matcher(tag).matches()) {
                    flush(out, pending, inItem.peek());
                    if (opensItemScope(tag)) {
                        inItem.push(ITEM_TAG.matcher(tag).matches());
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e != root && BLOCK_TAG.matcher(e.normalName()).matches()) {
                    flush(out, pending, inItem.peek());
                    if (opensItemScope(e.normalName())) {
                        inItem.pop();
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(out, pending, false);
    }

    /** List items start a list-item scope; lists start a scope where loose text is a paragraph again. */
    private static boolean opensItemScope(String tag) {
        return ITEM_TAG.matcher(tag).matches() || tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
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

    private static void flush(TextBuilder out, StringBuilder pending, boolean asListItem) {
        if (!pending.isEmpty()) {
            if (asListItem) {
                out.listItem(pending.toString());
            } else {
                out.paragraph(pending.toString());
            }
            pending.setLength(0);
        }
    }
}
