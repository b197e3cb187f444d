package org.ppcheck.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import org.ppcheck.fetch.FetchException.Kind;

/**
 * Polite HTTP GET with {@code java.net.http}: an honest User-Agent, robots.txt, a per-host rate
 * limit, redirects followed by hand (never to a scheme other than http or https), gzip, timeouts, a
 * body size limit, and retries with backoff on 429 and 5xx that honour {@code Retry-After}.
 * Thread-safe.
 */
public final class HttpFetcher {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Set<Integer> RETRYABLE = Set.of(429, 500, 502, 503, 504);

    private final FetchOptions options;
    private final String userAgent;
    private final HttpClient client;
    private final Robots robots;
    private final Map<String, Object> hostLocks = new ConcurrentHashMap<>();
    private final Map<String, Long> nextAllowed = new ConcurrentHashMap<>();

    public HttpFetcher(FetchOptions options, String version) {
        this.options = options;
        this.userAgent = "ppcheck/" + version + " (privacy policy checker; +https://github.com/ppcheck/ppcheck)";
        this.client = HttpClient.newBuilder().connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.robots = new Robots(this);
    }

    public String userAgent() {
        return userAgent;
    }

    /** GETs the URL, following redirects; {@code conditional} adds If-None-Match / If-Modified-Since (may be empty). */
    public Fetched get(URI url, Map<String, String> conditional) throws FetchException {
        URI current = checkScheme(url, url);
        Set<URI> seen = new HashSet<>();
        for (int hop = 0; hop <= options.maxRedirects(); hop++) {
            if (!seen.add(current)) {
                throw new FetchException(Kind.FAILED, "redirect loop at " + current + " (asked for " + url + ")");
            }
            if (!options.ignoreRobots() && !robots.allows(current)) {
                throw new FetchException(Kind.DISALLOWED, "robots.txt of " + current.getScheme() + "://" + current.getAuthority()
                        + " disallows " + current.getRawPath() + " for ppcheck; not fetched (pass --ignore-robots to override)");
            }
            Fetched response = getOnce(url, current, hop == 0 ? conditional : Map.of());
            if (!REDIRECTS.contains(response.status())) {
                return response;
            }
            String location = response.header("Location");
            if (location == null) {
                throw new FetchException(Kind.FAILED, "HTTP " + response.status() + " redirect without a Location header from " + current);
            }
            current = checkScheme(current.resolve(location.strip()), url);
        }
        throw new FetchException(Kind.FAILED, "more than " + options.maxRedirects() + " redirects from " + url);
    }

    /** GETs without redirects or robots.txt, for robots.txt itself. */
    Fetched getRaw(URI url) throws FetchException {
        return getOnce(url, url, Map.of());
    }

    private static URI checkScheme(URI target, URI asked) throws FetchException {
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(Kind.FAILED, (target.equals(asked) ? "not an http(s) URL: " : "refused a redirect to a non-http(s) URL: ")
                    + target + (target.equals(asked) ? "" : " (asked for " + asked + ")"));
        }
        if (target.getHost() == null) {
            throw new FetchException(Kind.FAILED, "no host in URL " + target);
        }
        return target;
    }

    /** One request with retries on 429 and 5xx; redirects are returned as they are. */
    private Fetched getOnce(URI asked, URI url, Map<String, String> conditional) throws FetchException {
        Duration backoff = options.retryBase();
        for (int attempt = 0; ; attempt++) {
            pace(url);
            Fetched response = send(asked, url, conditional);
            if (!RETRYABLE.contains(response.status())) {
                if (response.status() >= 400) {
                    throw new FetchException(Kind.FAILED, "HTTP " + response.status() + " from " + url, response.status());
                }
                return response;
            }
            if (attempt >= options.retries()) {
                throw new FetchException(Kind.FAILED, "HTTP " + response.status() + " from " + url + " after " + (attempt + 1) + " attempts",
                        response.status());
            }
            Duration wait = retryAfter(response.header("Retry-After"), backoff);
            if (wait.compareTo(options.maxRetryWait()) > 0) {
                throw new FetchException(Kind.FAILED, "HTTP " + response.status() + " from " + url + ": the server asks to retry after "
                        + wait.toSeconds() + " s, more than the " + options.maxRetryWait().toSeconds() + " s ppcheck waits", response.status());
            }
            sleep(wait);
            backoff = backoff.multipliedBy(2);
        }
    }

    /** Retry-After in seconds or as an HTTP date; the backoff when absent or unreadable. */
    static Duration retryAfter(String header, Duration fallback) {
        if (header == null || header.isBlank()) {
            return fallback;
        }
        String h = header.strip();
        if (h.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(h));
        }
        try {
            Duration d = Duration.between(Instant.now(), ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private Fetched send(URI asked, URI url, Map<String, String> conditional) throws FetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(options.readTimeout()).GET()
                .header("User-Agent", userAgent)
                .header("Accept", "text/html,application/xhtml+xml,application/pdf,text/plain,text/markdown;q=0.9,*/*;q=0.5")
                .header("Accept-Encoding", "gzip");
        conditional.forEach(request::header);
        long deadline = System.nanoTime() + options.readTimeout().toNanos();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchException(Kind.FAILED, "no answer from " + url + " within " + options.readTimeout().toSeconds() + " s (timeout)", e);
        } catch (ConnectException e) {
            throw new FetchException(Kind.FAILED, "cannot connect to " + url.getAuthority()
                    + " (refused or unreachable); check the URL and that the site is up", e);
        } catch (IOException e) {
            throw new FetchException(Kind.FAILED, "fetching " + url + " failed (" + describe(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(Kind.FAILED, "interrupted while fetching " + url, e);
        }
        byte[] body = readBody(url, response, deadline);
        return new Fetched(asked, url, response.statusCode(), response.headers().map(), body, Instant.now());
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? "connection failed" : e.getMessage();
    }

    /** The body, gunzipped, within the size limit and the read deadline. */
    private byte[] readBody(URI url, HttpResponse<InputStream> response, long deadline) throws FetchException {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        String encoding = response.headers().firstValue("Content-Encoding").orElse("");
        if (declared > options.maxBytes() && encoding.isEmpty()) {
            close(response.body());
            throw tooLarge(url);
        }
        CompletableFuture<byte[]> reading = CompletableFuture.supplyAsync(() -> {
            try (InputStream raw = response.body();
                 InputStream in = encoding.equalsIgnoreCase("gzip") ? new GZIPInputStream(raw) : raw) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
                return bytes.length > options.maxBytes() ? null : bytes;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            byte[] bytes = reading.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (bytes == null) {
                throw tooLarge(url);
            }
            return bytes;
        } catch (TimeoutException e) {
            close(response.body());
            reading.cancel(true);
            throw new FetchException(Kind.FAILED, "the body of " + url + " did not arrive within " + options.readTimeout().toSeconds() + " s (timeout)");
        } catch (ExecutionException e) {
            throw new FetchException(Kind.FAILED, "reading " + url + " failed (" + e.getCause().getMessage() + ")", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(Kind.FAILED, "interrupted while reading " + url, e);
        }
    }

    private FetchException tooLarge(URI url) {
        return new FetchException(Kind.FAILED, url + " is larger than the " + options.maxBytes() / (1024 * 1024) + " MB limit (see --max-size)");
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing more to read from it anyway
        }
    }

    /** Waits until the host may be asked again, then books the next slot. */
    private void pace(URI url) throws FetchException {
        String host = url.getHost().toLowerCase(Locale.ROOT) + ":" + url.getPort();
        synchronized (hostLocks.computeIfAbsent(host, h -> new Object())) {
            long now = System.nanoTime();
            long wait = nextAllowed.getOrDefault(host, now) - now;
            if (wait > 0) {
                sleep(Duration.ofNanos(wait));
            }
            nextAllowed.put(host, System.nanoTime() + options.perHostInterval().toNanos());
        }
    }

    private static void sleep(Duration d) throws FetchException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(Kind.FAILED, "interrupted while waiting to fetch", e);
        }
    }
}
