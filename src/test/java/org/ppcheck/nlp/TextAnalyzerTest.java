package org.ppcheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.ppcheck.extract.Extraction;

class TextAnalyzerTest {

    private static AnalyzedDocument analyze(String markdown) throws Exception {
        return new TextAnalyzer().analyze(Extraction.fromBytes("p.md", markdown.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sentencesKeepOffsetsHeadingPathsAndLeadIns() throws Exception {
        AnalyzedDocument doc = analyze("""
                # Policy
                ## Data
                We are Acme Inc. of Springfield. We collect the following data:

                - your name
                - your e-mail address
                """);
        assertThat(doc.sentences()).extracting(Sentence::text).containsExactly(
                "Policy", "Data", "We are Acme Inc. of Springfield.", "We collect the following data:", "your name", "your e-mail address");
        for (Sentence s : doc.sentences()) {
            assertThat(doc.text().substring(s.start(), s.end())).isEqualTo(s.text());
        }
        Sentence item = doc.sentences().get(5);
        assertThat(item.section()).isEqualTo("Policy > Data");
        assertThat(item.leadIn().text()).isEqualTo("We collect the following data:");
        assertThat(item.tokens()).extracting(Sentence.Token::text).contains("e-mail", "address");
        assertThat(item.words()).contains("your", "e-mail", "mail", "addr*");
    }

    @Test
    void paragraphsThatStartWithADashAreItemsOfTheParagraphBefore() throws Exception {
        AnalyzedDocument doc = analyze("""
                We disclose personal data to these recipients:

                – advertising companies;

                – analytics companies.
                """);
        Sentence second = doc.sentences().get(2);
        assertThat(second.text()).isEqualTo("– analytics companies.");
        assertThat(second.leadIn().text()).isEqualTo("We disclose personal data to these recipients:");
    }

    @Test
    void englishPolicyHasNoLanguageWarning() throws Exception {
        AnalyzedDocument doc = analyze("We collect your name and email address to provide the service and to answer your questions about it.");
        assertThat(doc.language()).isEqualTo("en");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void frenchPolicyIsNotTakenForEnglish() throws Exception {
        AnalyzedDocument doc = analyze("""
                # Politique de confidentialité
                Nous collectons vos données personnelles lorsque vous créez un compte, passez une commande ou nous
                contactez. Vous disposez d'un droit d'accès, de rectification et d'effacement de vos données, ainsi que
                d'un droit d'opposition au traitement. Pour exercer ces droits, écrivez à notre délégué à la protection
                des données. Nous conservons les données de facturation pendant dix ans conformément à la loi.
                """);
        assertThat(doc.language()).isEqualTo("fr");
        assertThat(doc.warnings()).singleElement().asString().contains("French");
    }

    @Test
    void nonEnglishPolicyIsWarnedAbout() throws Exception {
        AnalyzedDocument doc = analyze("""
                # Datenschutzerklärung
                Wir verarbeiten Ihre personenbezogenen Daten nur im Rahmen der gesetzlichen Bestimmungen.
                Sie haben das Recht auf Auskunft, Berichtigung und Löschung Ihrer gespeicherten Daten.
                """);
        assertThat(doc.language()).isEqualTo("de");
        assertThat(doc.warnings()).singleElement().asString().contains("German", "not English");
    }

    @Test
    void aSentenceOverTheLimitIsReadInPiecesWithAWarning() throws Exception {
        String endless = "we collect your email address and " + "lots of other words without any full stop ".repeat(300);
        AnalyzedDocument doc = analyze("# Policy\n\n" + endless + "\n");
        int max = org.ppcheck.extract.Limits.DEFAULT.maxSentenceChars();
        assertThat(doc.sentences()).allMatch(s -> s.text().length() <= max);
        assertThat(doc.sentences().size()).isGreaterThan(2);
        assertThat(doc.warnings()).anyMatch(w -> w.contains("longer than " + max + " characters were read in pieces"));
        for (Sentence s : doc.sentences()) {
            assertThat(doc.text().substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }

    @Test
    void citationAbbreviationsEndNoSentence() throws Exception {
        AnalyzedDocument doc = analyze("""
                Residents have rights under Cal. Civ. Code § 1798.100 et seq. and we honour them. We post this notice as \
                Cal. Bus. & Prof. Code §§ 22575-22579 require. See Art. 6(1)(f) and No. 5 of the list. The answer is No. \
                We are done.
                """);
        assertThat(doc.sentences()).extracting(Sentence::text).containsExactly(
                "Residents have rights under Cal. Civ. Code § 1798.100 et seq. and we honour them.",
                "We post this notice as Cal. Bus. & Prof. Code §§ 22575-22579 require.",
                "See Art. 6(1)(f) and No. 5 of the list.",
                "The answer is No.",
                "We are done.");
        for (Sentence s : doc.sentences()) {
            assertThat(doc.text().substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }

    @Test
    void aLongRunWithoutSpacesIsAnalysedInLinearTime() throws Exception {
        String run = "x.".repeat(150_000); // 300 KB: OpenNLP alone would take minutes on it
        long start = System.nanoTime();
        AnalyzedDocument doc = analyze("# Policy\n\n" + run + "\n\nWe collect your name.\n");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("a sanity bound; the speed target is in ppcheck bench")
                .isLessThan(Duration.ofSeconds(10));
        int max = org.ppcheck.extract.Limits.DEFAULT.maxSentenceChars();
        assertThat(doc.sentences().size()).isBetween(run.length() / max, run.length() / 100);
        assertThat(doc.sentences()).allMatch(s -> s.text().length() <= max);
        assertThat(doc.sentences().get(doc.sentences().size() - 1).text()).isEqualTo("We collect your name.");
        for (Sentence s : doc.sentences()) {
            assertThat(doc.text().substring(s.start(), s.end())).isEqualTo(s.original());
        }
    }

    @Test
    void sentencesAreReadWithoutHiddenCharactersAndKeepTheirOriginalOffsets() throws Exception {
        AnalyzedDocument doc = analyze("""
                # Pol\u00adicy
                We are Acme Inc\u200b. of Spring\u2060field. We collect your e\u200bmail \u0430ddress.
                """);
        assertThat(doc.sentences()).extracting(Sentence::text).containsExactly(
                "Policy", "We are Acme Inc. of Springfield.", "We collect your email address.");
        assertThat(doc.sentences().get(1).section()).isEqualTo("Policy");
        for (Sentence s : doc.sentences()) {
            assertThat(doc.text().substring(s.start(), s.end())).isEqualTo(s.original());
        }
        Sentence last = doc.sentences().get(2);
        int address = last.text().indexOf("address");
        assertThat(last.original().substring(last.originalStart(address), last.originalEnd(address + 7))).isEqualTo("\u0430ddress");
        assertThat(last.words()).contains("email", "address");
        assertThat(doc.warnings()).containsExactly(
                "hidden characters inside words: 3; the text was read without them",
                "look-alike letters from other scripts inside words: 1; they were read as the Latin letters they imitate");
    }
}
