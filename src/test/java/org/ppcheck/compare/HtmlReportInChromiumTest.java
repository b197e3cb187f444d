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
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppcheck.fetch.Chromium;

/**
 * {@code report.html} of the whole corpus laid out by headless Chromium: no sideways page scroll
 * on a 390 px phone, and on a 1280 px screen the first 900 px name the vendor that stores data in
 * China and collects keystroke patterns, in those words. The page measures itself inside an
 * iframe of the width wanted (a headless window is at least 500 px wide) and hands the figures to
 * the outer page, whose DOM Chromium prints. Skipped when Chromium is not installed.
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

    private static String report;

    @BeforeAll
    static void compareTheCorpus() throws Exception {
        if (Chromium.find() != null) {
            report = HtmlComparison.render(CorpusComparison.run(shared), "vendor-risk, gdpr", "2025-03-01 09:30 UTC");
        }
    }

    private static Path chromium() {
        Path chromium = Chromium.find();
        Assumptions.assumeTrue(chromium != null, "Chromium is not installed");
        return chromium;
    }

    /** What the report measures of itself in a viewport {@code width} px wide and {@value #SCREEN} px high. */
    private Map<?, ?> measure(int width) throws Exception {
        Path binary = chromium();
        String page = report.replace("</body>", "<script>" + MEASURE + "</script></body>");
        Path frame = Files.writeString(tmp.resolve("frame-" + width + ".html"), "<!DOCTYPE html><html><body style=\"margin:0\">"
                + "<iframe width=\"" + width + "\" height=\"" + SCREEN + "\" style=\"border:0;display:block\" srcdoc=\""
                + Entities.escape(page) + "\"></iframe></body></html>");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + tmp.resolve("profile"), "--window-size=" + (width + 100) + "," + (SCREEN + 100)));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--no-sandbox"); // Chromium cannot start its sandbox as root
        }
        command.addAll(List.of("--dump-dom", frame.toUri().toString()));
        Path dom = tmp.resolve("dom-" + width + ".html");
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
        String measured = Jsoup.parse(Files.readString(dom, StandardCharsets.UTF_8)).body().attr("data-measure");
        assertThat(measured).as("the report measured itself").isNotEmpty();
        Map<?, ?> m = new ObjectMapper().readValue(measured, Map.class);
        assertThat(((Number) m.get("width")).intValue()).as("the viewport width").isEqualTo(width);
        return m;
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
}
