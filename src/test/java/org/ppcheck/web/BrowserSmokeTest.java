package org.ppcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

class BrowserSmokeTest {
    @TempDir
    Path tmp;

    @Test
    void axeRunsOnAPage() throws Exception {
        java.nio.file.Files.writeString(tmp.resolve("p.html"), "<!DOCTYPE html><html lang=\"en\"><head><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>t</title></head><body><main><h1>Hi</h1><img src=\"x.png\"></main></body></html>");
        WebDriver d = Browser.start(tmp, 390, 800);
        try {
            d.get(tmp.resolve("p.html").toUri().toString());
            assertThat(Browser.axe(d)).anyMatch(v -> v.startsWith("image-alt"));
            assertThat(Browser.innerWidth(d)).isEqualTo(390);
        } finally {
            d.quit();
        }
    }
}
