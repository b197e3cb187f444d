package org.ppcheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ppcheck.extract.Extraction;
import org.ppcheck.extract.InputException;
import org.ppcheck.nlp.AnalyzedDocument;
import org.ppcheck.nlp.TextAnalyzer;
import org.ppcheck.report.CorpusFiles;

/**
 * The {@code keys} of the lexicons only save time: with them and without them, every corpus
 * policy yields exactly the same facts. A key list that misses a word its pattern needs fails here.
 */
class KeysPrefilterTest {
    private static final Lexicons WITH_KEYS = Lexicons.standard();
    private static final Lexicons WITHOUT_KEYS = WITH_KEYS.withoutKeys();

    @Test
    void keysNeverChangeTheFactsOfACorpusPolicy() {
        FactExtractor withKeys = new FactExtractor(WITH_KEYS);
        FactExtractor withoutKeys = new FactExtractor(WITHOUT_KEYS);
        List<Path> policies = CorpusFiles.policies();
        // policies are independent, so they are compared side by side; the failure names each one that differs
        List<String> differing = policies.parallelStream().map(policy -> {
            AnalyzedDocument doc = analyze(policy);
            return withKeys.extract(doc).equals(withoutKeys.extract(doc)) ? null : policy.getFileName().toString();
        }).filter(Objects::nonNull).sorted().toList();
        assertThat(policies).hasSizeGreaterThan(20);
        assertThat(differing).as("policies whose facts change when keys are ignored").isEmpty();
    }

    /** The comparison above means something only if the bare lexicons really try every pattern. */
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

    private static AnalyzedDocument analyze(Path policy) {
        try {
            return new TextAnalyzer().analyze(Extraction.fromFile(policy));
        } catch (InputException e) {
            throw new AssertionError(policy + " unreadable", e);
        }
    }
}
