package org.ppcheck.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses a page may lead ppcheck to; every address here is an IP literal, so nothing is looked up. */
class NonPublicRangesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1 | loopback", "127.255.255.254 | loopback", "::1 | loopback",
        "10.0.0.5 | private", "172.16.0.1 | private", "172.31.255.255 | private", "192.168.1.1 | private",
        "100.64.0.1 | carrier-grade NAT", "100.127.255.255 | carrier-grade NAT",
        "169.254.169.254 | link-local", "fe80::1 | link-local", "febf::1 | link-local",
        "fc00::1 | unique-local", "fd12:3456::1 | unique-local",
        "0.0.0.0 | unspecified", "0.1.2.3 | unspecified", ":: | unspecified",
        "224.0.0.251 | multicast", "239.255.255.250 | multicast", "ff02::1 | multicast",
        "255.255.255.255 | broadcast", "fec0::1 | site-local",
        "64:ff9b::a9fe:a9fe | link-local", "::ffff:10.0.0.5 | private"})
    void nonPublicAddressesAreNamedForWhatTheyAre(String literal, String kind) throws Exception {
        assertThat(NonPublicRanges.kindOf(InetAddress.getByName(literal))).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.15.255.255", "172.32.0.0", "100.63.255.255", "100.128.0.0",
        "169.253.255.255", "192.167.255.255", "223.255.255.255", "1.0.0.0", "2606:4700:4700::1111", "2001:db9::1", "fe00::1",
        "64:ff9b::808:808"})
    void publicAddressesPass(String literal) throws Exception {
        assertThat(NonPublicRanges.kindOf(InetAddress.getByName(literal))).isNull();
    }

    @org.junit.jupiter.api.Test
    void anIpv4MappedAddressThatJavaKeepsAsIpv6IsJudgedByItsIpv4Part() throws Exception {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, (byte) 169, (byte) 254, (byte) 169, (byte) 254};
        assertThat(NonPublicRanges.kindOf(Inet6Address.getByAddress(null, mapped, -1))).contains("link-local");
    }
}
