package org.ppcheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppcheck.extract.Extraction;
import org.ppcheck.nlp.AnalyzedDocument;
import org.ppcheck.nlp.TextAnalyzer;
import org.ppcheck.report.CorpusFiles;

/**
 * The {@code keys} of the lexicons only save time: with them and without them, every corpus
 * policy yields exactly the same facts. A key list that misses a word its pattern needs fails here.
 */
class KeysPrefilterTest {

    static Stream<Path> corpus() {
        return CorpusFiles.policies().stream();
    }

    @AfterEach
    void restore() {
        Lexicon.prefilter = true;
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void keysNeverChangeTheFacts(Path policy) throws Exception {
        AnalyzedDocument doc = new TextAnalyzer().analyze(Extraction.fromFile(policy));
        Lexicon.prefilter = true;
        Facts withKeys = new FactExtractor().extract(doc);
        Lexicon.prefilter = false;
        Facts withoutKeys = new FactExtractor().extract(doc);
        assertThat(withKeys).isEqualTo(withoutKeys);
    }
}
