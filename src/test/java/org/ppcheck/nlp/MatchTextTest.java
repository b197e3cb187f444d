package org.ppcheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchTextTest {

    @Test
    void asciiAndOrdinaryTypographyAreTheirOwnReading() {
        for (String s : new String[] {"We collect your e-mail address.", "We’re in Zürich\u00a0and São Paulo — “GDPR¹” applies…", "modern 0O rn"}) {
            MatchText m = MatchText.of(s);
            assertThat(m.isOriginal()).as(s).isTrue();
            assertThat(m.text()).isSameAs(s);
            assertThat(m.originalStart(3)).isEqualTo(3);
        }
    }

    @Test
    void invisibleCharactersInsideWordsAreLeftOutAndCounted() {
        MatchText m = MatchText.of("the G\u200bDPR and Chi\u00adn\u00ada\u2060.");
        assertThat(m.text()).isEqualTo("the GDPR and China.");
        assertThat(m.hiddenInWords()).isEqualTo(3); // the word joiner before the full stop is inside no word
        int g = m.text().indexOf("GDPR");
        assertThat(m.original().substring(m.originalStart(g), m.originalEnd(g + 4))).isEqualTo("G\u200bDPR");
        int c = m.text().indexOf("China");
        assertThat(m.original().substring(m.originalStart(c), m.originalEnd(c + 5))).isEqualTo("Chi\u00adn\u00ada");
    }

    @Test
    void bidiControlsVariationSelectorsAndJoinersAreInvisibleToo() {
        MatchText m = MatchText.of("e\u202Em\u202Cai\uFE0Fl a\u200Dd\u200Cd\u034Fress");
        assertThat(m.text()).isEqualTo("email address");
        assertThat(m.hiddenInWords()).isEqualTo(6);
    }

    @Test
    void lookAlikesFromOtherScriptsReadAsTheLatinLettersTheyImitate() {
        MatchText m = MatchText.of("your email \u0430ddress in \u0421hina and \u0399reland");
        assertThat(m.text()).isEqualTo("your email address in China and Ireland");
        assertThat(m.lookAlikesInWords()).isEqualTo(3);
        assertThat(m.originalStart(m.text().indexOf("address"))).isEqualTo(11);
    }

    @Test
    void wordsOfOtherScriptsStayAsWritten() {
        assertThat(MatchText.of("Москва и Санкт-Петербург").isOriginal()).isTrue();
        MatchText persian = MatchText.of("می\u200Cخواهم");
        assertThat(persian.hiddenInWords()).as("a zero-width non-joiner is Persian spelling").isZero();
        assertThat(persian.lookAlikesInWords()).isZero();
    }

    @Test
    void latinLettersThatLookLikeAsciiAreReadAsAsciiWithoutAWarning() {
        MatchText m = MatchText.of("Diyarbakır");
        assertThat(m.text()).isEqualTo("Diyarbakir");
        assertThat(m.lookAlikesInWords()).isZero();
    }

    @Test
    void compatibilityFormsReadAsAsciiAndMarksCompose() {
        MatchText m = MatchText.of("\uFF27\uFF24\uFF30\uFF32 \uD835\uDC06DPR identi\uFB01ers Zu\u0308rich");
        assertThat(m.text()).isEqualTo("GDPR GDPR identifiers Zürich");
        assertThat(m.hiddenInWords() + m.lookAlikesInWords()).isZero();
        int fi = m.text().indexOf("fi");
        assertThat(m.originalStart(fi)).isEqualTo(m.originalStart(fi + 1)); // both letters stand for the one ligature
        assertThat(m.originalEnd(fi + 1)).isEqualTo(m.originalStart(fi) + 1);
        int z = m.text().indexOf("Zürich");
        assertThat(m.original().substring(m.originalStart(z), m.originalEnd(z + 6))).isEqualTo("Zu\u0308rich");
    }
}
