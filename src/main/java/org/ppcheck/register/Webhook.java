package org.ppcheck.register;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.ppcheck.report.ReportBuilder;

/**
 * Posts each event as JSON to a URL the user named ({@code recheck --webhook}). Deliveries run on
 * their own thread, in the order of the events, each tried up to {@link #ATTEMPTS} times with a
 * doubling pause; a receiver that fails or answers an error never fails the recheck: what could not
 * be delivered is reported through {@code warn}. {@link #close()} waits for the deliveries queued.
 */
public final class Webhook implements AutoCloseable {
    /** How many times one event is tried. */
    public static final int ATTEMPTS = 4;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI url;
    private final String registerId;
    private final Duration firstPause;
    private final Consumer<String> warn;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ppcheck-webhook");
        t.setDaemon(true);
        return t;
    });

    /** A webhook to {@code url} for the events of the register {@code registerId}; {@code firstPause} is the wait before the second try. */
    public Webhook(URI url, String registerId, Duration firstPause, Consumer<String> warn) {
        this.url = url;
        this.registerId = registerId;
        this.firstPause = firstPause;
        this.warn = warn;
    }

    /** Queues an event for delivery. */
    public void send(Event event) {
        ObjectNode body = EventJson.of(event).put("register", registerId);
        sender.execute(() -> deliver(event, body.toString()));
    }

    private void deliver(Event event, String body) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).header("Content-Type", "application/json")
                .header("User-Agent", "ppcheck/" + ReportBuilder.VERSION).header("X-Ppcheck-Event", event.kind().label())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        String last = "";
        Duration pause = firstPause;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2) {
                    return;
                }
                last = "HTTP " + status;
                if (status / 100 == 4 && status != 408 && status != 429) {
                    break; // the receiver refuses this event: asking again gets the same answer
                }
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (attempt < ATTEMPTS) {
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause = pause.multipliedBy(2);
            }
        }
        warn.accept("webhook " + url + ": the event '" + event.summary() + "' of " + event.vendor() + " was not delivered (" + last + ")");
    }

    /** Waits for the queued deliveries (at most the time all their tries can take). */
    @Override
    public void close() {
        sender.shutdown();
        long most = (TIMEOUT.toMillis() + firstPause.toMillis()) * (1L << ATTEMPTS) + 1000;
        try {
            if (!sender.awaitTermination(most, TimeUnit.MILLISECONDS)) {
                sender.shutdownNow();
                warn.accept("webhook " + url + ": gave up waiting for deliveries");
            }
        } catch (InterruptedException e) {
            sender.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
