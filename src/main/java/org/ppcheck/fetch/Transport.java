package org.ppcheck.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * One HTTP GET at a time, over Apache HttpClient, connecting only where {@link AddressGuard} allows:
 * no redirects, retries, cookies or decompression of its own (the fetcher does those it wants), a
 * deadline for the whole answer, and the body read up to the size limit, gunzipped.
 *
 * <p>Apache HttpClient does the HTTP because its {@code DnsResolver} hook lets ppcheck resolve once,
 * check, and connect to the checked address while TLS still uses the host name (SNI, certificate
 * check). {@code java.net.http} resolves by itself; pinning an address there means an IP-literal URL
 * with a {@code Host} header, which needs the JVM-wide property
 * {@code jdk.httpclient.allowRestrictedHeaders} and loses SNI and the certificate's host check.
 */
final class Transport {
    private final FetchOptions options;
    private final CloseableHttpClient client;

    Transport(FetchOptions options, AddressGuard guard) {
        this.options = options;
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
    }

    /** One GET of {@code url} with {@code headers}, within the read deadline; redirects and errors are returned as they are. */
    Fetched send(URI asked, URI url, Map<String, String> headers) throws FetchException {
        HttpGet request = new HttpGet(url);
        headers.forEach(request::setHeader);
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
            return new FetchException(Kind.REFUSED, cause.getMessage(), cause); // HttpFetcher.hop() says which page and what to do
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
}
