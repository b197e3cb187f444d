package org.ppcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppcheck.fetch.Chromium;
import org.ppcheck.fetch.LocalSite;
import org.ppcheck.report.Report;

/**
 * {@code report.html} of the whole corpus laid out by headless Chromium: no sideways page scroll
 * on a 390 px phone, and on a 1280 px screen the first 900 px name the vendor that stores data in
 * China and collects keystroke patterns, in those words; and a quote's link opens the live page
 * (on a loopback server) scrolled to the passage. The page measures itself inside an iframe of the
 * width wanted (a headless window is at least 500 px wide) and hands the figures to the outer
 * page, whose DOM Chromium prints. Skipped when Chromium is not installed.
 */
class HtmlReportInChromiumTest {
    private static final int SCREEN = 900;
    /** Runs in the report: its width, how wide it scrolls, the text in the first screen, and where the lotus vendor's line ends. */
    private static final String MEASURE = """
            (function () {
              var texts = [], walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), node;
              while ((node = walker.nextNode())) {
                var range = document.createRange();
                range.selectNodeContents(node);
                var box = range.getBoundingClientRect();
                if (box.height > 0 && box.top < %1$d && box.right > 0 && box.left < innerWidth) {
                  texts.push(node.nodeValue);
                }
              }
              var lotus = Array.prototype.filter.call(document.querySelectorAll('.attention li'),
                  function (li) { return li.textContent.indexOf('lotus-chat-ai') >= 0; })[0];
              parent.document.body.setAttribute('data-measure', JSON.stringify({
                width: innerWidth, scrollWidth: document.documentElement.scrollWidth, firstScreen: texts.join(' '),
                lotusBottom: lotus ? lotus.getBoundingClientRect().bottom : -1}));
            })();
            """.formatted(SCREEN);

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static List<Comparison.Result> results;
    private static String report;

    @BeforeAll
    static void compareTheCorpus() throws Exception {
        if (Chromium.find() != null) {
            results = CorpusComparison.run(shared);
            report = HtmlComparison.render(results, "vendor-risk, gdpr", "2025-03-01 09:30 UTC");
        }
    }

    private static Path chromium() {
        Path chromium = Chromium.find();
        Assumptions.assumeTrue(chromium != null, "Chromium is not installed");
        return chromium;
    }

    /** What the report measures of itself in a viewport {@code width} px wide and {@value #SCREEN} px high. */
    private Map<?, ?> measure(int width) throws Exception {
        String page = report.replace("</body>", "<script>" + MEASURE + "</script></body>");
        Path frame = Files.writeString(tmp.resolve("frame-" + width + ".html"), "<!DOCTYPE html><html><body style=\"margin:0\">"
                + "<iframe width=\"" + width + "\" height=\"" + SCREEN + "\" style=\"border:0;display:block\" srcdoc=\""
                + Entities.escape(page) + "\"></iframe></body></html>");
        String measured = dom(frame.toUri().toString(), width + 100).body().attr("data-measure");
        assertThat(measured).as("the report measured itself").isNotEmpty();
        Map<?, ?> m = new ObjectMapper().readValue(measured, Map.class);
        assertThat(((Number) m.get("width")).intValue()).as("the viewport width").isEqualTo(width);
        return m;
    }

    /** The DOM of {@code url} in headless Chromium, after the page's timers of the first seconds ran. */
    private Document dom(String url, int windowWidth) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium().toString(), "--headless", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--virtual-time-budget=3000",
                "--user-data-dir=" + tmp.resolve("profile"), "--window-size=" + windowWidth + "," + (SCREEN + 100)));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--no-sandbox"); // Chromium cannot start its sandbox as root
        }
        command.addAll(List.of("--dump-dom", url));
        Path dom = Files.createTempFile(tmp, "dom", ".html");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        // keep Chromium's home and socket folders out of the shared temporary folder that ChromiumTest watches
        builder.environment().put("HOME", Files.createDirectories(tmp.resolve("home")).toString());
        builder.environment().put("TMPDIR", Files.createDirectories(tmp.resolve("tmp")).toString());
        Process p = builder.start();
        try {
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("Chromium finished within 60 s").isTrue();
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        return Jsoup.parse(Files.readString(dom, StandardCharsets.UTF_8));
    }

    @Test
    void onA390PxPhoneThePageDoesNotScrollSideways() throws Exception {
        Map<?, ?> m = measure(390);
        assertThat(((Number) m.get("scrollWidth")).intValue()).isLessThanOrEqualTo(390);
    }

    @Test
    void onA1280PxScreenTheFirst900PxNameTheVendorThatStoresDataInChinaAndCollectsKeystrokePatterns() throws Exception {
        Map<?, ?> m = measure(1280);
        assertThat(((Number) m.get("scrollWidth")).intValue()).isLessThanOrEqualTo(1280);
        assertThat((String) m.get("firstScreen")).contains("lotus-chat-ai", "China", "keystroke patterns");
        assertThat(((Number) m.get("lotusBottom")).doubleValue()).as("the lotus vendor's whole line in the needs-attention block")
                .isBetween(1.0, (double) SCREEN);
    }

    @Test
    void aQuoteOfAVendorFetchedByUrlOpensTheLivePageScrolledToThePassage() throws Exception {
        chromium();
        // the policy, pushed down by a spacer, and a script that records how far the page was scrolled
        String policy = Files.readString(Path.of("policies-corpus", "lotus-chat-ai.html"), StandardCharsets.UTF_8)
                .replaceFirst("<body>", "<body><div style=\"height:6000px\">spacer</div>")
                .replace("</body>", "<script>setTimeout(function () { document.body.setAttribute('data-y', String(scrollY)); }, 1000);</script></body>");
        try (LocalSite site = new LocalSite()) {
            site.page("/privacy", "text/html; charset=utf-8", policy);
            String url = site.url("/privacy").toString();
            Comparison.Result lotus = results.stream().filter(r -> r.vendor().name().equals("lotus-chat-ai")).findFirst().orElseThrow();
            Report r = lotus.report();
            Report.Source s = r.source();
            Report fetched = new Report(r.schemaVersion(), r.tool(), new Report.Source(url, s.contentType(), s.sha256(), url, url,
                    "2025-03-01T09:30:00Z", "sha256:" + s.sha256()), r.document(), r.facts(), r.disclosures(), r.findings(), r.score());
            Document html = Jsoup.parse(HtmlComparison.render(List.of(new Comparison.Result(lotus.vendor(), fetched, null, null, false)),
                    "gdpr", "now"));
            String live = html.selectFirst("article blockquote footer a").attr("href");
            assertThat(live).startsWith(url + "#:~:text=");
            assertThat(Integer.parseInt(dom(url, 1280).body().attr("data-y"))).as("without the text fragment").isZero();
            assertThat(Integer.parseInt(dom(live, 1280).body().attr("data-y"))).as("scrolled down to the quote").isGreaterThan(5000);
        }
    }
}
