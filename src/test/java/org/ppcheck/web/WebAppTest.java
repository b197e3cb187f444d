package org.ppcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppcheck.register.Register;
import org.ppcheck.register.TestDatabases;

/** The app on a real SQLite register and a loopback port: headers, CSRF, hostile text, uploads and the API. */
class WebAppTest {
    @TempDir
    static Path tmp;
    static Register register;
    static WebApp app;

    @BeforeAll
    static void start() throws Exception {
        register = Register.open(TestDatabases.sqlite(tmp));
        WebFixture.fill(register, tmp);
        app = WebApp.start(WebSettings.local(0, WebFixture.settings(tmp)).withMaxUpload(4096), register);
    }

    @AfterAll
    static void stop() {
        app.close();
        register.close();
    }

    private static String evil() {
        return Links.vendor(WebFixture.EVIL_NAME);
    }

    @Test
    void everyPageSendsTheSecurityHeadersAndNothingFromAPolicyOrANameBecomesMarkup() throws Exception {
        WebClient b = new WebClient(app.url());
        List<String> pages = List.of("/", evil(), evil() + "/versions/1/text", "/changes", "/rules", "/vendors/new", "/compare",
                "/compare?vendors=" + Links.segment(WebFixture.EVIL_NAME + ",Quill Notes"), "/no-such-page", "/vendors/nobody");
        for (String p : pages) {
            HttpResponse<String> r = b.get(p);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(p).hasValue(Guard.CSP);
            assertThat(Guard.CSP).contains("default-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(p).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(p).hasValue("no-referrer");
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(p).startsWith("text/html");
            Document doc = Jsoup.parse(r.body());
            assertThat(doc.select("script")).as(p).isEmpty();
            assertThat(doc.select("img")).as(p).isEmpty();
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertThat(a.getKey()).as(p + ": " + e.tagName()).doesNotStartWith("on");
                }
            }
        }
        Document vendor = Jsoup.parse(b.get(evil()).body());
        assertThat(vendor.selectFirst("h1").text()).isEqualTo(WebFixture.EVIL_NAME);
        assertThat(vendor.select("blockquote").text()).contains("<script>alert('evidence')</script>");
        assertThat(Jsoup.parse(b.get("/").body()).select("#needs-attention").text()).contains(WebFixture.EVIL_NAME);
        assertThat(b.get("/static/app.css").headers().firstValue("Content-Security-Policy")).hasValue(Guard.CSP);
    }

    @Test
    void aPostWithoutTheSessionsCsrfTokenIsRefusedAndRecordsNothing() throws Exception {
        WebClient b = new WebClient(app.url());
        String path = Links.vendor("Quill Notes") + "/decisions";
        assertThat(b.post(path, Map.of("decision", "reject")).statusCode()).isEqualTo(403);
        b.get("/");
        assertThat(b.post(path, Map.of("decision", "reject", "csrf", "forged")).statusCode()).isEqualTo(403);
        WebClient other = new WebClient(app.url());
        String othersToken = other.csrf(Links.vendor("Quill Notes"));
        assertThat(b.post(path, Map.of("decision", "reject", "csrf", othersToken)).statusCode()).as("another session's token").isEqualTo(403);
        assertThat(b.get("/api/vendors/Quill%20Notes/decisions").body()).contains("\"history\":[]");

        String token = b.csrf(Links.vendor("Quill Notes"));
        HttpResponse<String> ok = b.post(path, Map.of("decision", "approve-with-conditions", "note", "DPA <b>signed</b>", "csrf", token));
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(ok.headers().firstValue("Location")).hasValue(Links.vendor("Quill Notes") + "#decisions");
        Document page = Jsoup.parse(b.get(Links.vendor("Quill Notes")).body());
        assertThat(page.select("#decisions li").text()).contains("Overall: approve-with-conditions by " + app.settings().localUser(),
                "DPA <b>signed</b>");
        assertThat(b.post(path, Map.of("decision", "maybe", "csrf", token)).statusCode()).as("not a decision").isEqualTo(400);
    }

    @Test
    void uploadsAreLimitedInSizeAndTheirKindIsToldFromTheirBytes() throws Exception {
        WebClient b = new WebClient(app.url());
        String token = b.csrf("/vendors/new");
        Map<String, String> fields = Map.of("csrf", token, "name", "Uploaded");
        assertThat(b.upload("/vendors/new", fields, "big.md", new byte[8192]).statusCode()).isEqualTo(413);
        HttpResponse<String> streamed = b.uploadChunked("/vendors/new", fields, "big.md", new byte[8192]);
        assertThat(streamed.statusCode()).as("a body without its length is stopped at the limit too").isEqualTo(413);
        assertThat(streamed.body()).contains("over the limit of").doesNotContain("internal error");
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        HttpResponse<String> refused = b.upload("/vendors/new", fields, "policy.pdf", binary);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).select("#add-problem").text()).isEqualTo("policy.pdf: the file is binary, not HTML, PDF, Markdown or text");
        assertThat(b.get("/api/vendors").body()).doesNotContain("Uploaded");

        HttpResponse<String> added = b.upload("/vendors/new", fields, "policy.md", WebFixture.PLAIN_POLICY.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(added.statusCode()).isEqualTo(303);
        String job = added.headers().firstValue("Location").orElseThrow();
        String progress = b.get(job).body();
        for (int i = 0; i < 300 && Jsoup.parse(progress).select("meta[http-equiv=refresh]").size() > 0; i++) {
            Thread.sleep(100);
            progress = b.get(job).body();
        }
        assertThat(Jsoup.parse(progress).select("#check-progress").text()).startsWith("Done: first version");
        JsonNode vendor = new ObjectMapper().readTree(b.get("/api/vendors/Uploaded").body());
        assertThat(vendor.get("source").asText()).startsWith(tmp.resolve("archive").resolve("uploads").toAbsolutePath().toString()).endsWith(".md");
        assertThat(vendor.get("latestVersion").asInt()).isEqualTo(1);
    }

    @Test
    void theApiAnswersEveryPathOfItsOpenApiDescriptionWithJson() throws Exception {
        WebClient b = new WebClient(app.url());
        ObjectMapper json = new ObjectMapper();
        JsonNode spec;
        try (InputStream in = WebApp.class.getResourceAsStream("openapi.json")) {
            spec = json.readTree(in);
        }
        assertThat(json.readTree(b.get("/api/openapi.json").body())).isEqualTo(spec);
        List<String> paths = new ArrayList<>();
        spec.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).hasSizeGreaterThanOrEqualTo(8);
        for (String p : paths) {
            HttpResponse<String> r = b.get(p.replace("{name}", "Quill%20Notes").replace("{n}", "1"));
            assertThat(r.statusCode()).as(p).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(p).startsWith("application/json");
            JsonNode body = json.readTree(r.body());
            JsonNode schema = spec.at("/paths/" + p.replace("/", "~1") + "/get/responses/200/content/application~1json/schema");
            String ref = schema.path("items").path("$ref").asText(schema.path("$ref").asText(""));
            boolean array = schema.path("type").asText().equals("array");
            assertThat(body.isArray()).as(p).isEqualTo(array);
            JsonNode sample = array ? body.get(0) : body;
            JsonNode required = ref.isEmpty() ? schema.path("required") : spec.at(ref.substring(1) + "/required");
            for (JsonNode field : required) {
                assertThat(sample.has(field.asText())).as(p + " has " + field).isTrue();
            }
        }
        HttpResponse<String> missing = b.get("/api/vendors/nobody");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json.readTree(missing.body()).get("error").asText()).contains("no vendor named 'nobody'");
    }
}
