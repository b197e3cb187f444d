package org.ppcheck.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real browser for the web app's tests: Debian's {@code chromium} driven through its
 * {@code chromium-driver} (Selenium Manager cannot download drivers here, so the paths are given).
 * A test calls {@link #start}; where the packages are not installed it is skipped with a message
 * saying which is missing and how {@code .ci/run} installs them. {@link #axe} runs axe-core (vendored
 * from npm in src/test/resources/axe) on the page and returns its violations.
 */
final class Browser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final int MIN_WINDOW = 500;
    /** Selenium looks for DevTools bindings of this Chromium's version and warns that it has none; the tests use none. Held: loggers are weakly kept. */
    private static final java.util.logging.Logger DEVTOOLS_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    private Browser() {
    }

    /** A headless Chromium of this window size, its profile in {@code dir}. */
    static WebDriver start(Path dir, int width, int height) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser tests skipped: Debian's chromium and chromium-driver are not installed (.ci/run installs them with apt)");
        DEVTOOLS_LOG.setLevel(java.util.logging.Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--user-data-dir=" + dir.resolve("profile"));
        if (width < MIN_WINDOW) {
            // headless Chromium makes no window narrower than 500 px: a phone is emulated instead, as DevTools does
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 1.0)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Makes the page this wide and high, as a phone when narrower than 500 px (DevTools' device
     * emulation): one browser serves both the desktop and the phone checks of a test class.
     */
    static void emulate(WebDriver driver, int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < MIN_WINDOW));
    }

    /** Saves what the window shows as a PNG file. */
    static void screenshot(WebDriver driver, Path file) throws java.io.IOException {
        Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /** Whether the focused element shows that it has focus: an outline or a box shadow. */
    static boolean focusVisible(WebDriver driver) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("var s = getComputedStyle(document.activeElement);"
                + "return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';");
    }

    /** Quits the browser and closes what a test class started (any may be null, if starting it failed). */
    static void closeAll(WebDriver driver, AutoCloseable... started) throws Exception {
        if (driver != null) {
            driver.quit();
        }
        for (AutoCloseable c : started) {
            if (c != null) {
                c.close();
            }
        }
    }

    /** The page's width in CSS pixels, as wide as its widest content: more than the window means a horizontal scroll. */
    static long scrollWidth(WebDriver driver) {
        return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
    }

    /** The layout viewport's width; on an emulated phone it grows to fit content wider than the screen, as a phone's browser zooms out. */
    static long innerWidth(WebDriver driver) {
        return (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
    }

    /** The axe-core violations of the page, each as "rule-id (impact): help, on N elements: first target". */
    @SuppressWarnings("unchecked") // the nodes of a violation, as axe-core's JSON has them
    static List<String> axe(WebDriver driver) throws Exception {
        String axe = Files.readString(Path.of("src/test/resources/axe/axe.min.js"), StandardCharsets.UTF_8);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); }, function (e) { done('error: ' + e); });");
        String json = String.valueOf(result);
        if (json.startsWith("error: ")) {
            throw new IllegalStateException("axe-core failed: " + json);
        }
        List<String> out = new ArrayList<>();
        List<Map<String, Object>> violations = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json,
                new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() { });
        for (Map<String, Object> v : violations) {
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) v.get("nodes");
            out.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + ", on " + nodes.size() + " elements: "
                    + (nodes.isEmpty() ? "" : nodes.get(0).get("target")));
        }
        return out;
    }
}
