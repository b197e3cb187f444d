package org.ppcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Links to a quote on the live page: text fragments as the spec encodes them, and only for http(s) pages. */
class TextFragmentTest {
    @Test
    void encodesAsEncodeUriComponentAndAlsoTheDirectivesOwnDelimiters() {
        assertThat(TextFragment.encode("keep_.!~*'() A-z 09")).isEqualTo("keep_.!~*'()%20A%2Dz%2009");
        assertThat(TextFragment.encode("a&b,c-d#e:f=g?h/i%j+k")).isEqualTo("a%26b%2Cc%2Dd%23e%3Af%3Dg%3Fh%2Fi%25j%2Bk");
        assertThat(TextFragment.encode("Zürich “quoted” 中国")).isEqualTo("Z%C3%BCrich%20%E2%80%9Cquoted%E2%80%9D%20%E4%B8%AD%E5%9B%BD");
    }

    @Test
    void aShortQuoteIsMatchedWholeALongOneByItsFirstAndLastWords() {
        assertThat(TextFragment.link("https://a.example/privacy", "  We keep logs\nfor 30 days. "))
                .isEqualTo("https://a.example/privacy#:~:text=We%20keep%20logs%20for%2030%20days.");
        assertThat(TextFragment.link("https://a.example/privacy", "one two three four five six seven eight nine ten eleven twelve"))
                .isEqualTo("https://a.example/privacy#:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve");
    }

    @Test
    void aTableRowIsMatchedFromItsFirstCellToItsLastWithoutTheBarsThatJoinThem() {
        assertThat(TextFragment.link("https://a.example/", "Invoices | 10 years from the end of the year, as the tax code requires"))
                .isEqualTo("https://a.example/#:~:text=Invoices,as%20the%20tax%20code%20requires");
        assertThat(TextFragment.link("https://a.example/", "Logs |  | 30 days")).isEqualTo("https://a.example/#:~:text=Logs,30%20days");
    }

    @Test
    void thePagesOwnFragmentMakesWayForTheTextDirective() {
        assertThat(TextFragment.link("HTTP://a.example/p?x=1#section-2", "data")).isEqualTo("HTTP://a.example/p?x=1#:~:text=data");
    }

    @Test
    void onlyHttpAndHttpsPagesWithAHostGetALink() {
        for (String url : new String[] {"javascript:alert(1)", "JavaScript://a.example/%0aalert(1)", "data:text/html,<b>x</b>",
                "file:///etc/passwd", "ftp://a.example/p", "/privacy", "https:///nohost", "http://a b/", null}) {
            assertThat(TextFragment.link(url, "We keep logs.")).as(url).isNull();
        }
        assertThat(TextFragment.link("https://a.example/", "   ")).isNull();
    }
}
