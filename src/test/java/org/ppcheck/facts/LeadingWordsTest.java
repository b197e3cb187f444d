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
        assertThat(LeadingWords.of("\\b(?:e-mail|email)\\s+address")).containsExactlyInAnyOrder("e-mail*", "email*");
        assertThat(LeadingWords.of("(?<!browser )(?<!device )\\bfinger\\s*prints?\\b")).containsExactly("finger*");
    }

    @Test
    void startsThatAreNotPlainWordsAreUnknown() {
        assertThat(LeadingWords.of("(?:e-)?mail")).isNull();
        assertThat(LeadingWords.of("[\\w.+-]+@example")).isNull();
        assertThat(LeadingWords.of("^\\W*access\\b")).isNull();
        assertThat(LeadingWords.of("(?:a|an)\\s+year")).isNull();
        assertThat(LeadingWords.of("(?=[A-Z])Act")).isNull();
    }

    @Test
    void anOptionalGroupAddsTheWordsThatMayFollowIt() {
        assertThat(LeadingWords.of("\\b(?:third[- ]party\\s+)?(?:service\\s+providers?|vendors?)\\b"))
                .containsExactlyInAnyOrder("third*", "service*", "vendor*");
        assertThat(LeadingWords.of("(?:your\\s+)?email")).containsExactlyInAnyOrder("your*", "email*");
        assertThat(LeadingWords.of("(?:your\\s+)?\\W+")).isNull();
    }

    @Test
    void aTopLevelAlternationGivesEveryAlternativesFirstWord() {
        assertThat(LeadingWords.of("\\bdpo\\b|\\bdata\\s+protection\\s+officer")).containsExactlyInAnyOrder("dpo*", "data*");
        assertThat(LeadingWords.of("\\bdpo\\b|\\d+")).isNull();
    }
}
