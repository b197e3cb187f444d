package org.ppcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppcheck.fetch.LocalSite;

/** {@code recheck --webhook}: each event is posted as JSON, retried when the receiver fails, and a receiver that never answers fails nothing. */
class WebhookTest {
    @TempDir
    Path tmp;

    private LocalSite receiver;
    private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    private final List<String> kinds = Collections.synchronizedList(new ArrayList<>());
    private String db;

    @BeforeEach
    void start() throws Exception {
        receiver = new LocalSite();
        db = tmp.resolve("register.db").toString();
        Path policy = Files.copy(Path.of("policies-corpus", "tiny-vague.txt"), tmp.resolve("tiny.txt"));
        assertThat(Cli.ppcheck("vendors", "add", "Tiny", policy.toString(), "--db", db).exit()).isZero();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private Cli.Run recheck(String webhook) {
        return Cli.ppcheck("recheck", "--db", db, "--archive", tmp.resolve("archive").toString(), "--webhook", webhook);
    }

    @Test
    void aFailingReceiverIsAskedAgainUntilItTakesTheEventOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        receiver.page("/hook", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (calls.incrementAndGet() <= 2) {
                LocalSite.send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
                return;
            }
            bodies.add(body);
            kinds.add(ex.getRequestHeaders().getFirst("X-Ppcheck-Event"));
            LocalSite.send(ex, 200, "text/plain", new byte[0]);
        });
        Cli.Run run = recheck(receiver.url("/hook").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("not delivered");
        assertThat(calls.get()).as("two refusals, then one delivery per event").isEqualTo(2 + bodies.size());
        JsonNode first = new ObjectMapper().readTree(bodies.get(0));
        assertThat(first.get("vendor").asText()).isEqualTo("Tiny");
        assertThat(first.get("kind").asText()).isEqualTo("first-version").isEqualTo(kinds.get(0));
        assertThat(first.get("register").asText()).matches("[0-9a-f-]{36}");
        assertThat(first.get("snapshot").asText()).startsWith("sha256:");
    }

    @Test
    void aReceiverThatNeverAnswersFailsNothingAndIsNamedOnStderr() {
        receiver.page("/hook", ex -> LocalSite.send(ex, 500, "text/plain", new byte[0]));
        Cli.Run run = recheck(receiver.url("/hook").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Tiny: first version");
        assertThat(run.err()).contains("webhook " + receiver.url("/hook") + ": the event 'first version recorded", "was not delivered (HTTP 500)");
        assertThat(receiver.count("/hook")).as("tried four times").isEqualTo(4);
        assertThat(Cli.ppcheck("history", "Tiny", "--db", db).out()).as("the register has the event all the same").contains("first-version:");
    }

    @Test
    void aWebhookThatIsNotHttpIsABadOption() {
        Cli.Run run = recheck("file:///etc/passwd");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--webhook file:///etc/passwd: give an http:// or https:// URL");
    }
}
