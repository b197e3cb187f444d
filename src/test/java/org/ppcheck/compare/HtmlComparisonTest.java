package org.ppcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppcheck.check.RulesChoice;
import org.ppcheck.facts.Names;
import org.ppcheck.facts.Vocabulary;
import org.ppcheck.report.KeyFacts;
import org.ppcheck.report.Report;
import org.ppcheck.rules.Rule;

/**
 * {@code report.html} of the whole corpus, read as a person reads it: the vendors that need
 * attention first, the facts in plain words, no ids outside code elements, a policy ppcheck cannot
 * read without a grade, and quotes that open the live page at the passage.
 */
class HtmlComparisonTest {
    private static final String LOTUS = "lotus-chat-ai";
    private static final String GERMAN = "datenschutz-berg";

    @TempDir
    static Path shared;

    private static List<Comparison.Result> results;
    private static Document html;

    @BeforeAll
    static void compareTheCorpus() throws Exception {
        results = CorpusComparison.run(shared);
        html = Jsoup.parse(HtmlComparison.render(results, "vendor-risk, gdpr", "2025-03-01 09:30 UTC"));
    }

    private static Comparison.Result vendor(String name) {
        return results.stream().filter(r -> r.vendor().name().equals(name)).findFirst().orElseThrow();
    }

    private static Element rankingRow(Document doc, String name) {
        return doc.select("table.ranking tbody tr").stream().filter(tr -> tr.selectFirst("th").text().equals(name)).findFirst().orElseThrow();
    }

    private static String cell(Document doc, String name, String column) {
        List<String> headers = doc.select("table.ranking thead th").eachText();
        assertThat(headers).contains(column);
        return rankingRow(doc, name).child(headers.indexOf(column)).text();
    }

    @Test
    void thePageOpensWithTheVendorsThatNeedAttentionAndWhyInWords() {
        Element first = html.selectFirst("main").child(0);
        assertThat(first.selectFirst("h2").text()).isEqualTo("Needs attention");
        String lotus = first.select("li").stream().map(Element::text).filter(t -> t.startsWith(LOTUS)).findFirst().orElseThrow();
        assertThat(lotus).contains(KeyFacts.scoreAndGrade(vendor(LOTUS).report()), "stores data in China", "collects keystroke patterns",
                "never refers to the GDPR");
        assertThat(first.select("li a").eachText()).as("only vendors with a high-severity failure").doesNotContain("nimbus-eu-saas");
        List<Integer> caps = first.select("li a").eachText().stream().map(n -> vendor(n).report().score().cappedBy().size()).toList();
        assertThat(caps).as("failures that cap the grade first").isSortedAccordingTo((a, b) -> b - a);
        assertThat(first.text()).contains("Not assessed, read these yourself: " + GERMAN + " (not assessed: German (de))")
                .contains("Could not be checked: " + CorpusComparison.MISSING);
        assertThat(html.selectFirst("main").child(1).selectFirst("h2").text()).isEqualTo("Ranking");
    }

    @Test
    void theRankingShowsEachVendorsKeyFactsWithHighRiskPlacesMarkedInWords() {
        Report lotus = vendor(LOTUS).report();
        assertThat(cell(html, LOTUS, "Where data goes")).isEqualTo("stores data in China (high-risk)");
        assertThat(rankingRow(html, LOTUS).select(".risk").eachText()).contains("stores data in China (high-risk)", "keystroke patterns");
        assertThat(cell(html, LOTUS, "Sensitive data")).isEqualTo("keystroke patterns");
        assertThat(cell(html, LOTUS, "Laws cited")).isEqualTo(Names.sentenceList(KeyFacts.of(lotus).laws()));
        assertThat(cell(html, LOTUS, "Retention")).startsWith("no period (");
        assertThat(cell(html, LOTUS, "Last updated")).isEqualTo(lotus.document().lastUpdated());
        assertThat(cell(html, LOTUS, "Grade, score")).startsWith("D " + lotus.score().value())
                .contains("Grade capped because the policy stores data in China and collects keystroke patterns");
        assertThat(cell(html, "nimbus-eu-saas", "Where data goes")).contains("stores data in Germany").doesNotContain("high-risk");
        assertThat(cell(html, "nimbus-eu-saas", "Laws cited")).contains("the GDPR");
        List<String> ranks = html.select("table.ranking tbody tr:not(.failed) td.num:first-child").eachText();
        assertThat(ranks.subList(0, ranks.size() - 1)).as("the graded vendors, numbered").containsExactlyElementsOf(
                Stream.iterate(1, i -> i + 1).limit(ranks.size() - 1).map(String::valueOf).toList());
    }

    @Test
    void aPolicyInALanguagePpcheckCannotReadIsNotAssessedEverywhereAndHasNoGrade() {
        assertThat(cell(html, GERMAN, "Grade, score")).isEqualTo("not assessed: German (de)");
        assertThat(cell(html, GERMAN, "Rank")).isEqualTo("–");
        assertThat(rankingRow(html, GERMAN).select(".grade")).isEmpty();
        Element section = html.getElementById("v-" + GERMAN);
        assertThat(section.selectFirst("h3").text()).isEqualTo(GERMAN + " — not assessed: German (de)");
        assertThat(section.select(".grade, ol.findings")).isEmpty();
        assertThat(section.text()).contains("a language ppcheck cannot read");
        long assessed = results.stream().filter(r -> !r.failed() && r.report().score().assessed()).count();
        assertThat(html.selectFirst("figure figcaption").text()).isEqualTo("Grades of the " + assessed + " assessed vendors; 1 not assessed "
                + "(in a language ppcheck cannot read) and 1 that could not be checked are not counted");
        Matcher counts = Pattern.compile("grade [A-F]: (\\d+)").matcher(html.selectFirst("svg desc").text());
        int sum = 0;
        while (counts.find()) {
            sum += Integer.parseInt(counts.group(1));
        }
        assertThat(sum).isEqualTo(assessed);
        assertThat(html.select("table.matrix thead th").eachText()).hasSize((int) assessed + 1).doesNotContain(GERMAN);
    }

    @Test
    void eachVendorSectionLeadsWithItsFactsThenItsFailedFindingsLedByTheirGapWithFixAndAsk() {
        Element lotus = html.getElementById("v-" + LOTUS);
        assertThat(lotus.selectFirst("p.cap").text()).isEqualTo("Grade capped because the policy stores data in China and collects keystroke patterns");
        assertThat(lotus.select("dl.facts dt").eachText()).containsExactly("Where data goes", "Sensitive data", "Data collected", "Laws cited",
                "Retention", "Recipients", "Policy last updated", "Source");
        assertThat(lotus.select("dl.facts dd").get(0).text()).isEqualTo("stores data in China (high-risk)");
        assertThat(lotus.select("dl.facts dd").get(2).text()).contains("email addresses", "keystroke patterns");
        assertThat(lotus.select("dl.facts dd").get(5).text()).contains("government authorities").endsWith("(government access)");
        assertThat(lotus.selectFirst("dl.facts").elementSiblingIndex()).as("facts before findings")
                .isLessThan(lotus.selectFirst("ol.findings").elementSiblingIndex());
        List<Report.Finding> failed = vendor(LOTUS).report().failed();
        List<Element> items = lotus.select("ol.findings > li");
        assertThat(items).hasSize(failed.size());
        assertThat(items.stream().map(li -> li.child(0).selectFirst("strong").text()).toList())
                .containsExactlyElementsOf(failed.stream().map(KeyFacts::gap).toList());
        assertThat(items.get(0).child(0).text()).isEqualTo("high stores data in China");
        assertThat(items.get(0).select("blockquote p").eachText()).anyMatch(q -> q.contains("People's Republic of China"));
        for (Element li : items) {
            assertThat(li.selectFirst("p.fix").text()).startsWith("Fix (what the vendor should do): ").hasSizeGreaterThan(40);
            assertThat(li.selectFirst("p.ask").text()).startsWith("Ask (what to request from the vendor): ").hasSizeGreaterThan(40);
        }
    }

    @Test
    void chartsAndTheMatrixNameRulesByGapOrTitleWithTheIdOnlyAsCode() {
        List<String> ruleIds = vendor(LOTUS).report().findings().stream().map(Report.Finding::rule).toList();
        List<String> gapLabels = html.select("table.bars tbody th").eachText();
        assertThat(gapLabels).hasSize(8).noneMatch(ruleIds::contains).contains("never refers to the GDPR");
        for (Element th : html.select("table.matrix tbody th")) {
            String id = th.selectFirst("code").text();
            assertThat(th.ownText().strip()).isEqualTo(vendor(LOTUS).report().findings().get(ruleIds.indexOf(id)).title());
        }
    }

    /**
     * Issue 15: no id of the vocabulary or the rules, and no ISO-8601 period, in text a person reads,
     * except in code elements. A rule id that the rules' own prose uses as a word ("sub-processors",
     * "breach-notification laws") is a word, not a leak.
     */
    @Test
    void noRawIdOrIsoPeriodIsVisibleOutsideCode() throws Exception {
        List<String> ids = new ArrayList<>();
        Stream.of(Vocabulary.frameworks(), Vocabulary.dataFields(), Vocabulary.recipients(), Vocabulary.disclosures(), Vocabulary.places())
                .flatMap(List::stream).filter(id -> id.contains("_") || id.contains(".")).forEach(ids::add);
        List<Rule> rules = RulesChoice.loadAll(null).rules();
        String prose = rules.stream().flatMap(r -> Stream.of(r.title(), r.reference(), r.why(), r.fix(), r.gap(), r.ask()))
                .filter(t -> t != null).collect(java.util.stream.Collectors.joining("\n"));
        rules.stream().map(Rule::id).filter(id -> id.contains("-") && !Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])")
                .matcher(prose).find()).forEach(ids::add);
        assertThat(ids).contains("keystroke_patterns", "high-risk-location", "art13-dpo", "max-retention").doesNotContain("sub-processors");
        Pattern raw = Pattern.compile("(?<![\\w-])(" + String.join("|", ids.stream().map(Pattern::quote).toList()) + ")(?![\\w-])|\\bP\\d+[YMWD]\\b");
        Document fetched = Jsoup.parse(HtmlComparison.render(List.of(urlVendor("https://lotus.example/privacy")), "gdpr", "now"));
        for (Document doc : List.of(html, fetched)) {
            List<String> leaks = new ArrayList<>();
            for (Element e : doc.getAllElements()) {
                if (e.closest("code") != null) {
                    continue;
                }
                for (TextNode t : e.textNodes()) {
                    Matcher m = raw.matcher(t.text());
                    while (m.find()) {
                        leaks.add(m.group() + " in <" + e.tagName() + ">: " + t.text().strip());
                    }
                }
            }
            assertThat(leaks).isEmpty();
        }
        assertThat(html.select("code").eachText()).as("ids stay as secondary code text").contains("high-risk-location");
    }

    /** Lotus Chat as if fetched from {@code finalUrl}, with an archived snapshot. */
    private static Comparison.Result urlVendor(String finalUrl) {
        Report r = vendor(LOTUS).report();
        Report.Source s = r.source();
        Report.Source web = new Report.Source("https://lotus.example/", s.contentType(), s.sha256(), "https://lotus.example/", finalUrl,
                "2025-03-01T09:30:12Z", "sha256:" + s.sha256());
        Report fetched = new Report(r.schemaVersion(), r.tool(), web, r.document(), r.facts(), r.disclosures(), r.findings(), r.score());
        return new Comparison.Result(new Vendors.Vendor("Lotus Chat", "https://lotus.example/", List.of()), fetched, null, null, false);
    }

    @Test
    void quotesOfAVendorFetchedByUrlOpenTheLivePageAtThePassageAndNameTheSnapshot() {
        Comparison.Result lotus = urlVendor("https://lotus.example/privacy?lang=en#top");
        Document doc = Jsoup.parse(HtmlComparison.render(List.of(lotus), "gdpr", "now"));
        String snapshot = lotus.report().source().snapshot();
        List<Element> quotes = doc.select("article blockquote");
        assertThat(quotes).hasSize(lotus.report().failed().stream().mapToInt(f -> f.evidence().size()).sum()).isNotEmpty();
        for (Element q : quotes) {
            Element live = q.selectFirst("footer a");
            assertThat(live.attr("href")).isEqualTo(TextFragment.link("https://lotus.example/privacy?lang=en", q.selectFirst("p").text()))
                    .startsWith("https://lotus.example/privacy?lang=en#:~:text=");
            assertThat(live.attr("rel")).isEqualTo("noopener noreferrer");
            assertThat(q.select("footer code").text()).isEqualTo(snapshot);
        }
        String china = quotes.get(0).selectFirst("footer a").attr("href");
        assertThat(china).as("a long quote: its first and last words")
                .endsWith("#:~:text=The%20personal%20information%20we%20collect,the%20People's%20Republic%20of%20China.");
        Element facts = doc.selectFirst("dl.facts");
        assertThat(facts.select("dt").eachText()).contains("Fetched", "Archived snapshot").doesNotContain("Source");
        assertThat(facts.text()).contains("2025-03-01 09:30 UTC from https://lotus.example/privacy?lang=en#top", snapshot);
        assertThat(facts.selectFirst("a.url").attr("href")).isEqualTo("https://lotus.example/privacy?lang=en");
    }

    @Test
    void aPolicyUrlThatIsNotHttpIsShownAsTextAndLinksNowhere() {
        String js = "javascript:alert(document.cookie)//https://lotus.example/";
        Document doc = Jsoup.parse(HtmlComparison.render(List.of(urlVendor(js)), "gdpr", "now"));
        assertThat(doc.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
        assertThat(doc.selectFirst("dl.facts").text()).contains("from " + js);
        assertThat(doc.select("blockquote footer").eachText()).allMatch(t -> !t.contains("live page"));
    }

    @Test
    void thePageScalesToAPhoneScrollsWideTablesInTheirOwnBoxAndHasAPrintStylesheet() {
        assertThat(html.selectFirst("meta[name=viewport]").attr("content")).isEqualTo("width=device-width, initial-scale=1");
        assertThat(html.select("table.ranking, table.matrix")).hasSize(2).allMatch(t -> t.parent().hasClass("scroll"));
        String css = html.selectFirst("style").data();
        assertThat(css).contains("@media print", "@media (max-width:600px)", ".scroll{overflow-x:auto");
        assertThat(html.select("a[href], link[href], img, script")).allMatch(e -> e.attr("href").startsWith("#"));
    }
}
