package org.ppcheck.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;

/**
 * A minimal HTTP client for the app's tests (the real browser is {@link Browser}): keeps the session cookie (by hand: it is Secure, which
 * java.net's cookie store would not send over plain http to the loopback address), never follows
 * redirects, and reads CSRF tokens from forms.
 */
final class WebClient {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String session;

    WebClient(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A form POST (application/x-www-form-urlencoded) with these fields. */
    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        List<String> pairs = new ArrayList<>();
        fields.forEach((k, v) -> pairs.add(Links.segment(k) + "=" + Links.segment(v)));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
    }

    /** A multipart POST with text fields and one file. */
    HttpResponse<String> upload(String path, Map<String, String> fields, String fileName, byte[] file) throws IOException, InterruptedException {
        return upload(path, fields, fileName, file, false);
    }

    /** The same upload sent chunked, without a Content-Length, as a client streaming a file does. */
    HttpResponse<String> uploadChunked(String path, Map<String, String> fields, String fileName, byte[] file) throws IOException, InterruptedException {
        return upload(path, fields, fileName, file, true);
    }

    private HttpResponse<String> upload(String path, Map<String, String> fields, String fileName, byte[] file, boolean chunked)
            throws IOException, InterruptedException {
        String boundary = "b" + UUID.randomUUID().toString().replace("-", "");
        var body = new java.io.ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = body.toByteArray();
        HttpRequest.BodyPublisher publisher = chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))
                : HttpRequest.BodyPublishers.ofByteArray(bytes);
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(publisher));
    }

    /** The CSRF token of the forms of a page (every form of a session carries the same). */
    String csrf(String path) throws IOException, InterruptedException {
        return Jsoup.parse(get(path).body()).selectFirst("input[name=csrf]").attr("value");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (session != null) {
            request.header("Cookie", Sessions.COOKIE + "=" + session);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Sessions.COOKIE + "="))
                .forEach(c -> session = c.substring(Sessions.COOKIE.length() + 1, c.indexOf(';')));
        return response;
    }
}
