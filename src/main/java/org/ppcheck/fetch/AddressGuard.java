package org.ppcheck.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The resolver HttpClient connects through (SSRF defence). It asks the {@link HostResolver} once
 * per connection and gives back the addresses only when every one is public, or when the user named
 * the host. HttpClient connects to exactly the addresses returned here, so the address checked is
 * the address connected to: no second lookup can answer differently (DNS rebinding), and TLS still
 * sends the host name (SNI) and checks the certificate against it.
 */
final class AddressGuard implements DnsResolver {
    /** A host that a page led to has a non-public address; nothing was sent to it. */
    static final class Refused extends UnknownHostException {
        Refused(String host, InetAddress address, String kind) {
            super((host.equals(address.getHostAddress()) ? host + " is " : host + " is at " + address.getHostAddress() + ", ") + kind);
        }
    }

    private final HostResolver resolver;
    private final Set<String> named = ConcurrentHashMap.newKeySet();

    AddressGuard(HostResolver resolver) {
        this.resolver = resolver;
    }

    /** Allows every address of {@code host} for the rest of the run: the user asked for it. */
    void name(String host) {
        named.add(normal(host));
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String h = normal(host);
        List<InetAddress> addresses = resolver.resolve(h);
        if (addresses.isEmpty()) {
            throw new UnknownHostException(h);
        }
        if (!named.contains(h)) {
            for (InetAddress a : addresses) {
                String kind = NonPublicRanges.kindOf(a);
                if (kind != null) {
                    throw new Refused(h, a, kind); // one such address is enough: a rebinding answer mixes them
                }
            }
        }
        return addresses.toArray(new InetAddress[0]);
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    /** The host as a URL writes it, without the brackets of an IPv6 literal, in lower case. */
    static String normal(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return h.toLowerCase(Locale.ROOT);
    }
}
