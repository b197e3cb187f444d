package org.ppcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppcheck.fetch.LocalSite;

/** Checking vendors by URL, from the command line, against a small site served on loopback. */
class FetchCommandTest {
    @TempDir
    Path tmp;

    private LocalSite site;

    @BeforeEach
    void start() throws Exception {
        site = new LocalSite();
        site.page("/", "text/html", """
                <html><head><title>Lotus</title></head><body><main><h1>Lotus Chat</h1><p>Chat with an AI.</p></main>
                <footer><a href="/terms">Terms</a> · <a href="/privacy">Privacy Policy</a></footer></body></html>""");
        site.page("/privacy", "text/html; charset=utf-8", Files.readString(Path.of("policies-corpus", "lotus-chat-ai.html")));
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /admin/\n");
        site.page("/empty", "text/html", "<html><body><h1>Coming soon</h1><p>Nothing here yet.</p></body></html>");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void checkingAHomepageFindsChecksAndArchivesThePolicy() throws Exception {
        Path archive = tmp.resolve("archive");
        Cli.Run run = Cli.ppcheck("check", "--archive", archive.toString(), "--rate-limit", "0", "--format", "json", site.url("/").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("checking " + site.url("/privacy") + ", archived as sha256:");
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.at("/source/url").asText()).isEqualTo(site.url("/").toString());
        assertThat(report.at("/source/finalUrl").asText()).isEqualTo(site.url("/privacy").toString());
        String snapshot = report.at("/source/snapshot").asText();
        assertThat(snapshot).isEqualTo("sha256:" + report.at("/source/sha256").asText());
        assertThat(report.at("/facts/dataLocations/0/country").asText()).isEqualTo("CN");
        Path object = archive.resolve("objects").resolve(snapshot.substring(7, 9)).resolve(snapshot.substring(7));
        assertThat(Files.readString(object)).isEqualTo(Files.readString(Path.of("policies-corpus", "lotus-chat-ai.html")));
        try (Stream<Path> entries = Files.list(archive.resolve("urls"))) {
            assertThat(entries.count()).as("the homepage and the policy").isEqualTo(2);
        }
    }

    @Test
    void aUrlVendorIsAskedAgainConditionallyAndRecheckedOnlyWhenItsPolicyChanged() throws Exception {
        java.util.concurrent.atomic.AtomicReference<String> body = new java.util.concurrent.atomic.AtomicReference<>(
                Files.readString(Path.of("policies-corpus", "lotus-chat-ai.html")));
        site.page("/policy", ex -> {
            String etag = "\"" + Integer.toHexString(body.get().hashCode()) + "\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalSite.send(ex, 304, null, new byte[0]);
                return;
            }
            ex.getResponseHeaders().set("ETag", etag);
            LocalSite.send(ex, 200, "text/html; charset=utf-8", body.get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        Path vendors = Files.writeString(tmp.resolve("vendors.csv"), "name,source\nLotus," + site.url("/policy") + "\n");
        String[] compare = {"compare", "--archive", tmp.resolve("archive").toString(), "--rate-limit", "0", "--out",
                tmp.resolve("out").toString(), vendors.toString()};

        Cli.Run first = Cli.ppcheck(compare);
        Cli.Run same = Cli.ppcheck(compare);
        assertThat(same.err()).contains("1 vendors (1 from an earlier run");
        assertThat(site.requests().get(site.requests().size() - 1).headers()).containsKey("If-none-match");
        assertThat(same.out()).isEqualTo(first.out());

        body.set(Files.readString(Path.of("policies-corpus", "nimbus-eu-saas.html")));
        Cli.Run changed = Cli.ppcheck(compare);
        assertThat(changed.err()).contains("1 vendors (0 from an earlier run");
        assertThat(changed.out()).isNotEqualTo(first.out());
    }

    @Test
    void fetchArchivesAndSaysWhereAndHowEachPolicyWasFound() throws Exception {
        Cli.Run run = Cli.ppcheck("fetch", "--archive", tmp.toString(), "--rate-limit", "0", site.url("/").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains(site.url("/privacy").toString(), "HTTP 200", "sha256:", "link \"Privacy Policy\"");
    }

    @Test
    void noPolicyAndAFailedFetchAreDifferentOutcomesAndTheOtherInputsStillGetReports() throws Exception {
        Cli.Run none = Cli.ppcheck("check", "--archive", tmp.toString(), "--rate-limit", "0", site.url("/empty").toString(),
                "policies-corpus/tiny-vague.txt");
        assertThat(none.exit()).isEqualTo(6);
        assertThat(none.err()).contains("no privacy policy at " + site.url("/empty"));
        assertThat(none.out()).contains("tiny-vague.txt");

        Cli.Run refused = Cli.ppcheck("check", "--archive", tmp.toString(), "--rate-limit", "0", site.url("/admin/privacy").toString());
        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.err()).contains("robots.txt").contains("disallows /admin/privacy");

        site.close();
        Cli.Run down = Cli.ppcheck("check", "--archive", tmp.toString(), site.url("/").toString());
        assertThat(down.exit()).isEqualTo(3);
        assertThat(down.err().lines()).hasSize(1).allMatch(l -> l.startsWith("ppcheck: " + site.url("/")));
        assertThat(down.err()).doesNotContain("Exception");
    }
}
