package org.ppcheck.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Finds the addresses of a host name. {@link HttpFetcher} asks it once per connection, checks every
 * address it gives, and connects only to those; tests pass their own to map test names to
 * addresses without asking DNS.
 */
@FunctionalInterface
public interface HostResolver {
    /** The addresses of {@code host} (a name or an IP literal without brackets), never empty. */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The system's resolver ({@link InetAddress#getAllByName}), which reads an IP literal without a lookup. */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
