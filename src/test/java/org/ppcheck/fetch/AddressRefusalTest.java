package org.ppcheck.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page must not lead ppcheck to a loopback, private or link-local address (SSRF), while a host the
 * user names is fetched wherever it is. Test host names are mapped to addresses by a resolver of the
 * test's own: nothing here asks DNS, and nothing is sent to an address other than loopback.
 */
class AddressRefusalTest {
    private static final FetchOptions QUICK = FetchOptions.defaults().withPacing(Duration.ofMillis(50), Duration.ZERO);

    /** Maps {@code *.test} names to fixed addresses and keeps every name it is asked for; IP literals are read as such. */
    private static final class TestResolver implements HostResolver {
        private final Map<String, List<String>> names;
        final List<String> asked = new CopyOnWriteArrayList<>();

        TestResolver(Map<String, List<String>> names) {
            this.names = names;
        }

        @Override
        public List<InetAddress> resolve(String host) throws UnknownHostException {
            asked.add(host);
            List<String> literals = names.getOrDefault(host, List.of(host));
            if (!literals.get(0).matches("[0-9.]+|.*:.*")) {
                throw new UnknownHostException(host + " is not a test name"); // never a real lookup
            }
            List<InetAddress> out = new java.util.ArrayList<>();
            for (String literal : literals) {
                out.add(InetAddress.getByName(literal)); // an IP literal: no lookup
            }
            return out;
        }
    }

    @TempDir
    Path tmp;

    private LocalSite site;
    private TestResolver resolver;

    @BeforeEach
    void start() throws Exception {
        site = new LocalSite();
        resolver = new TestResolver(Map.of(
                "metadata.test", List.of("169.254.169.254"),
                "intranet.test", List.of("10.0.0.5"),
                "rebind.test", List.of("93.184.216.34", "10.0.0.5"),
                "named.test", List.of("127.0.0.1")));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private HttpFetcher fetcher() {
        return new HttpFetcher(QUICK, "test", resolver);
    }

    private URI at(String host, String path) {
        return URI.create("http://" + host + ":" + site.url("/").getPort() + path);
    }

    private static void assertRefused(Throwable e, String address) {
        assertThat(e).isInstanceOfSatisfying(FetchException.class, f -> assertThat(f.kind()).isEqualTo(FetchException.Kind.REFUSED))
                .hasMessageContaining(address).hasMessageContaining("give its URL yourself");
    }

    @Test
    void aLinkToTheCloudMetadataAddressIsRefusedBeforeAnyConnection() {
        assertThatThrownBy(() -> fetcher().follow(at("metadata.test", "/latest/meta-data/"), Map.of()))
                .satisfies(e -> assertRefused(e, "169.254.169.254"))
                .hasMessageContaining("link-local").hasMessageNotContaining("\n");
        assertThat(resolver.asked).containsExactly("metadata.test");
        assertThat(site.requests()).isEmpty();
    }

    @Test
    void aLoopbackPageTheUserNamedCannotRedirectToAPrivateHost() {
        site.page("/", ex -> LocalSite.redirect(ex, 302, at("metadata.test", "/latest/meta-data/iam/").toString()));
        site.page("/to-intranet", ex -> LocalSite.redirect(ex, 301, at("intranet.test", "/admin").toString()));
        HttpFetcher fetcher = fetcher();
        assertThatThrownBy(() -> fetcher.get(site.url("/"), Map.of()))
                .satisfies(e -> assertRefused(e, "169.254.169.254")).hasMessageContaining("reached by a redirect from " + site.url("/"));
        assertThatThrownBy(() -> fetcher.get(site.url("/to-intranet"), Map.of()))
                .satisfies(e -> assertRefused(e, "10.0.0.5")).hasMessageContaining("private");
        assertThat(resolver.asked).contains("127.0.0.1", "metadata.test", "intranet.test");
        assertThat(site.requests()).extracting(LocalSite.Request::path).containsOnly("/robots.txt", "/", "/to-intranet");
    }

    @Test
    void aRedirectToAnotherLoopbackNameIsRefusedToo() {
        // only 127.0.0.1 was named: "localhost" and 127.0.0.2 are this machine as well, and a page cannot lead there
        site.page("/", ex -> LocalSite.redirect(ex, 302, at("localhost", "/secret").toString()));
        site.page("/two", ex -> LocalSite.redirect(ex, 302, at("127.0.0.2", "/secret").toString()));
        site.page("/secret", "text/plain", "the admin password");
        HttpFetcher fetcher = new HttpFetcher(QUICK, "test");
        assertThatThrownBy(() -> fetcher.get(site.url("/"), Map.of())).satisfies(e -> assertRefused(e, "loopback"));
        assertThatThrownBy(() -> fetcher.get(site.url("/two"), Map.of())).satisfies(e -> assertRefused(e, "127.0.0.2"));
        assertThat(site.count("/secret")).isZero();
    }

    @Test
    void anAnswerMixingPublicAndPrivateAddressesIsRefused() {
        assertThatThrownBy(() -> fetcher().follow(at("rebind.test", "/"), Map.of())).satisfies(e -> assertRefused(e, "10.0.0.5"));
        assertThat(site.requests()).isEmpty();
    }

    @Test
    void ipv6LiteralsOfLoopbackAndLinkLocalAreRefused() {
        int port = site.url("/").getPort();
        for (String literal : new String[] {"[::1]", "[fe80::1]", "[fd00::5]", "[::ffff:169.254.169.254]"}) {
            assertThatThrownBy(() -> fetcher().follow(URI.create("http://" + literal + ":" + port + "/"), Map.of()))
                    .as(literal).isInstanceOfSatisfying(FetchException.class, f -> assertThat(f.kind()).isEqualTo(FetchException.Kind.REFUSED));
        }
        assertThat(site.requests()).isEmpty();
    }

    @Test
    void aHostTheUserNamedIsFetchedAtTheCheckedAddressForTheWholeRun() throws Exception {
        site.page("/", "text/plain", "intranet home");
        site.page("/more", "text/plain", "more");
        HttpFetcher fetcher = fetcher();
        // named.test exists only in the test's resolver: the answer comes from the address it gave, with no other lookup
        assertThat(new String(fetcher.get(at("named.test", "/"), Map.of()).body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("intranet home");
        assertThat(fetcher.follow(at("named.test", "/more"), Map.of()).status()).isEqualTo(200);
        assertThat(site.requests().get(0).headers().get("Host")).containsExactly("named.test:" + site.url("/").getPort());
        assertThatThrownBy(() -> fetcher().follow(at("named.test", "/more"), Map.of()))
                .as("another run, where the user did not name it").isInstanceOf(FetchException.class);
    }

    @Test
    void aPolicyLinkToAPrivateHostIsNotFollowed() throws Exception {
        site.page("/", "text/html", "<html><body><h1>Acme</h1><p>Widgets.</p><footer>"
                + "<a href='" + at("intranet.test", "/privacy") + "'>Privacy Policy</a> "
                + "<a href='" + at("metadata.test", "/privacy-notice") + "'>Privacy Notice</a></footer></body></html>");
        PolicyFinder finder = new PolicyFinder(fetcher(), new Archive(tmp.resolve("archive")), false);
        assertThatThrownBy(() -> finder.find(site.url("/")))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.NO_POLICY))
                .hasMessageContaining("10.0.0.5").hasMessageContaining("169.254.169.254");
        assertThat(resolver.asked).contains("intranet.test", "metadata.test");
        assertThat(site.requests()).extracting(LocalSite.Request::path).containsOnly("/robots.txt", "/");
        try (var objects = Files.walk(tmp.resolve("archive"))) {
            assertThat(objects.filter(Files::isRegularFile).filter(p -> p.toString().contains("objects")).count())
                    .as("only the homepage is archived").isEqualTo(1);
        }
    }
}
