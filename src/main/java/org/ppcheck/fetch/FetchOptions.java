package org.ppcheck.fetch;

import java.time.Duration;

/**
 * The limits and manners of fetching, each with a documented default (see README, "Checking a
 * vendor by URL").
 *
 * @param connectTimeout  how long to wait for a connection
 * @param readTimeout     how long to wait for the whole response
 * @param maxBytes        the largest body accepted (after gzip decoding)
 * @param maxRedirects    redirects followed before giving up
 * @param retries         further attempts after a 429 or 5xx answer
 * @param retryBase       the first backoff; it doubles with each retry unless the server sends Retry-After
 * @param maxRetryWait    the longest Retry-After honoured; a longer one fails the fetch
 * @param perHostInterval the least time between two requests to one host
 * @param ignoreRobots    fetch even what robots.txt disallows (an explicit user override)
 * @param renderTimeout   how long headless Chromium may take to render one page ({@code --render}) before it is killed
 */
public record FetchOptions(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects, int retries,
                           Duration retryBase, Duration maxRetryWait, Duration perHostInterval, boolean ignoreRobots,
                           Duration renderTimeout) {

    public static FetchOptions defaults() {
        return new FetchOptions(Duration.ofSeconds(10), Duration.ofSeconds(30), 20L * 1024 * 1024, 5, 3,
                Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(1), false, Duration.ofSeconds(60));
    }

    public FetchOptions withReadTimeout(Duration d) {
        return new FetchOptions(connectTimeout, d, maxBytes, maxRedirects, retries, retryBase, maxRetryWait, perHostInterval, ignoreRobots, renderTimeout);
    }

    public FetchOptions withMaxBytes(long n) {
        return new FetchOptions(connectTimeout, readTimeout, n, maxRedirects, retries, retryBase, maxRetryWait, perHostInterval, ignoreRobots, renderTimeout);
    }

    public FetchOptions withIgnoreRobots(boolean b) {
        return new FetchOptions(connectTimeout, readTimeout, maxBytes, maxRedirects, retries, retryBase, maxRetryWait, perHostInterval, b, renderTimeout);
    }

    public FetchOptions withPacing(Duration retryBase, Duration perHostInterval) {
        return new FetchOptions(connectTimeout, readTimeout, maxBytes, maxRedirects, retries, retryBase, maxRetryWait, perHostInterval, ignoreRobots, renderTimeout);
    }

    public FetchOptions withRenderTimeout(Duration d) {
        return new FetchOptions(connectTimeout, readTimeout, maxBytes, maxRedirects, retries, retryBase, maxRetryWait, perHostInterval, ignoreRobots, d);
    }
}
