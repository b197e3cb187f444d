package org.ppcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppcheck.check.CheckSettings;
import org.ppcheck.check.Checker;
import org.ppcheck.check.CompareRun;
import org.ppcheck.check.RulesChoice;

/**
 * Every vendor gets its own report file whatever its name's script or length; only names that are
 * the same (in NFC, or up to case, spaces and hyphens for plain names) are refused as duplicates.
 */
class VendorNamesTest {
    @TempDir
    Path tmp;

    @Test
    void plainNamesKeepTheirReadableFileNames() {
        assertThat(slug("Lotus Chat")).isEqualTo("lotus-chat");
        assertThat(slug("lotus-chat-ai")).isEqualTo("lotus-chat-ai");
        assertThat(slug("Acme 2")).isEqualTo("acme-2");
    }

    @Test
    void otherNamesAreTransliteratedCutAndHashed() {
        assertThat(slug("腾讯")).matches("teng-xun_[0-9a-f]{8}");
        assertThat(slug("Café")).matches("cafe_[0-9a-f]{8}");
        assertThat(slug("Acme, Inc.")).matches("acme-inc_[0-9a-f]{8}").isNotEqualTo(slug("Acme Inc."));
        assertThat(slug("...")).matches("vendor_[0-9a-f]{8}");
        assertThat(slug("😀")).matches("vendor_[0-9a-f]{8}").isNotEqualTo(slug("😁"));
        assertThat(slug("CON")).as("a Windows device name").matches("con_[0-9a-f]{8}");
        assertThat(slug("x".repeat(300))).hasSize(VendorNames.MAX_BASE + 9).isNotEqualTo(slug("x".repeat(301)));
    }

    @Test
    void twoChineseVendorsAndAVeryLongNameEachGetTheirReport() throws Exception {
        String longName = "Very Long Vendor Name ".repeat(14).strip();
        Path list = Files.writeString(tmp.resolve("vendors.csv"), "name,source\n腾讯,%s\n阿里巴巴,%s\n%s,%s\n".formatted(
                corpus("tiny-vague.txt"), corpus("nimbus-eu-saas.html"), longName, corpus("tiny-vague.txt")));
        List<Vendors.Vendor> vendors = Vendors.read(list, List.of());
        assertThat(longName).hasSizeGreaterThan(300);
        Checker checker = new Checker(CheckSettings.defaults(RulesChoice.load(null, List.of())).withJobs(2));
        Path out = tmp.resolve("out");
        List<Comparison.Result> results = CompareRun.run(checker, vendors, out, tmp, false, () -> { });
        assertThat(results).noneMatch(Comparison.Result::failed);
        for (Vendors.Vendor v : vendors) {
            assertThat(out.resolve("vendors").resolve(v.slug() + ".json")).as(v.name()).exists();
        }
        assertThat(vendors.stream().map(Vendors.Vendor::slug).distinct()).hasSize(3);
    }

    @Test
    void cafeInNfcAndNfdIsOneNameAndTwiceIsADuplicate() throws Exception {
        String nfd = Normalizer.normalize("Café", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Café");
        assertThat(new Vendors.Vendor(nfd, "x.html", List.of()).name()).isEqualTo("Café");
        Path list = Files.writeString(tmp.resolve("vendors.csv"), "name,source\nCafé,a.html\n%s,b.html\n".formatted(nfd));
        assertThatThrownBy(() -> Vendors.read(list, List.of())).isInstanceOf(Vendors.VendorsException.class)
                .hasMessage(list + ": two vendors are named 'Café'; give each vendor a distinct name");
    }

    @Test
    void plainNamesThatDifferOnlyInCaseOrSpacingAreDuplicates() throws Exception {
        Path list = Files.writeString(tmp.resolve("vendors.csv"), "name,source\nLotus Chat,a.html\nlotus-chat,b.html\n");
        assertThatThrownBy(() -> Vendors.read(list, List.of())).isInstanceOf(Vendors.VendorsException.class)
                .hasMessage(list + ": the vendors 'Lotus Chat' and 'lotus-chat' differ only in case, spaces or hyphens; give each vendor a distinct name");
    }

    @Test
    void aDuplicateNameIsQuotedWithItsControlCharactersEscaped() throws Exception {
        Path list = Files.writeString(tmp.resolve("vendors.csv"), "name,source\n\"Evil\u001b[2J\",a.html\n\"Evil\u001b[2J\",b.html\n");
        assertThatThrownBy(() -> Vendors.read(list, List.of())).hasMessageContaining("two vendors are named 'Evil\\x1b[2J'");
    }

    private static String slug(String name) {
        return new Vendors.Vendor(name, "x.html", List.of()).slug();
    }

    private static String corpus(String file) {
        return Path.of("policies-corpus", file).toAbsolutePath().toString();
    }
}
