package org.ppcheck.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models, read once per process from the model jars on the classpath (never from the
 * network). Models are thread-safe; the ME wrappers are not, so each thread gets its own.
 */
final class NlpModels {
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String LANGUAGE_MODEL = "/langdetect-183.bin";

    private NlpModels() {
    }

    private static final class Sentences {
        static final SentenceModel MODEL = load(SENTENCE_MODEL, SentenceModel::new);
    }

    private static final class Tokens {
        static final TokenizerModel MODEL = load(TOKEN_MODEL, TokenizerModel::new);
    }

    private static final class Languages {
        static final LanguageDetectorModel MODEL = load(LANGUAGE_MODEL, LanguageDetectorModel::new);
    }

    private static final ThreadLocal<SentenceDetectorME> SENTENCE_DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Sentences.MODEL));
    private static final ThreadLocal<TokenizerME> TOKENIZER =
            ThreadLocal.withInitial(() -> new TokenizerME(Tokens.MODEL));
    private static final ThreadLocal<LanguageDetectorME> LANGUAGE_DETECTOR =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(Languages.MODEL));

    static SentenceDetectorME sentenceDetector() {
        return SENTENCE_DETECTOR.get();
    }

    static TokenizerME tokenizer() {
        return TOKENIZER.get();
    }

    static LanguageDetectorME languageDetector() {
        return LANGUAGE_DETECTOR.get();
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath; rebuild with mvn package");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
