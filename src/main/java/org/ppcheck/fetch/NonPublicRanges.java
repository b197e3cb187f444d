package org.ppcheck.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The address ranges a page must not lead ppcheck to: loopback, private, shared (carrier-grade
 * NAT), link-local (where cloud metadata services answer), unique-local, unspecified, multicast and
 * reserved, in IPv4 and IPv6. An IPv6 address that carries an IPv4 one (IPv4-mapped, NAT64) is
 * judged by the IPv4 address it stands for.
 */
final class NonPublicRanges {
    /** One range: the first address, the prefix length, and what the range is, for messages. */
    private record Range(byte[] start, int bits, String what) {
        boolean contains(byte[] address) {
            if (address.length != start.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((address[i / 8] & mask) != (start[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final String LINK_LOCAL = "a link-local address, where cloud metadata services answer";
    private static final String PRIVATE = "a private network address";
    private static final List<Range> RANGES = List.of(
            range("0.0.0.0/8", "an unspecified (\"this network\") address"),
            range("10.0.0.0/8", PRIVATE),
            range("100.64.0.0/10", "a shared (carrier-grade NAT) address"),
            range("127.0.0.0/8", "a loopback address (this machine)"),
            range("169.254.0.0/16", LINK_LOCAL),
            range("172.16.0.0/12", PRIVATE),
            range("192.168.0.0/16", PRIVATE),
            range("224.0.0.0/4", "a multicast address"),
            range("240.0.0.0/4", "a reserved or broadcast address"),
            range("::/128", "the unspecified address"),
            range("::1/128", "the loopback address (this machine)"),
            range("fc00::/7", "a unique-local (private) address"),
            range("fe80::/10", LINK_LOCAL),
            range("fec0::/10", "a site-local (private) address"),
            range("ff00::/8", "a multicast address"));
    /** IPv6 prefixes whose last 32 bits are an IPv4 address that the packets really go to. */
    private static final List<Range> CARRY_IPV4 = List.of(
            // ::ffff:0:0/96 by its bytes, as Java reads that literal as an IPv4 address
            new Range(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, 0, 0, 0, 0}, 96, "IPv4-mapped"),
            range("64:ff9b::/96", "NAT64"));

    private NonPublicRanges() {
    }

    /** What kind of non-public address {@code address} is, as a phrase for a message; null when it is public. */
    static String kindOf(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            for (Range carrier : CARRY_IPV4) {
                if (carrier.contains(bytes)) {
                    return kindOf(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
                }
            }
        }
        for (Range r : RANGES) {
            if (r.contains(bytes)) {
                return r.what();
            }
        }
        return null;
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return Inet4Address.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("four bytes are always an IPv4 address", e);
        }
    }

    private static Range range(String cidr, String what) {
        String[] parts = cidr.split("/");
        try {
            // an IP literal: no lookup happens
            return new Range(InetAddress.getByName(parts[0]).getAddress(), Integer.parseInt(parts[1]), what);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP literal: " + cidr, e);
        }
    }
}
