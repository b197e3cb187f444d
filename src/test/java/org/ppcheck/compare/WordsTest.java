package org.ppcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Evidence is found again whatever its case, spacing and punctuation, and a whole sentence only as a whole sentence. */
class WordsTest {
    private static Words.Phrase sentence(String text) {
        return Words.of(text).phrase(0, text.length());
    }

    @Test
    void caseSpacingAndPunctuationDoNotMatterAndTheQuoteIsTheTextAsWritten() {
        Words text = Words.of("Intro.\n\nWe collect PAYMENT   and transaction-data; and more.");
        assertThat(text.find(new Words.Phrase(java.util.List.of("payment", "and", "transaction", "data"), false, false)))
                .isEqualTo("PAYMENT   and transaction-data");
        assertThat(text.list()).startsWith("intro", "we", "collect", "payment");
    }

    @Test
    void aWholeSentenceIsFoundOnlyAsAWholeSentence() {
        Words.Phrase name = sentence("Name");
        assertThat(Words.of("Your company name is shown on invoices.").find(name)).isNull();
        assertThat(Words.of("We collect:\nName\nEmail address").find(name)).isEqualTo("Name");
        Words.Phrase collect = sentence("We collect your phone number.");
        assertThat(Words.of("We never say that we collect your phone number.").find(collect)).isNull();
        assertThat(Words.of("We never sell data. We collect your phone number!").find(collect)).isEqualTo("We collect your phone number");
        assertThat(Words.of("We collect your phone number, but only for sign-in.").find(collect)).as("a longer sentence").isNull();
    }

    @Test
    void aPhraseCutFromTheMiddleOfASentenceMayBeFoundAnywhere() {
        String text = "In short, we keep invoices for ten years because the law says so.";
        Words.Phrase window = Words.of(text).phrase(text.indexOf("we keep"), text.indexOf(" because"));
        assertThat(window.wholeStart()).isFalse();
        assertThat(window.wholeEnd()).isFalse();
        assertThat(Words.of("As the law requires, we keep invoices for ten years in our archive.").find(window))
                .isEqualTo("we keep invoices for ten years");
    }
}
