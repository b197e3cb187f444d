package org.ppcheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The {@code keys} of the lexicons only save time: {@link CorpusExpectationsTest} checks that every
 * corpus policy yields the same facts with and without them; these tests show that the comparison
 * means something.
 */
class KeysPrefilterTest {
    private static final Lexicons WITH_KEYS = Lexicons.standard();
    private static final Lexicons WITHOUT_KEYS = WITH_KEYS.withoutKeys();

    /** The comparison means something only if the bare lexicons really try every pattern. */
    @Test
    void theBareLexiconsHaveNoKeysWhereTheStandardOnesHave() {
        assertThat(parts(WITH_KEYS).filter(p -> !p.keys().isEmpty())).hasSizeGreaterThan(100);
        assertThat(parts(WITH_KEYS).filter(p -> !p.anchors().isEmpty())).hasSizeGreaterThan(100);
        assertThat(parts(WITHOUT_KEYS)).allMatch(p -> p.keys().isEmpty() && p.anchors().isEmpty());
        assertThat(Stream.of(WITHOUT_KEYS.frameworks(), WITHOUT_KEYS.disclosures()).flatMap(List::stream))
                .allMatch(e -> !e.extra().containsKey("contextKeys"));
    }

    @Test
    void aKeyThatMissesAWordOfItsPatternChangesWhatIsFound() {
        Lexicon.Part part = new Lexicon.Part(java.util.regex.Pattern.compile("biometric", java.util.regex.Pattern.CASE_INSENSITIVE),
                java.util.Set.of("fingerprint"), null);
        var s = Policies.analyze("p.md", "We keep biometric templates.").sentences().get(0);
        assertThat(new KeyIndex(List.of(part)).candidates(s)).isEmpty();
        Lexicon.Part bare = new Lexicon.Part(part.pattern(), java.util.Set.of(), List.of(), null, null);
        assertThat(new KeyIndex(List.of(bare)).candidates(s)).containsExactly(bare);
    }

    private static Stream<Lexicon.Part> parts(Lexicons lex) {
        return Stream.of(lex.frameworks(), lex.countries(), lex.dataFields(), lex.recipients(), lex.disclosures(),
                List.copyOf(lex.cues().values())).flatMap(List::stream).flatMap(e -> e.parts().stream());
    }
}
