package org.ppcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.ppcheck.register.Register;
import org.ppcheck.register.TestDatabases;

/**
 * The pages in a real browser, on a register of corpus vendors: the vendor page works with the
 * keyboard alone, no page scrolls sideways on a 390 px phone, and axe-core finds no WCAG 2.1 A/AA
 * violation at 1280 px.
 */
class PagesInBrowserTest {
    private static final int DESKTOP = 1280;
    private static final int PHONE = 390;
    private static final int TABS_TO_FORM = 200;

    @TempDir
    static Path tmp;
    static WebDriver driver;
    static Register register;
    static WebApp app;

    @BeforeAll
    static void start() throws Exception {
        driver = Browser.start(tmp, DESKTOP, 900);
        register = Register.open(TestDatabases.sqlite(tmp));
        CorpusRegister.fill(register, tmp);
        app = WebApp.start(WebSettings.local(0, WebFixture.settings(tmp)), register);
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(driver, app, register);
    }

    @AfterEach
    void desktopAgain() {
        Browser.emulate(driver, DESKTOP, 900);
    }

    /** The pages every reviewer goes through, by name. */
    private static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("portfolio", "/");
        pages.put("vendor", Links.vendor(CorpusRegister.NIMBUS));
        pages.put("vendor with findings", Links.vendor(CorpusRegister.LOTUS));
        pages.put("diff", Links.diff(CorpusRegister.NIMBUS, 2));
        pages.put("snapshot", Links.vendor(CorpusRegister.LOTUS) + "/versions/1/text");
        pages.put("add", "/vendors/new");
        pages.put("changes", "/changes");
        pages.put("compare", "/compare?vendors=" + Links.segment(CorpusRegister.LOTUS + "," + CorpusRegister.NIMBUS));
        pages.put("rules", "/rules");
        return pages;
    }

    @Test
    void theVendorPagesDecisionFormIsReachedWithTabInOrderShowsFocusAndSubmitsWithEnter() {
        driver.get(app.url() + Links.vendor(CorpusRegister.LOTUS));
        Actions keys = new Actions(driver);
        keys.sendKeys(Keys.TAB).perform();
        assertThat(active().getText()).as("the first Tab").isEqualTo("Skip to content");
        assertThat(Browser.focusVisible(driver)).as("the skip link shows focus").isTrue();
        int tabs = 1;
        while (!"decide-rule".equals(active().getAttribute("id")) && tabs < TABS_TO_FORM) {
            keys.sendKeys(Keys.TAB).perform();
            assertThat(Browser.focusVisible(driver)).as("focus shown on " + describe(active())).isTrue();
            tabs++;
        }
        assertThat(active().getAttribute("id")).as("Tab reaches the decision form").isEqualTo("decide-rule");
        List<String> order = new ArrayList<>(List.of("decide-rule"));
        for (int i = 0; i < 3; i++) {
            keys.sendKeys(Keys.TAB).perform();
            assertThat(Browser.focusVisible(driver)).as("focus shown on " + describe(active())).isTrue();
            order.add(active().getAttribute("id"));
            if (i == 0) {
                keys.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN).perform(); // from "pending" past "approve"
            } else if (i == 1) {
                keys.sendKeys("typed with the keyboard only").perform();
            }
        }
        assertThat(order).containsExactly("decide-rule", "decide-decision", "decide-note", "decide-submit");
        keys.sendKeys(Keys.ENTER).perform();
        assertThat(driver.getCurrentUrl()).endsWith(Links.vendor(CorpusRegister.LOTUS) + "#decisions");
        assertThat(driver.findElement(By.id("decisions")).getText())
                .contains("Overall: approve-with-conditions by " + app.settings().localUser(), "typed with the keyboard only");
    }

    @Test
    void noPageScrollsSidewaysOnAPhone() {
        Browser.emulate(driver, PHONE, 844);
        List<String> wide = new ArrayList<>();
        for (var p : pages().entrySet()) {
            driver.get(app.url() + p.getValue());
            // a phone widens its layout viewport (innerWidth) to content wider than the screen, so both are compared with the screen
            long width = Math.max(Browser.scrollWidth(driver), Browser.innerWidth(driver));
            if (width > PHONE) {
                wide.add(p.getKey() + " is " + width + " px wide");
            }
        }
        assertThat(wide).isEmpty();
    }

    @Test
    void axeFindsNoWcagViolationOnAnyPage() throws Exception {
        List<String> violations = new ArrayList<>();
        for (var p : pages().entrySet()) {
            driver.get(app.url() + p.getValue());
            Browser.axe(driver).forEach(v -> violations.add(p.getKey() + ": " + v));
        }
        assertThat(violations).isEmpty();
    }

    private static WebElement active() {
        return driver.switchTo().activeElement();
    }

    private static String describe(WebElement e) {
        return e.getTagName() + "#" + e.getAttribute("id") + " '" + e.getText() + "'";
    }
}
