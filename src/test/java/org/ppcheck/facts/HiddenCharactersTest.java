package org.ppcheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppcheck.check.PolicyChecker;
import org.ppcheck.extract.Extraction;
import org.ppcheck.nlp.AnalyzedDocument;
import org.ppcheck.report.Format;
import org.ppcheck.report.Report;
import org.ppcheck.rules.RulesLoader;

/**
 * Invisible characters and look-alike letters inside keywords change no fact and no grade, and the
 * evidence still quotes the policy as written, at the right offsets.
 */
class HiddenCharactersTest {
    private static final String STORED_IN_CHINA = """
            # Privacy Policy
            We comply with the GDPR. Your data is stored on servers located in %s.
            We keep your data for 30 days.
            """;

    private static Report check(String fileName, String content) throws Exception {
        PolicyChecker checker = new PolicyChecker(RulesLoader.loadDefault().select(List.of()));
        return checker.check(Extraction.fromBytes(fileName, content.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every evidence quote is the extracted text at its offsets. */
    private static void assertQuotesAreExact(AnalyzedDocument doc, Facts facts) {
        for (var f : facts.frameworks()) {
            f.evidence().forEach(e -> assertThat(doc.text().substring(e.start(), e.end())).isEqualTo(e.text()));
        }
        for (var f : facts.dataFields()) {
            f.evidence().forEach(e -> assertThat(doc.text().substring(e.start(), e.end())).isEqualTo(e.text()));
        }
        for (var l : facts.dataLocations()) {
            l.evidence().forEach(e -> assertThat(doc.text().substring(e.start(), e.end())).isEqualTo(e.text()));
        }
    }

    @Test
    void softHyphensInChinaKeepItADestinationAndTheCap() throws Exception {
        Report plain = check("p.md", STORED_IN_CHINA.formatted("China"));
        Report hidden = check("p.md", STORED_IN_CHINA.formatted("Ch\u00adi\u00adn\u00ada"));
        assertThat(hidden.facts().dataLocations()).extracting(Report.Location::country).containsExactly("CN");
        assertThat(hidden.score().cappedBy()).contains("high-risk-location").isEqualTo(plain.score().cappedBy());
        assertThat(hidden.score().grade()).isEqualTo(plain.score().grade()).isIn("D", "E", "F");
        assertThat(hidden.facts().dataLocations().get(0).evidence().get(0).text()).contains("Ch\u00adi\u00adn\u00ada");
    }

    @Test
    void softHyphensInAnHtmlPageChangeNothingEither() throws Exception {
        Report hidden = check("p.html", "<html><body><h1>Privacy</h1><p>Your data is stored on servers located in Chi&shy;na.</p></body></html>");
        assertThat(hidden.facts().dataLocations()).extracting(Report.Location::country).containsExactly("CN");
    }

    @Test
    void aZeroWidthSpaceInsideGdprIsFoundWithTheOriginalCharactersQuoted() {
        String policy = "# Privacy\n\nWe process personal data under the G\u200bDPR and honour your rights.\n";
        AnalyzedDocument doc = Policies.analyze("p.md", policy);
        Facts f = new FactExtractor().extract(doc);
        assertThat(f.frameworks()).extracting(Facts.Fact::id).containsExactly("GDPR");
        Evidence e = f.frameworks().get(0).evidence().get(0);
        assertThat(e.text()).isEqualTo("We process personal data under the G\u200bDPR and honour your rights.");
        assertThat(e.start()).isEqualTo(doc.text().indexOf("We process"));
        assertQuotesAreExact(doc, f);
    }

    @Test
    void aLongSentenceIsQuotedAsAWindowOfTheOriginalText() {
        String filler = "and we describe our practices at length in this sentence ".repeat(10);
        String policy = "We collect " + filler + "and we comply with the G\u200bD\u200bPR when we " + filler + "do so.\n";
        AnalyzedDocument doc = Policies.analyze("p.md", policy);
        Facts f = new FactExtractor().extract(doc);
        Evidence e = f.frameworks().get(0).evidence().get(0);
        assertThat(e.text()).contains("G\u200bD\u200bPR").hasSizeLessThan(policy.length());
        assertQuotesAreExact(doc, f);
    }

    @Test
    void aCyrillicLetterInEmailAddressStillGivesTheEmailField() {
        Facts f = Policies.facts("# Information we collect\n\nWe collect your name and \u0435mail \u0430ddress when you register.\n");
        assertThat(f.dataFields()).extracting(Facts.Fact::id).contains("email", "name");
    }

    @Test
    void aHiddenCharacterInAHeadingKeepsItsContext() {
        Facts f = Policies.facts("# Data re\u00adtention\n\nAccount data: 2 years after you close your account.\n");
        assertThat(f.retention()).extracting(r -> r.length() == null ? null : r.length().text()).contains("P2Y");
    }

    @Test
    void thePolicyIsWarnedAboutInEveryOutput() throws Exception {
        Report r = check("p.md", STORED_IN_CHINA.formatted("Ch\u00adi\u00adn\u00ada") + "We collect your \u0435mail.\n");
        String hidden = "hidden characters inside words: 3; the text was read without them";
        String lookAlike = "look-alike letters from other scripts inside words: 1; they were read as the Latin letters they imitate";
        assertThat(r.document().warnings()).containsExactly(hidden, lookAlike);
        assertThat(Format.TEXT.render(r)).contains("warning: " + hidden, "warning: " + lookAlike);
        assertThat(Format.MD.render(r)).contains(hidden, lookAlike);
        assertThat(Format.JSON.render(r)).contains("\"warnings\" : [ \"" + hidden + "\", \"" + lookAlike + "\" ]");
    }

    @Test
    void anOrdinaryPolicyGetsNoSuchWarning() throws Exception {
        Report r = check("p.md", STORED_IN_CHINA.formatted("China") + "We’re based in Zürich\u00a0— “ﬁne print”¹.\n");
        assertThat(r.document().warnings()).isEmpty();
    }
}
