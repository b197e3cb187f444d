package org.ppcheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The offsets of any reading lead back into its original, in order, each character to the ones it stands for. */
class MatchTextPropertyTest {

    @Property(tries = 500)
    void everyCharacterOfTheReadingLeadsBackToItsOriginalCharacters(@ForAll("mixed") String original) {
        MatchText m = MatchText.of(original);
        String text = m.text();
        assertThat(m.originalStart(0)).isBetween(0, original.length());
        assertThat(m.originalStart(text.length())).isEqualTo(original.length());
        assertThat(m.originalEnd(0)).isZero();
        for (int i = 0; i < text.length(); i++) {
            int start = m.originalStart(i);
            int end = m.originalEnd(i + 1);
            assertThat(start).as("start of %d", i).isLessThan(end).isGreaterThanOrEqualTo(m.originalStart(Math.max(0, i - 1)));
            assertThat(end).as("end of %d", i).isLessThanOrEqualTo(original.length()).isGreaterThanOrEqualTo(m.originalEnd(i));
            if (start + 1 == end && original.charAt(start) < 0x80) {
                assertThat(text.charAt(i)).isEqualTo(original.charAt(start)); // ASCII reads as itself
            }
        }
    }

    @Provide
    Arbitrary<String> mixed() {
        Arbitrary<String> piece = Arbitraries.of("GDPR", "China", "a", "I", " ", ".", "’", "\u00a0", "\u200b", "\u00ad", "\u2060",
                "\u202e", "\ufe0f", "\u034f", "\u0430", "\u0399", "\u0131", "\uff27", "\ud835\udc06", "\ufb01", "e\u0301", "\u0301",
                "Москва", "\u200c", "日本", "\ud83d\ude00", "\u200d");
        return piece.list().ofMaxSize(30).map(l -> String.join("", l));
    }
}
