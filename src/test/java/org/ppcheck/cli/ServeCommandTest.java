package org.ppcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppcheck.check.CheckSettings;
import org.ppcheck.check.Checker;
import org.ppcheck.check.RulesChoice;
import org.ppcheck.compare.Vendors;
import org.ppcheck.register.Recheck;
import org.ppcheck.register.Register;
import org.ppcheck.web.Users;
import org.ppcheck.web.WebApp;
import org.ppcheck.web.WebSettings;

/** {@code ppcheck serve} and {@code ppcheck users} through the CLI entry point, and the app's sign-in and decisions as the CLI sees them. */
class ServeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void anAddressOtherMachinesReachIsRefusedWithoutSignIn() {
        Cli.Run run = Cli.ppcheck("serve", "--bind", "0.0.0.0", "--port", "0", "--db", tmp.resolve("r.db").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("ppcheck: --bind 0.0.0.0: other machines could reach the register without signing in; give --auth "
                + "users.yaml (make it with 'ppcheck users add NAME'), or bind to 127.0.0.1\n");
        assertThat(Files.exists(tmp.resolve("r.db"))).as("nothing opened").isFalse();
    }

    @Test
    void usersAddReadsThePasswordFromStandardInputAndKeepsTheOtherUsers() throws Exception {
        Path file = tmp.resolve("users.yaml");
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("correct horse battery\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(Cli.ppcheck("users", "add", "ann", "--file", file.toString()).exit()).isZero();
            System.setIn(new ByteArrayInputStream("another secret\n".getBytes(StandardCharsets.UTF_8)));
            Cli.Run bob = Cli.ppcheck("users", "add", "bob", "--file", file.toString());
            assertThat(bob.exit()).isZero();
            assertThat(bob.out() + bob.err()).doesNotContain("another secret");
            System.setIn(new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(Cli.ppcheck("users", "add", "cy", "--file", file.toString()).err()).contains("at least 8 characters");
        } finally {
            System.setIn(stdin);
        }
        assertThat(Files.readString(file)).doesNotContain("correct horse").contains("\"ann\": \"$2a$12$");
        Users users = Users.load(file);
        assertThat(users.names()).containsExactly("ann", "bob");
        assertThat(users.verify("ann", "correct horse battery")).isTrue();
        assertThat(users.verify("ann", "another secret")).isFalse();
        Files.writeString(file, "users:\n  ann: not-a-hash\n  bad name: x\n");
        assertThat(Cli.ppcheck("serve", "--auth", file.toString(), "--port", "0", "--db", tmp.resolve("r.db").toString()).err())
                .contains(file + ":2:8: users.ann: not a BCrypt hash", file + ":3:3: users.bad name: a user name is");
    }

    @Test
    void withUsersEveryPageNeedsSignInAndADecisionRecordsWhoSignedInAsHistoryShows() throws Exception {
        Path file = Files.writeString(tmp.resolve("quill.md"), "# Privacy Policy\n\nWe collect your name and email address. "
                + "We keep them for 2 years. Contact privacy@quill.example.\n");
        Path users = tmp.resolve("users.yaml");
        Users.add(users, "ann", "correct horse battery".toCharArray());
        String db = tmp.resolve("r.db").toString();
        CheckSettings settings = CheckSettings.defaults(RulesChoice.load(null, List.of())).withJobs(1).withArchive(tmp.resolve("archive"));
        try (Register reg = Register.open(db)) {
            reg.add(new Vendors.Vendor("Quill Notes", file.toString(), List.of()), java.time.Instant.now());
            new Recheck(new Checker(settings), reg, null, java.time.Clock.systemUTC()).run(reg.vendors(List.of()), false, o -> { });
            try (WebApp app = WebApp.start(WebSettings.local(0, settings).withUsers(Users.load(users)), reg)) {
                HttpClient http = HttpClient.newHttpClient();
                HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(app.url() + "/")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(first.statusCode()).isEqualTo(303);
                assertThat(first.headers().firstValue("Location")).hasValue("/login");
                assertThat(http.send(HttpRequest.newBuilder(URI.create(app.url() + "/api/vendors")).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode()).isEqualTo(401);
                String cookie = cookie(first);
                HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(app.url() + "/login")).header("Cookie", cookie).build(),
                        HttpResponse.BodyHandlers.ofString());
                String csrf = Jsoup.parse(login.body()).selectFirst("input[name=csrf]").attr("value");
                assertThat(post(http, app.url() + "/login", cookie, "csrf=" + csrf + "&name=ann&password=wrong").statusCode()).isEqualTo(401);
                HttpResponse<String> in = post(http, app.url() + "/login", cookie, "csrf=" + csrf + "&name=ann&password=correct+horse+battery");
                assertThat(in.statusCode()).isEqualTo(303);
                String signedIn = cookie(in);
                assertThat(signedIn).as("a new session id on sign-in").isNotEqualTo(cookie);
                assertThat(in.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly", "SameSite=Strict");
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(app.url() + "/vendors/Quill%20Notes")).header("Cookie", signedIn)
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(200);
                String token = Jsoup.parse(page.body()).selectFirst("#decide-overall input[name=csrf]").attr("value");
                assertThat(post(http, app.url() + "/vendors/Quill%20Notes/decisions", signedIn,
                        "csrf=" + token + "&rule=&decision=approve&note=DPA+signed").statusCode()).isEqualTo(303);
            }
        }
        Cli.Run history = Cli.ppcheck("history", "Quill Notes", "--db", db);
        assertThat(history.out()).contains("decision: approve by ann on version 1 (DPA signed)");
    }

    private static HttpResponse<String> post(HttpClient http, String url, String cookie, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> r) {
        String c = r.headers().firstValue("Set-Cookie").orElseThrow();
        return c.substring(0, c.indexOf(';'));
    }
}
