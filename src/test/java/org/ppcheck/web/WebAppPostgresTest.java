package org.ppcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppcheck.register.Register;
import org.ppcheck.register.TestDatabases;

/** The app on a register in PostgreSQL: the portfolio, a vendor's page and a decision (skipped where no PostgreSQL can run). */
class WebAppPostgresTest {
    @TempDir
    Path tmp;

    @Test
    void thePortfolioAndADecisionWorkOnPostgresql() throws Exception {
        try (Register reg = Register.open(TestDatabases.postgres())) {
            WebFixture.fill(reg, tmp);
            try (WebApp app = WebApp.start(WebSettings.local(0, WebFixture.settings(tmp)), reg)) {
                WebClient b = new WebClient(app.url());
                assertThat(Jsoup.parse(b.get("/").body()).select("#portfolio tbody tr")).hasSize(2);
                String token = b.csrf(Links.vendor("Quill Notes"));
                assertThat(b.post(Links.vendor("Quill Notes") + "/decisions", Map.of("csrf", token, "decision", "approve")).statusCode())
                        .isEqualTo(303);
                assertThat(Jsoup.parse(b.get(Links.vendor("Quill Notes")).body()).select("#decisions li").text())
                        .startsWith("Overall: approve by " + app.settings().localUser());
            }
        }
    }
}
