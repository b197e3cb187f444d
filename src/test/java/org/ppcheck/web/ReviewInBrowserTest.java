package org.ppcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ppcheck.check.CheckSettings;
import org.ppcheck.fetch.LocalSite;
import org.ppcheck.register.Register;
import org.ppcheck.register.TestDatabases;

/**
 * A reviewer's round in a real browser: add a vendor whose policy is on a loopback site, read its
 * facts and evidence, approve it; the policy changes, a recheck (as {@code ppcheck recheck} runs it)
 * records the change, and the vendor page flags the approval for re-review and links to the diff.
 */
class ReviewInBrowserTest {
    private static final String VENDOR = "Nimbus Ledger";
    private static final Duration CHECK_DEADLINE = Duration.ofSeconds(60);

    @TempDir
    static Path tmp;
    static WebDriver driver;
    static LocalSite site;
    static Register register;
    static WebApp app;
    static CheckSettings checks;

    @BeforeAll
    static void start() throws Exception {
        driver = Browser.start(tmp, 1280, 900);
        site = new LocalSite();
        register = Register.open(TestDatabases.sqlite(tmp));
        CheckSettings s = WebFixture.settings(tmp);
        // the loopback site needs no pause between requests: robots.txt and the page follow at once
        checks = new CheckSettings(s.rules(), s.limits(), s.fetch().withPacing(Duration.ofMillis(50), Duration.ZERO), s.archive(), s.render(),
                s.timeBudget(), s.jobs());
        app = WebApp.start(WebSettings.local(0, checks), register);
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(driver, app, register, site);
    }

    @Test
    void addApproveChangeRecheckAndTheApprovalNeedsReReviewWithTheNewFieldInTheDiff() throws Exception {
        String policy = Files.readString(Path.of("policies-corpus/nimbus-eu-saas.html"), StandardCharsets.UTF_8);
        site.page("/privacy", "text/html; charset=utf-8", policy);

        driver.get(app.url() + "/vendors/new");
        driver.findElement(By.id("add-name")).sendKeys(VENDOR);
        driver.findElement(By.id("add-url")).sendKeys(site.url("/privacy").toString());
        driver.findElement(By.id("add-submit")).click();
        WebElement open = new WebDriverWait(driver, CHECK_DEADLINE)
                .until(d -> d.findElements(By.id("open-vendor")).stream().findFirst().orElse(null));
        assertThat(driver.findElement(By.id("check-progress")).getText()).startsWith("Done: first version");
        open.click();

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(VENDOR);
        String facts = driver.findElement(By.id("facts")).getText();
        assertThat(facts).contains("Key facts (version 1)", "Where data goes", "GDPR").doesNotContain("keystroke");
        List<WebElement> quotes = driver.findElements(By.cssSelector("#findings blockquote"));
        assertThat(quotes).isNotEmpty();
        String firstQuote = quotes.get(0).findElement(By.tagName("p")).getText();
        quotes.get(0).findElement(By.linkText("see it in the policy")).click();
        WebElement mark = driver.findElement(By.cssSelector("#policy-text mark:target"));
        assertThat(firstQuote).contains(mark.getText().strip());
        driver.navigate().back();

        new Select(driver.findElement(By.id("decide-decision"))).selectByValue("approve");
        driver.findElement(By.id("decide-note")).sendKeys("DPA signed");
        driver.findElement(By.id("decide-submit")).click();
        assertThat(driver.findElement(By.id("decisions")).getText()).contains("Overall: approve by " + app.settings().localUser(), "DPA signed")
                .doesNotContain("needs re-review");

        site.page("/privacy", "text/html; charset=utf-8", CorpusRegister.withKeystrokes(policy));
        driver.findElement(By.id("recheck-submit")).click(); // "Check again now": the app rechecks as 'ppcheck recheck' does
        new WebDriverWait(driver, CHECK_DEADLINE).until(d -> d.findElements(By.id("open-vendor")).stream().findFirst().orElse(null));
        assertThat(driver.findElement(By.id("check-progress")).getText()).startsWith("Done: changed: new version");
        driver.findElement(By.id("open-vendor")).click();

        assertThat(driver.findElement(By.id("facts")).getText()).contains("Key facts (version 2)", "keystroke patterns");
        assertThat(driver.findElement(By.id("decisions")).getText()).contains("Overall: approve", "needs re-review");
        WebElement timeline = driver.findElement(By.id("timeline"));
        assertThat(timeline.getText()).contains("version 2", "decision needs re-review");
        timeline.findElement(By.linkText("what changed in version 2")).click();

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(VENDOR + ": what changed in version 2");
        assertThat(driver.findElement(By.id("diff-facts")).getText()).contains("keystroke patterns");
    }
}
