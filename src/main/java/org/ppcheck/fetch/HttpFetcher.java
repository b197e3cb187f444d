package org.ppcheck.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;
import org.ppcheck.fetch.FetchException.Kind;

/**
 * Polite HTTP GET: an honest User-Agent, robots.txt, a per-host rate limit, redirects followed by
 * hand (never to a scheme other than http or https), gzip, timeouts, a body size limit, and
 * retries with backoff on 429 and 5xx that honour {@code Retry-After}.
 *
 * <p>It never lets a page lead it to a loopback, private, link-local or other non-public address
 * (see {@link NonPublicRanges}): every redirect and every link is checked, at the address it
 * connects to, unless the user named the host. Apache HttpClient does the HTTP because its
 * {@code DnsResolver} hook lets ppcheck resolve once, check, and connect to the checked address
 * while TLS still uses the host name; {@code java.net.http} resolves by itself, and pinning an
 * address there means an IP-literal URL with a Host header, which needs a JVM-wide system property
 * and breaks SNI and certificate checks. Thread-safe.
 */
public final class HttpFetcher {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Set<Integer> RETRYABLE = Set.of(429, 500, 502, 503, 504);

    private final FetchOptions options;
    private final String userAgent;
    private final AddressGuard guard;
    private final CloseableHttpClient client;
    private final Robots robots;
    private final Map<String, Object> hostLocks = new ConcurrentHashMap<>();
    private final Map<String, Long> nextAllowed = new ConcurrentHashMap<>();

    /** A fetcher that finds hosts with the system's resolver. */
    public HttpFetcher(FetchOptions options, String version) {
        this(options, version, HostResolver.system());
    }

    /** A fetcher that finds hosts with {@code resolver} (tests map test names to addresses with it). */
    public HttpFetcher(FetchOptions options, String version, HostResolver resolver) {
        this.options = options;
        this.userAgent = "ppcheck/" + version + " (privacy policy checker; +https://github.com/ppcheck/ppcheck)";
        this.guard = new AddressGuard(resolver);
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(guard)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.of(options.connectTimeout()))
                                .setSocketTimeout(Timeout.of(options.readTimeout())).build())
                        .setMaxConnTotal(64).setMaxConnPerRoute(8).build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(options.readTimeout())).build())
                .disableRedirectHandling().disableAutomaticRetries().disableContentCompression()
                .disableCookieManagement().disableAuthCaching()
                .build();
        this.robots = new Robots(this);
    }

    public String userAgent() {
        return userAgent;
    }

    FetchOptions options() {
        return options;
    }

    /** The address check of this run, which Chromium's requests pass too. */
    AddressGuard guard() {
        return guard;
    }

    /**
     * GETs a URL the user gave, following redirects; its host is allowed for the rest of the run
     * even when its address is not public. {@code conditional} adds If-None-Match /
     * If-Modified-Since (may be empty).
     */
    public Fetched get(URI url, Map<String, String> conditional) throws FetchException {
        guard.name(checkScheme(url, url).getHost());
        return follow(url, conditional);
    }

    /**
     * GETs a URL that a page led to, following redirects: refused ({@link Kind#REFUSED}) when its
     * host, or a redirect's, has a non-public address and the user did not name that host.
     */
    public Fetched follow(URI url, Map<String, String> conditional) throws FetchException {
        URI current = checkScheme(url, url);
        Set<URI> seen = new HashSet<>();
        for (int hop = 0; hop <= options.maxRedirects(); hop++) {
            if (!seen.add(current)) {
                throw new FetchException(Kind.FAILED, "redirect loop at " + current + " (asked for " + url + ")");
            }
            Fetched response = hop(url, current, hop == 0 ? conditional : Map.of());
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

    /** One hop: robots.txt, then the request; a refused address names the page, not its robots.txt. */
    private Fetched hop(URI asked, URI current, Map<String, String> conditional) throws FetchException {
        try {
            if (!options.ignoreRobots() && !robots.allows(current)) {
                throw new FetchException(Kind.DISALLOWED, "robots.txt of " + current.getScheme() + "://" + current.getAuthority()
                        + " disallows " + current.getRawPath() + " for ppcheck; not fetched (pass --ignore-robots to override)");
            }
            return getOnce(asked, current, conditional);
        } catch (FetchException e) {
            if (e.kind() != Kind.REFUSED) {
                throw e;
            }
            throw new FetchException(Kind.REFUSED, "not fetched: " + current + (current.equals(asked) ? "" : ", reached by a redirect from " + asked)
                    + ": " + e.getMessage() + "; a page may lead ppcheck only to public addresses, so to check this one anyway, give its URL yourself",
                    e.getCause());
        }
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
        HttpGet request = new HttpGet(url);
        request.setHeader("User-Agent", userAgent);
        request.setHeader("Accept", "text/html,application/xhtml+xml,application/pdf,text/plain,text/markdown;q=0.9,*/*;q=0.5");
        request.setHeader("Accept-Encoding", "gzip");
        conditional.forEach(request::setHeader);
        // the exchange runs on a thread of its own, ending with it, so that the deadline and an interrupt can stop it: cancel() closes its socket
        FutureTask<Answer> answer = new FutureTask<>(() -> exchange(request));
        Thread worker = new Thread(answer, "ppcheck-fetch");
        worker.setDaemon(true);
        worker.start();
        try {
            Answer a = answer.get(options.readTimeout().toNanos(), TimeUnit.NANOSECONDS);
            if (a.body() == null) {
                throw tooLarge(url);
            }
            return new Fetched(asked, url, a.status(), a.headers(), a.body(), Instant.now());
        } catch (TimeoutException e) {
            request.cancel();
            throw new FetchException(Kind.FAILED, "no complete answer from " + url + " within " + options.readTimeout().toSeconds() + " s (timeout)");
        } catch (InterruptedException e) {
            request.cancel();
            Thread.currentThread().interrupt();
            throw new FetchException(Kind.FAILED, "interrupted while fetching " + url, e);
        } catch (ExecutionException e) {
            throw failure(url, e.getCause());
        }
    }

    /** What went wrong in an exchange, as the user should read it. */
    private FetchException failure(URI url, Throwable cause) {
        if (cause instanceof AddressGuard.Refused) {
            return new FetchException(Kind.REFUSED, cause.getMessage(), cause); // hop() says which page and what to do
        }
        if (cause instanceof InterruptedIOException) {
            return new FetchException(Kind.FAILED, "no answer from " + url + " within " + options.readTimeout().toSeconds() + " s (timeout)", cause);
        }
        if (cause instanceof UnknownHostException) {
            return new FetchException(Kind.FAILED, "cannot find the host " + url.getHost() + " (DNS); check the URL", cause);
        }
        if (cause instanceof ConnectException) {
            return new FetchException(Kind.FAILED, "cannot connect to " + url.getAuthority()
                    + " (refused or unreachable); check the URL and that the site is up", cause);
        }
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new FetchException(Kind.FAILED, "fetching " + url + " failed (" + why + ")", cause);
    }

    /** The status, headers and body (gunzipped, null when over the size limit) of one request. */
    private record Answer(int status, Map<String, List<String>> headers, byte[] body) { }

    private Answer exchange(HttpGet request) throws IOException {
        ClassicHttpResponse response = client.executeOpen(null, request, null);
        byte[] body = null;
        try {
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Header h : response.getHeaders()) {
                headers.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue());
            }
            headers.replaceAll((k, v) -> List.copyOf(v));
            HttpEntity entity = response.getEntity();
            String encoding = Fetched.header(headers, "Content-Encoding");
            if (entity == null) {
                body = new byte[0];
            } else if (entity.getContentLength() <= options.maxBytes() || encoding != null) {
                InputStream raw = entity.getContent();
                InputStream in = "gzip".equalsIgnoreCase(encoding) ? new GZIPInputStream(raw) : raw;
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
                body = bytes.length > options.maxBytes() ? null : bytes;
            }
            return new Answer(response.getCode(), headers, body);
        } finally {
            if (body == null) {
                // closing would read the rest of the body (perhaps endless) to reuse the connection: drop the connection instead
                request.cancel();
            }
            closeQuietly(response);
        }
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // the connection was dropped on purpose or is broken: nothing more to read from it
        }
    }

    private FetchException tooLarge(URI url) {
        return new FetchException(Kind.FAILED, url + " is larger than the " + options.maxBytes() / (1024 * 1024) + " MB limit (see --max-size)");
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
