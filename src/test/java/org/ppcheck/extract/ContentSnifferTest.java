package org.ppcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.ppcheck.facts.FactExtractor;
import org.ppcheck.facts.Facts;
import org.ppcheck.nlp.TextAnalyzer;

/** Text is told from binary by its bytes: UTF-16 without a byte-order mark is text, a stray NUL is noise. */
class ContentSnifferTest {

    private static Facts facts(Extraction.Extracted extracted) {
        return new FactExtractor().extract(new TextAnalyzer().analyze(extracted));
    }

    /** Windows tools save UTF-16 without a BOM; such a policy used to be refused as "binary". */
    @ParameterizedTest
    @CsvSource({"harbor-retail.txt, UTF-16LE", "harbor-retail.txt, UTF-16BE", "nimbus-eu-saas.html, UTF-16LE",
            "careful-negations.md, UTF-16BE"})
    void utf16WithoutAByteOrderMarkGivesTheSameFactsAsUtf8(String policy, String charset) throws Exception {
        String content = Files.readString(Path.of("policies-corpus", policy));
        Extraction.Extracted utf8 = Extraction.fromBytes(policy, content.getBytes(StandardCharsets.UTF_8));
        Extraction.Extracted utf16 = Extraction.fromBytes(policy, content.getBytes(Charset.forName(charset)));
        assertThat(utf16.contentType()).isEqualTo(utf8.contentType());
        assertThat(utf16.text()).isEqualTo(utf8.text());
        Facts expected = facts(utf8);
        assertThat(expected.dataFields()).isNotEmpty();
        assertThat(facts(utf16)).isEqualTo(expected);
    }

    @Test
    void aStrayNulInTextIsDroppedNotTakenForBinary() throws InputException {
        String policy = "# Privacy\n\nWe collect your email addr\0ess.\n\n" + "We keep it for a year. ".repeat(20) + "\n";
        Extraction.Extracted read = Extraction.fromBytes("p.md", policy.getBytes(StandardCharsets.UTF_8));
        assertThat(read.text().text()).contains("We collect your email address.").doesNotContain("\0");
    }

    @Test
    void manyNulBytesAreBinary() {
        byte[] data = new byte[4096];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i % 7 == 0 ? 0 : 'a' + i % 26); // one byte in seven is NUL, in no UTF-16 pattern
        }
        assertThatThrownBy(() -> Extraction.fromBytes("data.txt", data)).isInstanceOf(InputException.class).hasMessageContaining("binary");
    }

    /** Little numbers stored as 16-bit words have NUL high bytes like UTF-16, but decode to control characters. */
    @Test
    void sixteenBitDataThatDecodesToControlCharactersIsBinary() {
        byte[] data = new byte[4096];
        for (int i = 0; i < data.length; i += 2) {
            data[i] = (byte) (i % 31);
        }
        assertThatThrownBy(() -> Extraction.fromBytes("data.txt", data)).isInstanceOf(InputException.class).hasMessageContaining("binary");
    }
}
