package org.ppcheck.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The forward proxy on loopback through which Chromium must send every request while it renders a
 * page, so that the page's scripts, styles, frames and navigations pass the same address check as
 * ppcheck's own fetches ({@link AddressGuard}): a host that is not public and that the user did not
 * name gets 403 and nothing is sent to it. A CONNECT (HTTPS, secure WebSocket) is tunnelled to the
 * checked address, so TLS stays between Chromium and the site; a plain-HTTP request goes on to the
 * checked address with {@code Connection: close}, one request per connection. Closing the proxy
 * closes every connection, which ends its threads.
 */
final class RenderProxy implements AutoCloseable {
    /** The longest request head read; Chromium's are a few KB. */
    private static final int MAX_HEAD = 64 * 1024;
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "proxy-connection", "keep-alive", "proxy-authorization", "te",
            "upgrade");

    private final AddressGuard guard;
    private final Duration connectTimeout;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    RenderProxy(AddressGuard guard, Duration connectTimeout) throws IOException {
        this.guard = guard;
        this.connectTimeout = connectTimeout;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::accept).start();
    }

    /** The proxy's address, as Chromium's {@code --proxy-server} takes it. */
    String address() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                daemon(() -> serve(client)).start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        Socket origin = null;
        try {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            String[] head = new String(readHead(in), StandardCharsets.ISO_8859_1).split("\r\n");
            String[] requestLine = head[0].split(" ");
            if (requestLine.length != 3) {
                reply(out, "400 Bad Request");
                return;
            }
            boolean tunnel = requestLine[0].equals("CONNECT");
            URI target = URI.create(tunnel ? "//" + requestLine[1] : requestLine[1]);
            if (target.getHost() == null || !tunnel && !"http".equalsIgnoreCase(target.getScheme())) {
                reply(out, "400 Bad Request");
                return;
            }
            try {
                origin = connect(target.getHost(), target.getPort() > 0 ? target.getPort() : tunnel ? 443 : 80);
            } catch (AddressGuard.Refused e) {
                reply(out, "403 Forbidden"); // a page may lead only to public addresses, as in HttpFetcher
                return;
            }
            OutputStream toOrigin = origin.getOutputStream();
            if (tunnel) {
                out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } else {
                toOrigin.write(originHead(requestLine, target, head).getBytes(StandardCharsets.ISO_8859_1));
            }
            Socket from = origin;
            daemon(() -> pipe(in, toOrigin, from)).start();
            origin.getInputStream().transferTo(out);
        } catch (IOException | IllegalArgumentException e) {
            // the page, Chromium or the site went away: the connection simply ends
        } finally {
            close(client);
            if (origin != null) {
                close(origin);
            }
        }
    }

    /** A socket to a checked address of the host; {@link AddressGuard.Refused} when it may not be reached. */
    private Socket connect(String host, int port) throws IOException {
        IOException last = null;
        for (InetAddress address : guard.resolve(host)) {
            Socket socket = new Socket();
            open.add(socket);
            try {
                socket.connect(new InetSocketAddress(address, port), (int) connectTimeout.toMillis());
                return socket;
            } catch (IOException e) {
                close(socket);
                last = e;
            }
        }
        throw last;
    }

    /** The request head as the site gets it: origin-form target, hop-by-hop headers dropped, one request per connection. */
    private static String originHead(String[] requestLine, URI target, String[] head) {
        StringBuilder s = new StringBuilder(requestLine[0]).append(' ')
                .append(target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath())
                .append(target.getRawQuery() == null ? "" : "?" + target.getRawQuery()).append(' ').append(requestLine[2]).append("\r\n");
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            if (colon > 0 && !HOP_BY_HOP.contains(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT))) {
                s.append(head[i]).append("\r\n");
            }
        }
        return s.append("Connection: close\r\n\r\n").toString();
    }

    /** The bytes up to the blank line that ends a request head, without it. */
    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0 || head.size() >= MAX_HEAD) {
                throw new IOException("no complete request head");
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
        }
        byte[] bytes = head.toByteArray();
        return java.util.Arrays.copyOf(bytes, bytes.length - 4);
    }

    private static void reply(OutputStream out, String status) throws IOException {
        out.write(("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Copies what Chromium sends on (a request body, TLS records) until it stops, then tells the site so. */
    private static void pipe(InputStream in, OutputStream out, Socket origin) {
        try {
            in.transferTo(out);
            origin.shutdownOutput();
        } catch (IOException e) {
            // one side closed: the other direction ends the exchange
        }
    }

    private Thread daemon(Runnable task) {
        Thread t = new Thread(task, "ppcheck-render-proxy");
        t.setDaemon(true);
        return t;
    }

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // already broken: closed enough
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // the server socket is gone either way
        }
        open.forEach(this::close);
    }
}
