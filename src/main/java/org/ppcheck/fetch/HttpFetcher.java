package org.ppcheck.fetch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ppcheck.fetch.FetchException.Kind;

/**
 * Polite HTTP GET: an honest User-Agent, robots.txt, a per-host rate limit, redirects followed by
 * hand (never to a scheme other than http or https), gzip, timeouts, a body size limit, and
 * retries with backoff on 429 and 5xx that honour {@code Retry-After}.
 *
 * <p>It never lets a page lead it to a loopback, private, link-local or other non-public address
 * (see {@link NonPublicRanges}): every redirect and every link is checked, at the address it
 * connects to ({@link Transport}), unless the user named the host. Thread-safe.
 */
public final class HttpFetcher {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Set<Integer> RETRYABLE = Set.of(429, 500, 502, 503, 504);

    private final FetchOptions options;
    private final String userAgent;
    private final AddressGuard guard;
    private final Transport transport;
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
        this.transport = new Transport(options, guard);
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
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", userAgent);
        headers.put("Accept", "text/html,application/xhtml+xml,application/pdf,text/plain,text/markdown;q=0.9,*/*;q=0.5");
        headers.put("Accept-Encoding", "gzip");
        headers.putAll(conditional);
        return transport.send(asked, url, headers);
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
