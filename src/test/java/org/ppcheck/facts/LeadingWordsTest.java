package org.ppcheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadingWordsTest {

    @Test
    void aWordWithAnOptionalEndingGivesItsStem() {
        assertThat(LeadingWords.of("\\bpassports?(?:\\s+number)?\\b")).containsExactly("passport*");
    }

    @Test
    void anAlternationGivesEveryAlternativesFirstWord() {
        assertThat(LeadingWords.of("\\b(?:credit|debit|payment)\\s+cards?\\b"))
                .containsExactlyInAnyOrder("credit*", "debit*", "payment*");
        assertThat(LeadingWords.of("(?:Korea(?:n)?s?|Republic of Korea)\\s+Act")).containsExactlyInAnyOrder("korea*", "republic*");
    }

    @Test
    void zeroWidthStartsAndCaseFlagsAreSkipped() {
        assertThat(LeadingWords.of("(?-i)\\bSSNs?\\b")).containsExactly("ssn*");
        assertThat(LeadingWords.of("(?<!browser )(?<!device )\\bfinger\\s*prints?\\b")).containsExactly("finger*");
    }

    @Test
    void startsThatAreNotPlainWordsAreUnknown() {
        assertThat(LeadingWords.of("(?:your\\s+)?email")).isNull();
        assertThat(LeadingWords.of("[\\w.+-]+@example")).isNull();
        assertThat(LeadingWords.of("^\\W*access\\b")).isNull();
        assertThat(LeadingWords.of("(?:a|an)\\s+year")).isNull();
        assertThat(LeadingWords.of("(?=[A-Z])Act")).isNull();
    }
}
