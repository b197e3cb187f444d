package org.ppcheck.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ppcheck.extract.Block;
import org.ppcheck.extract.ContentType;
import org.ppcheck.extract.Extraction;
import org.ppcheck.extract.InputException;
import org.ppcheck.extract.Limits;
import org.ppcheck.extract.StructuredText;
import org.ppcheck.fetch.FetchException.Kind;

/**
 * From a URL to a privacy policy, the way a careful person would: fetch the page; if its content is
 * a privacy policy, that is it; otherwise rank its links ({@code rel="privacy-policy"}, then link
 * texts and URLs that say privacy policy, notice, statement or data protection, in several
 * languages, footer links first) and fetch the best few until one is a policy. Every fetched
 * document goes to the archive. Patterns live in {@code discovery.yaml} ({@link Discovery}).
 */
public final class PolicyFinder {
    /** Below this many characters of text, an HTML page with scripts is taken to need JavaScript. */
    private static final int MIN_TEXT = 200;

    /**
     * The policy found: the document, its text as extracted, its snapshot hash (null without an
     * archive), and how it was found.
     */
    public record Found(Fetched document, Extraction.Extracted extracted, String snapshot, String how) { }

    /** A fetched document with what could be extracted from it, once (null when it has no readable text). */
    private record Page(Fetched fetched, Extraction.Extracted extracted) {
        static Page of(Fetched f, Limits limits) {
            try {
                return new Page(f, Extraction.fromBytes(f.finalUri().getPath(), f.body(), f.charset(), f.mediaType(), null, limits));
            } catch (InputException e) {
                return new Page(f, null);
            }
        }

        int textLength() {
            return extracted == null ? 0 : extracted.text().text().length();
        }

        boolean isHtml() {
            if (extracted != null) {
                return extracted.contentType() == ContentType.HTML;
            }
            String type = fetched.header("Content-Type");
            return type != null && type.contains("html");
        }
    }

    private record Candidate(URI url, String text, int score) { }

    private final HttpFetcher fetcher;
    private final Archive archive;
    private final boolean render;
    private final Limits limits;
    private final Discovery discovery = Discovery.standard();

    /** A finder that reads pages within the default limits. */
    public PolicyFinder(HttpFetcher fetcher, Archive archive, boolean render) {
        this(fetcher, archive, render, Limits.DEFAULT);
    }

    /**
     * {@code archive} may be null (nothing is kept); {@code render} uses headless Chromium for pages
     * that need JavaScript; {@code limits} bound what is read of each page.
     */
    public PolicyFinder(HttpFetcher fetcher, Archive archive, boolean render, Limits limits) {
        this.fetcher = fetcher;
        this.archive = archive;
        this.render = render;
        this.limits = limits;
    }

    /** The privacy policy at or linked from the URL. */
    public Found find(URI url) throws FetchException {
        Page page = Page.of(fetch(url, true), limits);
        if (isPolicy(page)) {
            return found(page, "the page itself");
        }
        boolean html = page.isHtml();
        if (html && page.textLength() < MIN_TEXT && hasScripts(page.fetched())) {
            if (!render) {
                throw new FetchException(Kind.NEEDS_JAVASCRIPT, url + " has almost no text without JavaScript (" + page.textLength()
                        + " characters); try again with --render (needs Chromium)");
            }
            page = Page.of(rendered(page.fetched()), limits);
            if (isPolicy(page)) {
                return found(page, "the page itself, rendered with Chromium");
            }
        }
        store(page.fetched());
        if (!html) {
            throw new FetchException(Kind.NO_POLICY, "no privacy policy at " + url + ": the document is not one and, not being HTML, links nowhere");
        }
        List<Candidate> candidates = candidates(page.fetched());
        if (candidates.isEmpty()) {
            throw new FetchException(Kind.NO_POLICY, "no privacy policy at " + url + ": the page is not one and has no link that looks like one");
        }
        List<String> tried = new ArrayList<>();
        for (Candidate c : candidates.subList(0, Math.min(discovery.maxCandidates(), candidates.size()))) {
            try {
                Page linked = Page.of(fetch(c.url(), false), limits);
                if (isPolicy(linked)) {
                    return found(linked, "link \"" + c.text() + "\" on " + page.fetched().finalUri());
                }
                store(linked.fetched());
                tried.add(c.url() + " (not a policy)");
            } catch (FetchException e) {
                tried.add(c.url() + " (" + e.getMessage() + ")");
            }
        }
        throw new FetchException(Kind.NO_POLICY, "no privacy policy found from " + url + "; tried " + String.join("; ", tried));
    }

    private Found found(Page page, String how) throws FetchException {
        return new Found(page.fetched(), page.extracted(), store(page.fetched()), how);
    }

    /**
     * A fetch that is conditional on the archived copy, which a 304 answer brings back; {@code named}
     * when the user gave the URL, rather than a page linking to it.
     */
    private Fetched fetch(URI url, boolean named) throws FetchException {
        Archive.Entry known = archive == null ? null : archive.entry(url);
        Map<String, String> conditional = Archive.conditional(known);
        Fetched f = named ? fetcher.get(url, conditional) : fetcher.follow(url, conditional);
        if (f.status() == 304) {
            if (known == null) {
                throw new FetchException(Kind.FAILED, "HTTP 304 from " + url + " without a conditional request");
            }
            try {
                return archive.revive(known, url);
            } catch (IOException e) {
                throw new FetchException(Kind.FAILED, "the archived copy of " + url + " cannot be read (" + e.getMessage() + ")", e);
            }
        }
        return f;
    }

    private String store(Fetched f) throws FetchException {
        if (archive == null) {
            return null;
        }
        try {
            return archive.store(f);
        } catch (IOException e) {
            throw new FetchException(Kind.FAILED, "cannot write to the archive " + archive.root() + " (" + e.getMessage() + "); check --archive", e);
        }
    }

    /** Whether the page reads as a privacy policy: enough of the groups, fewer when its title or a heading says so. */
    private boolean isPolicy(Page page) {
        if (page.extracted() == null) {
            return false;
        }
        String text = page.extracted().text().text();
        long found = discovery.groups().values().stream().filter(p -> p.matcher(text).find()).count();
        if (found >= discovery.minGroups()) {
            return true;
        }
        return found >= discovery.minGroupsWithTitle() && titled(page.extracted().text());
    }

    private boolean titled(StructuredText text) {
        if (text.title() != null && discovery.title().matcher(text.title()).find()) {
            return true;
        }
        return text.blocks().stream().filter(b -> b.kind() == Block.Kind.HEADING).anyMatch(b -> discovery.title().matcher(text.textOf(b)).find());
    }

    private static boolean hasScripts(Fetched f) {
        return new String(f.body(), StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT).contains("<script");
    }

    /** The page's links that may lead to the policy, best first. */
    private List<Candidate> candidates(Fetched page) {
        Document doc = Jsoup.parse(org.ppcheck.extract.ContentSniffer.decode(page.body(), page.charset()), page.finalUri().toString());
        Map<URI, Candidate> best = new LinkedHashMap<>();
        for (Element link : doc.select("link[rel~=(?i)privacy-policy][href], a[rel~=(?i)privacy-policy][href]")) {
            offer(best, link.absUrl("href"), "rel=privacy-policy", 100, page);
        }
        for (Element a : doc.select("a[href]")) {
            String text = a.text().strip();
            int score = score(discovery.linkTexts(), text);
            if (score == 0) {
                score = score(discovery.linkUrls(), a.attr("href"));
            }
            if (score > 0 && !a.parents().select("footer, nav, [role=contentinfo], [id*=footer], [class*=footer]").isEmpty()) {
                score += discovery.footerBonus();
            }
            offer(best, a.absUrl("href"), text.isEmpty() ? a.attr("href") : text, score, page);
        }
        return best.values().stream().sorted(Comparator.comparingInt(Candidate::score).reversed()).toList();
    }

    private static void offer(Map<URI, Candidate> best, String href, String text, int score, Fetched page) {
        if (score == 0 || href.isEmpty()) {
            return;
        }
        try {
            URI u = new URI(href);
            u = new URI(u.getScheme(), u.getAuthority(), u.getPath(), u.getQuery(), null); // without the #fragment
            if (!("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme())) || u.equals(page.finalUri())) {
                return;
            }
            Candidate old = best.get(u);
            if (old == null || old.score() < score) {
                best.put(u, new Candidate(u, text, score));
            }
        } catch (URISyntaxException e) {
            // a broken href leads nowhere
        }
    }

    private static int score(List<Discovery.Scored> patterns, String s) {
        for (Discovery.Scored p : patterns) {
            if (p.pattern().matcher(s).find()) {
                return p.score();
            }
        }
        return 0;
    }

    /** The page as headless Chromium renders it (its DOM after scripts ran), within the render deadline and the size limit. */
    private Fetched rendered(Fetched page) throws FetchException {
        Path chromium = Chromium.find();
        if (chromium == null) {
            throw new FetchException(Kind.NEEDS_JAVASCRIPT, page.finalUri() + " needs JavaScript, and --render needs Chromium, which is not installed "
                    + "(Debian: apt-get install chromium)");
        }
        byte[] dom = Chromium.render(chromium, page.finalUri(), fetcher.options(), fetcher.guard());
        Map<String, List<String>> headers = new LinkedHashMap<>(page.headers());
        headers.put("Content-Type", List.of("text/html; charset=utf-8"));
        return new Fetched(page.requested(), page.finalUri(), page.status(), headers, dom, page.fetchedAt());
    }
}
