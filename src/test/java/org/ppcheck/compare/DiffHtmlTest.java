package org.ppcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * {@code diff --format html} reads on a phone, prints cleanly and shows hostile text as text. That
 * it has no horizontal scroll at 390 px is measured in Chromium: see
 * {@code org.ppcheck.fetch.ChromiumTest}.
 */
class DiffHtmlTest {
    private static final PolicyDiff WIDE = PolicyVersions.fixtures("wide-v1.html", "wide-v2.html");

    @Test
    void thePageHasAViewportAPrintStylesheetAndWrapsLongLines() {
        Document page = Jsoup.parse(WIDE.html());
        assertThat(page.select("meta[name=viewport]").attr("content")).contains("width=device-width");
        String css = page.select("style").html();
        assertThat(css).contains("@media print", "break-after:avoid", "white-space:pre-wrap", "overflow-wrap:anywhere", "overflow-x:auto");
        assertThat(page.select("div.scroll > table")).as("the findings table scrolls inside its own box").hasSize(1);
    }

    @Test
    void textFromThePoliciesIsEscapedAndShownAsText() {
        Document page = Jsoup.parse(WIDE.html());
        assertThat(page.select("script, img, [onerror]")).isEmpty();
        assertThat(page.select("h3").eachText()).anyMatch(h -> h.contains("<script>alert(\"heading\")</script> Sharing"));
        assertThat(page.select("pre ins").eachText()).anyMatch(l -> l.contains("<img src=x onerror=alert(1)>"));
    }

    @Test
    void thePageSpeaksPlainWordsAndKeepsRuleIdsAsCode() {
        Document page = Jsoup.parse(WIDE.html());
        assertThat(page.select("h3").eachText()).contains("Laws cited", "Where data goes", "Retention", "Disclosures");
        assertThat(page.select("ul.facts li").eachText()).contains("added: stores data in China", "added: 5 years", "removed: 2 years",
                "added: the GDPR");
        assertThat(page.select("tbody th").eachText()).anyMatch(t -> t.equals("Refers to the GDPR gdpr-reference"));
        assertThat(page.select("tbody th code").eachText()).contains("gdpr-reference");
        page.select("code").remove();
        assertThat(page.body().text()).doesNotContain("P5Y", "CN (stored)", "rights.complaint", "not_applicable", "gdpr-reference")
                .contains("not applicable", "renamed: Quill Forms privacy policy > Data we collect → Quill Forms privacy policy > Information we gather from you");
    }
}
