package org.ppcheck.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on loopback (the JDK's own) whose pages tests set up one by one; it keeps
 * every request it got, with its headers, so tests can see what the fetcher asked for.
 */
public final class LocalSite implements AutoCloseable {
    /** What a page does when asked for. */
    @FunctionalInterface
    public interface Page {
        void serve(HttpExchange exchange) throws IOException;
    }

    /** A request as the server saw it. */
    public record Request(String path, Map<String, List<String>> headers) { }

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            requests.add(new Request(path, Map.copyOf(exchange.getRequestHeaders())));
            Page page = pages.get(path);
            try {
                if (page == null) {
                    send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                } else {
                    page.serve(exchange);
                }
            } catch (IOException e) {
                // the client went away (a timeout test): nothing to do
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public LocalSite page(String path, Page page) {
        pages.put(path, page);
        return this;
    }

    public LocalSite page(String path, String contentType, String body) {
        return page(path, ex -> send(ex, 200, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    public List<Request> requests() {
        return requests;
    }

    public long count(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public static void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        send(ex, status, null, new byte[0]);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
