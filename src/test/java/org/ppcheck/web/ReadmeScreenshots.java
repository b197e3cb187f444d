package org.ppcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.ppcheck.register.Register;
import org.ppcheck.register.TestDatabases;

/**
 * Makes the README's screenshots of the portfolio and a vendor page, at 1280 px and on a 390 px
 * phone, from the corpus register, into {@code docs/}. Not part of the suite (screenshots are
 * looked at by a person before they are committed); make them again with
 * {@code mvn -B -q test -Dtest=ReadmeScreenshots -Dppcheck.screenshots=true}.
 */
@EnabledIfSystemProperty(named = "ppcheck.screenshots", matches = "true")
class ReadmeScreenshots {
    @TempDir
    Path tmp;

    @Test
    void portfolioAndVendorAtDesktopAndPhoneWidths() throws Exception {
        WebDriver driver = Browser.start(tmp, 1280, 900);
        try (Register register = Register.open(TestDatabases.sqlite(tmp))) {
            CorpusRegister.fill(register, tmp);
            try (WebApp app = WebApp.start(WebSettings.local(0, WebFixture.settings(tmp)), register)) {
                shoot(driver, app.url() + "/", 1280, 900, "web-portfolio.png");
                shoot(driver, app.url() + Links.vendor(CorpusRegister.LOTUS), 1280, 900, "web-vendor.png");
                shoot(driver, app.url() + "/", 390, 844, "web-portfolio-mobile.png");
                shoot(driver, app.url() + Links.vendor(CorpusRegister.LOTUS), 390, 844, "web-vendor-mobile.png");
            }
        } finally {
            driver.quit();
        }
    }

    private static void shoot(WebDriver driver, String url, int width, int height, String name) throws Exception {
        Browser.emulate(driver, width, height);
        driver.get(url);
        Path file = Path.of("docs", name);
        Browser.screenshot(driver, file);
        assertThat(Files.size(file)).isPositive();
    }
}
