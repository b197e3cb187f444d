package org.ppcheck.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy Chromium renders through: tunnels and plain requests reach a named host, never an unnamed non-public one. */
class RenderProxyTest {
    private LocalSite site;
    private RenderProxy proxy;

    @BeforeEach
    void start() throws Exception {
        site = new LocalSite();
        site.page("/hello", "text/plain", "hello through the proxy");
        AddressGuard guard = new AddressGuard(HostResolver.system());
        guard.name("127.0.0.1");
        proxy = new RenderProxy(guard, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        proxy.close();
        site.close();
    }

    /** Sends {@code request} to the proxy and returns all it answers until it closes the connection. */
    private String exchange(String request) throws IOException {
        URI address = URI.create(proxy.address());
        try (Socket s = new Socket(address.getHost(), address.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void aPlainRequestGoesToTheNamedHostAsOneRequestPerConnection() throws Exception {
        int port = site.url("/").getPort();
        String answer = exchange("GET http://127.0.0.1:" + port + "/hello HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nProxy-Connection: keep-alive\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200").endsWith("hello through the proxy");
        assertThat(site.requests().get(0).path()).isEqualTo("/hello");
        assertThat(site.requests().get(0).headers().get("Connection")).containsExactly("close");
        assertThat(site.requests().get(0).headers()).doesNotContainKey("Proxy-connection");
    }

    @Test
    void aTunnelCarriesBytesBothWays() throws Exception {
        int port = site.url("/").getPort();
        String answer = exchange("CONNECT 127.0.0.1:" + port + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n"
                + "GET /hello HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200 Connection Established\r\n\r\nHTTP/1.1 200").endsWith("hello through the proxy");
    }

    @Test
    void anUnnamedLoopbackOrLinkLocalHostGets403AndNothingIsSent() throws Exception {
        int port = site.url("/").getPort();
        assertThat(exchange("GET http://localhost:" + port + "/hello HTTP/1.1\r\nHost: localhost\r\n\r\n")).startsWith("HTTP/1.1 403");
        assertThat(exchange("CONNECT localhost:" + port + " HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 403");
        assertThat(exchange("CONNECT 169.254.169.254:443 HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 403");
        assertThat(exchange("GET ftp://127.0.0.1/x HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 400");
        assertThat(site.requests()).isEmpty();
    }
}
