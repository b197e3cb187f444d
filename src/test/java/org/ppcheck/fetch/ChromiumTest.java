package org.ppcheck.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --render} stays within its deadline and size limit, leaves no process and no folder behind,
 * and keeps Chromium's sandbox unless ppcheck runs as root; pages ppcheck writes fit a phone's
 * width. The rendering tests need Chromium installed and are skipped otherwise. Every test that starts Chromium lives here, so that they
 * run one at a time (test classes run in parallel JVMs, and each test looks for leftover processes).
 */
class ChromiumTest {
    private static final FetchOptions QUICK = FetchOptions.defaults().withPacing(Duration.ofMillis(50), Duration.ZERO);
    private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));

    private LocalSite site;

    @BeforeEach
    void start() throws Exception {
        site = new LocalSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private static Path chromium() {
        Path chromium = Chromium.find();
        Assumptions.assumeTrue(chromium != null, "Chromium is not installed");
        return chromium;
    }

    /** The address check of a run where the user named 127.0.0.1, as the tests' pages are there. */
    private static AddressGuard loopbackNamed() {
        AddressGuard guard = new AddressGuard(HostResolver.system());
        guard.name("127.0.0.1");
        return guard;
    }

    private static Set<Path> renderFolders() throws IOException {
        try (Stream<Path> files = Files.list(TMP)) {
            // ppcheck's own folders, and the socket folders Chromium makes in TMPDIR (kept inside ppcheck's)
            return files.filter(p -> p.getFileName().toString().matches("ppcheck-chromium.*|\\.?org\\.chromium\\.Chromium\\..*"))
                    .collect(Collectors.toSet());
        }
    }

    /** Chromium processes this JVM started, or that name one of ppcheck's render folders, and still run. */
    private static List<String> leftovers() {
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(p -> ProcessHandle.current().descendants().anyMatch(p::equals)
                        || p.info().commandLine().orElse("").contains("ppcheck-chromium"))
                .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
                .filter(line -> line.toLowerCase(java.util.Locale.ROOT).contains("chrom"))
                .toList();
    }

    /** Waits a little for render folders of other test JVMs to go; ours must not be among what is left. */
    private static Set<Path> newFolders(Set<Path> before) throws Exception {
        Set<Path> left = Set.of();
        for (int i = 0; i < 300; i++) {
            left = renderFolders().stream().filter(p -> !before.contains(p)).collect(Collectors.toSet());
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        return left;
    }

    @Test
    void aPageThatNeverStopsRunningIsKilledAtTheDeadlineWithAllItsProcessesAndItsFolder() throws Exception {
        chromium();
        site.page("/spin", "text/html", "<html><head><title>Privacy</title></head><body><div id='root'></div>"
                + "<script>while (true) {}</script></body></html>");
        Set<Path> before = renderFolders();
        PolicyFinder finder = new PolicyFinder(new HttpFetcher(QUICK.withRenderTimeout(Duration.ofSeconds(1)), "test"), null, true);
        long start = System.nanoTime();
        assertThatThrownBy(() -> finder.find(site.url("/spin")))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.FAILED))
                .hasMessageContaining("did not finish rendering").hasMessageContaining("within 1 s (timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the deadline, and a few seconds to kill and clean up")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(leftovers()).as("Chromium processes left running").isEmpty();
        assertThat(newFolders(before)).as("render folders left in " + TMP).isEmpty();
    }

    @Test
    void aRenderedPageOverTheSizeLimitIsRefused() throws Exception {
        Path chromium = chromium();
        site.page("/huge", "text/html", "<html><body><script>document.body.textContent = 'privacy '.repeat(400000);</script></body></html>");
        assertThatThrownBy(() -> Chromium.render(chromium, site.url("/huge"), QUICK.withMaxBytes(1024 * 1024), loopbackNamed()))
                .isInstanceOf(FetchException.class).hasMessageContaining("larger than the 1 MB limit");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aPageThatNeedsJavaScriptIsRenderedFoundAsThePolicyAndCleanedUpAfter() throws Exception {
        chromium();
        String text = "We collect your name and e-mail address. We use personal data to provide the service. "
                + "We share it with service providers. You have the right to access and delete your data. "
                + "We keep it for 12 months. Contact us at privacy@example.com. We protect it with encryption.";
        site.page("/spa", "text/html", "<html><head><title>Privacy</title></head><body><div id='root'></div><script>"
                + "document.getElementById('root').innerHTML = '<h1>Privacy Policy</h1><p>' + '" + text + "' + '</p>';</script></body></html>");
        Set<Path> before = renderFolders();
        PolicyFinder.Found found = new PolicyFinder(new HttpFetcher(QUICK, "test"), null, true).find(site.url("/spa"));
        assertThat(found.how()).contains("rendered with Chromium");
        assertThat(new String(found.document().body(), StandardCharsets.UTF_8)).contains("We keep it for 12 months");
        assertThat(leftovers()).isEmpty();
        assertThat(newFolders(before)).isEmpty();
    }

    @Test
    void whatTheRenderedPageLoadsPassesTheAddressCheckToo() throws Exception {
        Path chromium = chromium();
        String other = "http://localhost:" + site.url("/").getPort(); // this machine under a name the user did not give
        site.page("/page", "text/html", "<html><body><p id='p'>start</p><img src='" + other + "/pixel.gif'>"
                + "<script src='/own.js'></script><script>fetch('" + other + "/secret').catch(() => {});"
                + "setTimeout(() => { location = '" + other + "/secret-page'; }, 50);</script></body></html>");
        site.page("/own.js", "text/javascript", "document.getElementById('p').textContent = 'own script ran';");
        site.page("/pixel.gif", "image/gif", "GIF89a");
        site.page("/secret", "text/plain", "the admin password");
        site.page("/secret-page", "text/html", "<html><body>the admin password</body></html>");
        byte[] dom = Chromium.render(chromium, site.url("/page"), QUICK, loopbackNamed());
        assertThat(new String(dom, StandardCharsets.UTF_8)).doesNotContain("the admin password");
        assertThat(site.count("/own.js")).as("the page's own host, which the user named, is reached").isEqualTo(1);
        assertThat(site.requests()).extracting(LocalSite.Request::path).doesNotContain("/pixel.gif", "/secret", "/secret-page");
    }

    /**
     * A page that shows {@code path} in a phone-sized frame (390 px wide) and writes, once it has
     * loaded, the frame document's scroll width, its client width and the frame's viewport width.
     */
    private static String phoneFrame(String path) {
        return "<!DOCTYPE html><html><body style='margin:0'><p id='result'>not loaded</p><script>"
                + "const f = document.createElement('iframe'); f.style.cssText = 'width:390px;height:844px;border:0';"
                + "f.onload = () => { const e = f.contentDocument.documentElement;"
                + "document.getElementById('result').textContent = [e.scrollWidth, e.clientWidth, f.contentWindow.innerWidth].join(' '); };"
                + "f.src = '" + path + "'; document.body.appendChild(f);</script></body></html>";
    }

    @Test
    void theDiffPageHasNoHorizontalScrollOnAPhone() throws Exception {
        Path chromium = chromium();
        // long words, a long URL, long diff lines, a wide table and hostile headings
        String html = org.ppcheck.compare.PolicyVersions.fixtures("wide-v1.html", "wide-v2.html").html();
        site.page("/diff", "text/html; charset=utf-8", html);
        site.page("/phone", "text/html; charset=utf-8", phoneFrame("/diff"));
        String dom = new String(Chromium.render(chromium, site.url("/phone"), QUICK, loopbackNamed()), StandardCharsets.UTF_8);
        String[] widths = org.jsoup.Jsoup.parse(dom).select("#result").text().split(" ");
        assertThat(widths).as("scroll width, client width, viewport width").hasSize(3);
        int scrollWidth = Integer.parseInt(widths[0]);
        int clientWidth = Integer.parseInt(widths[1]);
        assertThat(Integer.parseInt(widths[2])).as("the viewport of a phone").isEqualTo(390);
        assertThat(scrollWidth).as("the page's width in a 390 px viewport (%d px without its scroll bar)", clientWidth)
                .isLessThanOrEqualTo(clientWidth);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theSandboxIsDroppedOnlyForRoot() throws Exception {
        Path folder = Path.of("/tmp/ppcheck-chromium-x");
        URI url = URI.create("http://127.0.0.1/");
        assertThat(Chromium.command(Path.of("chromium"), url, folder, "http://127.0.0.1:1", false))
                .doesNotContain("--no-sandbox").endsWith("--dump-dom", url.toString());
        assertThat(Chromium.command(Path.of("chromium"), url, folder, "http://127.0.0.1:1", true)).contains("--no-sandbox");
        Process id = new ProcessBuilder("id", "-u").start();
        String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertThat(id.waitFor()).isZero();
        assertThat(Chromium.runningAsRoot()).as("uid " + uid).isEqualTo(uid.equals("0"));
    }
}
