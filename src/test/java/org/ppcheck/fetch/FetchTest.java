package org.ppcheck.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppcheck.extract.ContentType;
import org.ppcheck.extract.Extraction;
import org.ppcheck.extract.Limits;

/** Fetching against a real HTTP server on loopback; no test reaches the internet. */
class FetchTest {
    private static final String POLICY = readCorpus("nimbus-eu-saas.html");
    private static final FetchOptions QUICK = FetchOptions.defaults().withPacing(Duration.ofMillis(50), Duration.ZERO);

    @TempDir
    Path tmp;

    private LocalSite site;

    @BeforeEach
    void start() throws Exception {
        site = new LocalSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private static String readCorpus(String name) {
        try {
            return Files.readString(Path.of("policies-corpus", name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private HttpFetcher fetcher(FetchOptions options) {
        return new HttpFetcher(options, "test");
    }

    private PolicyFinder finder(FetchOptions options) {
        return new PolicyFinder(fetcher(options), new Archive(tmp.resolve("archive")), false);
    }

    @Test
    void findsThePolicyFromAHomepageFooterLinkAndArchivesIt() throws Exception {
        site.page("/", "text/html", """
                <html><head><title>Acme</title></head><body><main><h1>Acme widgets</h1><p>Great widgets.</p>
                <a href="/blog">Our privacy-minded blog</a></main>
                <footer><a href="/about">About</a> <a href="/legal/privacy-notice">Privacy Notice</a></footer></body></html>""");
        site.page("/blog", "text/html", "<html><body><p>Blog about widgets.</p></body></html>");
        site.page("/legal/privacy-notice", "text/html; charset=utf-8", POLICY);
        PolicyFinder.Found found = finder(QUICK).find(site.url("/"));
        assertThat(found.document().finalUri().getPath()).isEqualTo("/legal/privacy-notice");
        assertThat(found.how()).contains("Privacy Notice");
        assertThat(site.count("/blog")).as("the best-ranked link is tried first").isZero();
        Path object = new Archive(tmp.resolve("archive")).object(found.snapshot());
        assertThat(object).exists();
        assertThat(Files.readString(object)).isEqualTo(POLICY);
        assertThat(site.requests().get(0).headers().get("User-agent").get(0)).startsWith("ppcheck/test");
    }

    @Test
    void relPrivacyPolicyLinkWins() throws Exception {
        site.page("/", "text/html", """
                <html><head><link rel="privacy-policy" href="/p"></head><body><p>Hello</p>
                <footer><a href="/privacy-old">Privacy policy (archived)</a></footer></body></html>""");
        site.page("/p", "text/html", POLICY);
        assertThat(finder(QUICK).find(site.url("/")).document().finalUri().getPath()).isEqualTo("/p");
    }

    @Test
    void aSiteWithoutPolicyIsItsOwnOutcome() throws Exception {
        site.page("/", "text/html", "<html><body><h1>Widgets</h1><p>Buy widgets. <a href='/shop'>Shop</a></p></body></html>");
        assertThatThrownBy(() -> finder(QUICK).find(site.url("/")))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.NO_POLICY))
                .hasMessageContaining("no link that looks like one");
        site.close();
        assertThatThrownBy(() -> finder(QUICK).find(site.url("/")))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.FAILED));
    }

    @Test
    void robotsTxtDisallowIsHonouredUnlessOverridden() throws Exception {
        site.page("/robots.txt", "text/plain", "User-agent: ppcheck\nDisallow: /legal/\n\nUser-agent: *\nAllow: /\n");
        site.page("/legal/privacy", "text/html", POLICY);
        assertThatThrownBy(() -> fetcher(QUICK).get(site.url("/legal/privacy"), Map.of()))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.DISALLOWED))
                .hasMessageContaining("robots.txt").hasMessageContaining("--ignore-robots");
        assertThat(site.count("/legal/privacy")).isZero();
        assertThat(fetcher(QUICK.withIgnoreRobots(true)).get(site.url("/legal/privacy"), Map.of()).status()).isEqualTo(200);
    }

    @Test
    void aRobotsTxtThatAnswersWithAServerErrorDisallowsTheSite() throws Exception {
        site.page("/robots.txt", ex -> LocalSite.send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8)));
        site.page("/privacy", "text/html", POLICY);
        assertThatThrownBy(() -> fetcher(QUICK).get(site.url("/privacy"), Map.of()))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.DISALLOWED));
        assertThat(site.count("/privacy")).isZero();
    }

    @Test
    void redirectsAreFollowedButNotInLoopsNorToOtherSchemes() throws Exception {
        site.page("/a", ex -> LocalSite.redirect(ex, 302, "/b"));
        site.page("/b", ex -> LocalSite.redirect(ex, 301, site.url("/policy").toString()));
        site.page("/policy", "text/html", POLICY);
        Fetched f = fetcher(QUICK).get(site.url("/a"), Map.of());
        assertThat(f.finalUri().getPath()).isEqualTo("/policy");
        assertThat(f.requested().getPath()).isEqualTo("/a");

        site.page("/x", ex -> LocalSite.redirect(ex, 302, "/y"));
        site.page("/y", ex -> LocalSite.redirect(ex, 307, "/x"));
        assertThatThrownBy(() -> fetcher(QUICK).get(site.url("/x"), Map.of())).hasMessageContaining("redirect loop");

        site.page("/steal", ex -> LocalSite.redirect(ex, 302, "file:///etc/passwd"));
        assertThatThrownBy(() -> fetcher(QUICK).get(site.url("/steal"), Map.of()))
                .hasMessageContaining("refused a redirect to a non-http(s) URL: file:///etc/passwd");
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheTimeTheServerAsks() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        site.page("/p", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().set("Retry-After", "1");
                LocalSite.send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
            } else {
                LocalSite.send(ex, 200, "text/html", POLICY.getBytes(StandardCharsets.UTF_8));
            }
        });
        long start = System.nanoTime();
        Fetched f = fetcher(QUICK).get(site.url("/p"), Map.of());
        assertThat(f.status()).isEqualTo(200);
        assertThat(calls.get()).isEqualTo(2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waited for Retry-After").isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void serviceUnavailableIsRetriedThenGivenUp() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        site.page("/flaky", ex -> LocalSite.send(ex, calls.incrementAndGet() < 3 ? 503 : 200, "text/html", POLICY.getBytes(StandardCharsets.UTF_8)));
        assertThat(fetcher(QUICK).get(site.url("/flaky"), Map.of()).status()).isEqualTo(200);
        assertThat(calls.get()).isEqualTo(3);

        site.page("/down", ex -> LocalSite.send(ex, 503, "text/plain", "down".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> fetcher(QUICK).get(site.url("/down"), Map.of()))
                .hasMessageContaining("HTTP 503").hasMessageContaining("after 4 attempts");
    }

    @Test
    void aSlowServerHitsTheTimeout() throws Exception {
        site.page("/slow", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalSite.send(ex, 200, "text/html", POLICY.getBytes(StandardCharsets.UTF_8));
        });
        long start = System.nanoTime();
        assertThatThrownBy(() -> fetcher(QUICK.withReadTimeout(Duration.ofMillis(700))).get(site.url("/slow"), Map.of()))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.FAILED))
                .hasMessageContaining("timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void aBodyOverTheLimitIsRefusedAlsoWhenGzipped() throws Exception {
        byte[] big = "x".repeat(3 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        site.page("/big", ex -> LocalSite.send(ex, 200, "text/plain", big));
        site.page("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalSite.send(ex, 200, "text/plain", gzip(big));
        });
        FetchOptions small = QUICK.withMaxBytes(1024 * 1024);
        assertThatThrownBy(() -> fetcher(small).get(site.url("/big"), Map.of())).hasMessageContaining("larger than the 1 MB limit");
        assertThatThrownBy(() -> fetcher(small).get(site.url("/bomb"), Map.of())).hasMessageContaining("larger than the 1 MB limit");
    }

    @Test
    void anEndlessBodyIsCutAtTheLimitWithoutReadingTheRest() throws Exception {
        byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        site.page("/endless", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, 0); // chunked, with no length to refuse it by
            try (var out = ex.getResponseBody()) {
                while (true) {
                    out.write(chunk);
                }
            }
        });
        long start = System.nanoTime();
        assertThatThrownBy(() -> fetcher(QUICK.withMaxBytes(1024 * 1024)).get(site.url("/endless"), Map.of()))
                .hasMessageContaining("larger than the 1 MB limit");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("not waiting for the read timeout").isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void gzipIsDecoded() throws Exception {
        site.page("/z", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalSite.send(ex, 200, "text/html", gzip(POLICY.getBytes(StandardCharsets.UTF_8)));
        });
        Fetched f = fetcher(QUICK).get(site.url("/z"), Map.of());
        assertThat(f.requested()).isEqualTo(site.url("/z"));
        assertThat(site.requests().get(site.requests().size() - 1).headers().get("Accept-encoding")).contains("gzip");
        assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo(POLICY);
    }

    @Test
    void charsetComesFromTheHeaderTheMetaTagOrTheBytes() throws Exception {
        String text = "<html><head>%s</head><body><p>Datenschutzerklärung für Café Müller</p></body></html>";
        site.page("/latin1-meta", ex -> LocalSite.send(ex, 200, "text/html",
                String.format(text, "<meta charset=\"iso-8859-1\">").getBytes(StandardCharsets.ISO_8859_1)));
        site.page("/latin1-header", ex -> LocalSite.send(ex, 200, "text/html; charset=ISO-8859-1",
                String.format(text, "").getBytes(StandardCharsets.ISO_8859_1)));
        site.page("/wrong-header", ex -> LocalSite.send(ex, 200, "text/html; charset=iso-8859-1",
                String.format(text, "").getBytes(StandardCharsets.UTF_8)));
        site.page("/no-charset", ex -> LocalSite.send(ex, 200, "text/html", String.format(text, "").getBytes(StandardCharsets.UTF_8)));
        for (String path : new String[] {"/latin1-meta", "/latin1-header", "/wrong-header", "/no-charset"}) {
            Fetched f = fetcher(QUICK).get(site.url(path), Map.of());
            String extracted = Extraction.fromBytes(path, f.body(), f.charset(), f.mediaType(), null, Limits.DEFAULT).text().text();
            assertThat(extracted).as(path).contains("Datenschutzerklärung für Café Müller");
        }
    }

    @Test
    void theDeclaredMediaTypeTellsMarkdownFromPlainText() throws Exception {
        String md = "# Privacy\n\nWe collect your name and e-mail address.\n";
        site.page("/policy", "text/markdown; charset=utf-8", md);
        Fetched f = fetcher(QUICK).get(site.url("/policy"), Map.of());
        assertThat(Extraction.fromBytes("http://x/policy", f.body(), f.charset(), f.mediaType(), null, Limits.DEFAULT).contentType())
                .isEqualTo(ContentType.MARKDOWN);
        assertThat(Extraction.fromBytes("http://x/policy", f.body(), f.charset(), null, null, Limits.DEFAULT).contentType()).isEqualTo(ContentType.TEXT);
    }

    @Test
    void aPdfPolicyIsFoundAndRead() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("policies-corpus", "quarry-fintech.pdf"));
        site.page("/privacy.pdf", ex -> LocalSite.send(ex, 200, "application/pdf", pdf));
        PolicyFinder.Found found = finder(QUICK).find(site.url("/privacy.pdf"));
        assertThat(found.how()).isEqualTo("the page itself");
        assertThat(Extraction.fromBytes("p", found.document().body(), null, null, null, Limits.DEFAULT).contentType()).isEqualTo(ContentType.PDF);
    }

    @Test
    void aPageThatNeedsJavaScriptSaysSo() throws Exception {
        site.page("/app", "text/html", "<html><head><title>Privacy</title><script src='/app.js'></script></head><body><div id='root'></div></body></html>");
        assertThatThrownBy(() -> finder(QUICK).find(site.url("/app")))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.NEEDS_JAVASCRIPT))
                .hasMessageContaining("almost no text without JavaScript").hasMessageContaining("--render");
    }

    @Test
    void aRecheckIsConditionalAndA304IsServedFromTheArchive() throws Exception {
        site.page("/privacy", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalSite.send(ex, 304, null, new byte[0]);
                return;
            }
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Tue, 03 Mar 2026 10:00:00 GMT");
            LocalSite.send(ex, 200, "text/html", POLICY.getBytes(StandardCharsets.UTF_8));
        });
        PolicyFinder.Found first = finder(QUICK).find(site.url("/privacy"));
        PolicyFinder.Found again = finder(QUICK).find(site.url("/privacy"));
        var second = site.requests().stream().filter(r -> r.path().equals("/privacy")).toList().get(1);
        assertThat(second.headers().get("If-none-match")).containsExactly("\"v1\"");
        assertThat(second.headers().get("If-modified-since")).containsExactly("Tue, 03 Mar 2026 10:00:00 GMT");
        assertThat(again.document().status()).isEqualTo(304);
        assertThat(again.snapshot()).isEqualTo(first.snapshot());
        assertThat(new String(again.document().body(), StandardCharsets.UTF_8)).isEqualTo(POLICY);
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsADate() {
        assertThat(HttpFetcher.retryAfter("7", Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(7));
        assertThat(HttpFetcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT", Duration.ofSeconds(1))).isEqualTo(Duration.ZERO);
        assertThat(HttpFetcher.retryAfter("soon", Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(2));
    }

    private static byte[] gzip(byte[] data) throws java.io.IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
